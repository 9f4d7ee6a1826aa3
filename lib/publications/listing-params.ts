/**
 * The query parameters a news listing is filtered and paged by. Without any of them,
 * /[locale]/news is the cached unfiltered listing itself; with one, proxy.ts names the cached page.
 */
export const LISTING_PARAMS = ['region', 'office', 'topic', 'year', 'language', 'page'] as const;

export const UNFILTERED_LISTING = 'all';
