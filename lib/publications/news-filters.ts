import { z } from 'zod';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { LISTING_PARAMS, UNFILTERED_LISTING } from './listing-params';

export const PAGE_SIZE = 10;

/**
 * How many of the most recent matches a search ranks. Common words match a large share of the
 * archive; ranking all of them would grow with the archive, so a search ranks the newest
 * SEARCH_WINDOW matches and says when there were more.
 */
export const SEARCH_WINDOW = 500;

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One value of a query-string parameter: the first one, or undefined when it is empty. */
const single = z.preprocess((value) => {
  const first = Array.isArray(value) ? value[0] : value;
  // Control characters (a NUL above all, which no database text may hold) read as spaces.
  const text = typeof first === 'string' ? first.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '';
  return text !== '' ? text : undefined;
}, z.string().max(200).optional());

const code = single.pipe(z.string().regex(CODE).optional()).catch(undefined);

/**
 * The filters of the news listing and of search, read from the URL. A value that cannot be
 * valid is dropped rather than refused: a mistyped link still shows news.
 */
export const NewsFiltersInput = z.object({
  region: code,
  office: code,
  topic: code,
  year: single.pipe(z.coerce.number<string | undefined>().int().min(1900).max(2100).optional()).catch(undefined),
  language: single.pipe(z.enum([...LOCALES, 'all']).optional()).catch(undefined),
  page: single.pipe(z.coerce.number<string | undefined>().int().min(1).max(10_000).optional()).catch(undefined),
  q: single.catch(undefined),
});
export type NewsFiltersInput = z.infer<typeof NewsFiltersInput>;

export type NewsFilters = {
  region?: string;
  office?: string;
  topic?: string;
  year?: number;
  /** The languages to list: the page's language unless the visitor asked for another or for all. */
  languages: Locale[];
  page: number;
};

export function parseNewsFilters(searchParams: Record<string, string | string[] | undefined>, pageLanguage: Locale) {
  const input = NewsFiltersInput.parse(searchParams);
  const languages = input.language === 'all' ? [...LOCALES] : [input.language ?? pageLanguage];
  const filters: NewsFilters = {
    region: input.region,
    office: input.office,
    topic: input.topic,
    year: input.year,
    languages,
    page: input.page ?? 1,
  };
  return { filters, query: input.q ?? '', languageParam: input.language };
}

/** Whether any filter narrows the list (the page number and search words aside). */
export function hasActiveFilters(filters: NewsFilters, languageParam: string | undefined): boolean {
  return Boolean(filters.region || filters.office || filters.topic || filters.year || languageParam);
}

/** The query string of a listing or search URL, without empty values, for links and pagination. */
export function filtersQueryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * One path segment naming a news listing's filters, the same for every spelling of the same
 * filters: the listing is rendered once per key and served from the cache. Invalid values are
 * dropped, as on the page, so a mistyped link cannot add a cache entry.
 */
export function listingKey(searchParams: URLSearchParams): string {
  const input = NewsFiltersInput.parse(
    Object.fromEntries(LISTING_PARAMS.map((name) => [name, searchParams.get(name) ?? undefined])),
  );
  const canonical = filtersQueryString(Object.fromEntries(LISTING_PARAMS.map((name) => [name, input[name]]))).slice(1);
  return canonical ? encodeURIComponent(canonical) : UNFILTERED_LISTING;
}

/** The listing parameters named by a listingKey(). */
export function listingParams(key: string): Record<string, string> {
  return key === UNFILTERED_LISTING ? {} : Object.fromEntries(new URLSearchParams(decodeURIComponent(key)));
}
