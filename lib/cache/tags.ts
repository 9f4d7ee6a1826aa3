import type { Locale } from '@/lib/i18n/locales';

/**
 * Cache tags of the public portal. Every cached read of the public DAL carries some of these,
 * and Next adds them to the pages and feeds rendered from it, so that invalidating a tag
 * refreshes exactly the pages that showed the data.
 */
export const CACHE_TAGS = {
  /** One release page (including the 404 of a slug not yet used). */
  publication: (language: Locale, slug: string) => `publication:${language}:${slug}`,
  /** The "other languages" links of every release of one translation group. */
  translations: (translationGroupId: string) => `translations:${translationGroupId}`,
  /** Every list of one language: home, news listing, office pages, feeds, search. */
  publications: (language: Locale) => `publications:${language}`,
  /** The editors' picks of one language's home page. */
  picks: (language: Locale) => `picks:${language}`,
  /** "Related releases" boxes that list releases of one topic or one region. */
  relatedByTopic: (language: Locale, topic: string) => `related:${language}:topic:${topic}`,
  relatedByRegion: (language: Locale, region: string) => `related:${language}:region:${region}`,
  sitemap: 'sitemap',
  pages: 'pages',
  menus: 'menus',
  offices: 'offices',
  topics: 'topics',
} as const;

/** Any tag above: what POST /api/revalidate accepts in a list. */
export const PORTAL_TAG =
  /^(?:publication:(?:fr|en|es):[a-z0-9]+(?:-[a-z0-9]+)*|translations:[0-9a-f-]{36}|publications:(?:fr|en|es)|picks:(?:fr|en|es)|related:(?:fr|en|es):(?:topic|region):[a-z0-9-]+|sitemap|pages|menus|offices|topics)$/;

/**
 * How long a search result is kept, by Next's data cache and by the edge: searches are keyed by
 * what visitors type, so they are never kept for good (a publish still refreshes them at once).
 */
export const SEARCH_CACHE_SECONDS = 60;

/** What a search result page shows besides its results: the lists of its language, menus, filters. */
export function searchPageTags(language: Locale): string[] {
  return [CACHE_TAGS.publications(language), CACHE_TAGS.menus, CACHE_TAGS.pages, CACHE_TAGS.offices, CACHE_TAGS.topics];
}

/** What a publication is known by in the cache. */
export type PublicationCacheKey = {
  language: Locale;
  slug: string;
  translationGroupId: string;
  topics: string[];
  regionCode: string | null;
  /** Old addresses of the release that redirect to it: their cached redirects must follow. */
  formerSlugs?: string[];
};

/** The tags whose pages and feeds change when a release is published, updated or withdrawn. */
export function publicationTags(publication: PublicationCacheKey): string[] {
  const { language } = publication;
  return [
    CACHE_TAGS.publication(language, publication.slug),
    ...(publication.formerSlugs ?? []).map((slug) => CACHE_TAGS.publication(language, slug)),
    CACHE_TAGS.translations(publication.translationGroupId),
    CACHE_TAGS.publications(language),
    ...publication.topics.map((topic) => CACHE_TAGS.relatedByTopic(language, topic)),
    ...(publication.regionCode ? [CACHE_TAGS.relatedByRegion(language, publication.regionCode)] : []),
    CACHE_TAGS.sitemap,
  ];
}

/** What a static page's publication, withdrawal or new path touches: the page, the sitemap, and the menus that show it. */
export function pageTags({ inMenu }: { inMenu: boolean }): string[] {
  return [CACHE_TAGS.pages, CACHE_TAGS.sitemap, ...(inMenu ? [CACHE_TAGS.menus] : [])];
}
