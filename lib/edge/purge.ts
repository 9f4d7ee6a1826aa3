import { log } from '@/lib/log';
import { edgePurgeUrls } from './surrogate-keys.mjs';

/** An edge that has not answered a purge by then counts as failed (and is tried again). */
export const PURGE_TIMEOUT_MS = 2_000;
/**
 * The first purge of a portal refresh waits less: an edge that slow is left to an `edge-purge` job,
 * so that the refresh's other work is not held up.
 */
export const INLINE_PURGE_TIMEOUT_MS = 500;
/** Varnish refuses request headers over 8 kB by default (`http_req_hdr_len`): longer lists go in several requests. */
const MAX_KEYS_HEADER_LENGTH = 4_000;

/** Splits keys into space-separated lists that each fit in one request header. */
export function keyBatches(keys: string[], maxLength = MAX_KEYS_HEADER_LENGTH): string[] {
  const batches: string[] = [];
  let current = '';
  for (const key of keys) {
    if (current && current.length + 1 + key.length > maxLength) {
      batches.push(current);
      current = '';
    }
    current = current ? `${current} ${key}` : key;
  }
  if (current) batches.push(current);
  return batches;
}

/** fetch() says only "fetch failed": the cause (ECONNREFUSED, a timeout) is what an operator needs. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

type PurgeOptions = { edges?: string[]; secret?: string; fetchImpl?: typeof fetch; timeoutMs?: number };

/**
 * Purges every cached response that carries one of these surrogate keys (the portal's cache tags)
 * from every edge in `EDGE_PURGE_URLS`: a `PURGE` request with the keys in `xkey-purge` and the
 * shared secret in `edge-purge-secret` (deploy/varnish/communique.vcl also checks the caller's
 * address). Every edge is tried; if any did not confirm, this throws once all have answered, so
 * that whoever runs it tries again (purging twice is harmless). This is the work of one
 * `edge-purge` job.
 */
export async function purgeEdgeKeys(keys: string[], options: PurgeOptions = {}): Promise<void> {
  const {
    edges = edgePurgeUrls(),
    secret = process.env.EDGE_PURGE_SECRET ?? '',
    fetchImpl = fetch,
    timeoutMs = PURGE_TIMEOUT_MS,
  } = options;
  const batches = keyBatches([...new Set(keys)]);
  if (edges.length === 0 || batches.length === 0) return;
  if (!secret) throw new Error('EDGE_PURGE_SECRET is not set: the edges refuse every purge');

  const failures: string[] = [];
  await Promise.all(
    edges.map(async (edge) => {
      for (const batch of batches) {
        const started = performance.now();
        try {
          const response = await fetchImpl(edge, {
            method: 'PURGE',
            headers: { 'xkey-purge': batch, 'edge-purge-secret': secret },
            signal: AbortSignal.timeout(timeoutMs),
          });
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`answered ${response.status}`);
          const ms = Math.round(performance.now() - started);
          log.info({ edge, keys: batch, purged: response.headers.get('x-purged'), ms }, 'edge purged');
        } catch (error) {
          const reason = reasonOf(error);
          failures.push(`${edge} ${reason}`);
          log.warn({ edge, keys: batch, err: reason }, 'edge purge failed');
          return; // this edge's other lists would fail the same way: it is tried again as a whole
        }
      }
    }),
  );
  if (failures.length > 0) {
    throw new Error(`edge purge failed on ${failures.length} of ${edges.length} edges: ${failures.join('; ')}`);
  }
}
