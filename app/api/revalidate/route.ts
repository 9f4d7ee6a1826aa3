import { timingSafeEqual } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { expireTags, revalidatePublication } from '@/lib/cache/revalidate';
import { CACHE_TAGS, PORTAL_TAG } from '@/lib/cache/tags';
import { findPublicationCacheKey } from '@/lib/dal/publications';
import { LOCALES } from '@/lib/i18n/locales';

const RevalidateInput = z.union([
  z.object({
    language: z.enum(LOCALES),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(200),
  }),
  // A whole import at once: the tags of the lists, pages and sitemap it changed (lib/importer/report.ts).
  z.object({ tags: z.array(z.string().regex(PORTAL_TAG)).min(1).max(5000) }),
]);

function authorized(request: NextRequest, secret: string): boolean {
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Expires the app's cached pages of one publication, or a list of tags, at once. For a worker
 * running apart (`npm run worker`), which has no cache of its own to expire: its `portal-refresh`
 * job calls this with REVALIDATE_SECRET, then purges the edges itself.
 */
export async function POST(request: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return NextResponse.json({ error: 'disabled' }, { status: 404 });
  if (!authorized(request, secret)) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const parsed = RevalidateInput.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return NextResponse.json(
      { error: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors },
      { status: 400 },
    );
  if ('tags' in parsed.data) {
    await expireTags(parsed.data.tags);
    return NextResponse.json({ tags: parsed.data.tags });
  }
  const { language, slug } = parsed.data;
  const key = await findPublicationCacheKey(language, slug);
  if (key) return NextResponse.json({ tags: await revalidatePublication(key, 'route-handler') });
  // A publication that no longer exists: its URL (now a 404) and the lists of its language.
  const tags = [CACHE_TAGS.publication(language, slug), CACHE_TAGS.publications(language), CACHE_TAGS.sitemap];
  await expireTags(tags);
  return NextResponse.json({ tags });
}
