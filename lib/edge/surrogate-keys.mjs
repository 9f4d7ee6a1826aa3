// The cache tags a portal response carries, as the surrogate keys an HTTP cache in front of the app
// purges by. Plain JavaScript: Next loads the cache handlers that use it uncompiled.

/** Tags Next derives from a route's path (`_N_T_/fr/news/layout`…): no invalidation of ours names them. */
const IMPLICIT_TAG_PREFIX = '_N_T_';
/** A page's status travels as a tag (lib/cache/page-status.ts); it names no content to purge. */
const STATUS_TAG = /^http-status:([1-5]\d\d)$/;

/** The edges to purge, from `EDGE_PURGE_URLS` (comma- or space-separated base URLs). Empty: no edge. */
export function edgePurgeUrls(env = process.env) {
  return (env.EDGE_PURGE_URLS ?? '')
    .split(/[\s,]+/)
    .map((url) => url.trim())
    .filter(Boolean);
}

/** Next's `x-next-cache-tags` header: one comma-separated string (a list is accepted too). */
export function tagsOfHeader(header) {
  if (Array.isArray(header)) return header.flatMap(tagsOfHeader);
  return typeof header === 'string' ? header.split(',').filter(Boolean) : [];
}

/** The status a render declared with an `http-status:<code>` tag, if any. */
export function statusOfTags(tags) {
  for (const tag of tags) {
    const match = STATUS_TAG.exec(tag);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** The tags that some invalidation of ours may name: each is also a surrogate key. */
export function surrogateKeysOf(tags) {
  return [...new Set(tags.filter((tag) => !tag.startsWith(IMPLICIT_TAG_PREFIX) && !STATUS_TAG.test(tag)))];
}

/**
 * The same keys in the three headers caches read: `xkey` (Varnish's xkey vmod, space-separated),
 * `Surrogate-Key` (Fastly-style, space-separated) and `Cache-Tag` (Cloudflare-style, comma-separated).
 */
export function surrogateKeyHeaders(keys) {
  if (keys.length === 0) return {};
  return { xkey: keys.join(' '), 'surrogate-key': keys.join(' '), 'cache-tag': keys.join(',') };
}
