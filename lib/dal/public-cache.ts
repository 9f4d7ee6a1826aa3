import 'server-only';
import { unstable_cache } from 'next/cache';

/**
 * A public read kept in Next's data cache until one of its tags is invalidated. The tags also
 * end up on every page rendered from it. Results go through JSON: return dates as ISO strings.
 * `revalidate` (seconds) also ends the entry after that time, for reads keyed by what visitors
 * type: those would otherwise stay for good, one entry for every string anyone ever searched for.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
  { revalidate }: { revalidate?: number } = {},
): (...args: Args) => Promise<Result> {
  return (...args: Args) =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], { tags: tagsFor(...args), revalidate })();
}
