/**
 * The query parameters a news listing is filtered and paged by. Without any of them, next.config
 * rewrites /[locale]/news straight to the cached unfiltered listing; with one, proxy.ts names the
 * cached page. Kept free of imports: next.config.ts reads it.
 */
export const LISTING_PARAMS = ['region', 'office', 'topic', 'year', 'language', 'page'] as const;

export const UNFILTERED_LISTING = 'all';
