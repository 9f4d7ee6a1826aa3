import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { pageRedirects, pages } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { cachedRead } from './public-cache';

export type PublicPageDTO = {
  language: Locale;
  path: string;
  title: string;
  summary: string;
  html: string;
  publishedAt: string | null;
  translations: { language: Locale; path: string }[];
};

export type SitemapPageDTO = {
  language: Locale;
  path: string;
  translationGroupId: string;
  lastModified: string | null;
};

const findPublishedPage = cachedRead(
  'findPublishedPage',
  async (language: Locale, path: string): Promise<PublicPageDTO | undefined> => {
    const [page] = await db
      .select()
      .from(pages)
      .where(and(eq(pages.language, language), eq(pages.path, path), eq(pages.state, 'published')));
    if (!page) return undefined;
    const siblings = await db
      .select({ language: pages.language, path: pages.path })
      .from(pages)
      .where(and(eq(pages.translationGroupId, page.translationGroupId), eq(pages.state, 'published')));
    return {
      language,
      path,
      title: page.publishedTitle ?? page.title,
      summary: page.publishedSummary ?? '',
      html: page.publishedHtml ?? '',
      publishedAt: page.publishedAt?.toISOString() ?? null,
      translations: siblings
        .filter((sibling) => sibling.language !== language)
        .sort((a, b) => LOCALES.indexOf(a.language) - LOCALES.indexOf(b.language)),
    };
  },
  () => [CACHE_TAGS.pages],
);

/** What a static page's URL answers: the page, 410 for a withdrawn one, a permanent redirect for an old path, or 404. */
type PageStatusDTO =
  { state: 'live' } | { state: 'gone'; title: string } | { state: 'moved'; path: string } | { state: 'missing' };

const getPageStatus = cachedRead(
  'getPageStatus',
  async (language: Locale, path: string): Promise<PageStatusDTO> => {
    const [page] = await db
      .select({ state: pages.state, publishedAt: pages.publishedAt, publishedTitle: pages.publishedTitle })
      .from(pages)
      .where(and(eq(pages.language, language), eq(pages.path, path)));
    // A page answering at the path wins over an old path that once led elsewhere.
    if (page?.state === 'published') return { state: 'live' };
    if (page?.publishedAt) return { state: 'gone', title: page.publishedTitle ?? '' };
    if (page) return { state: 'missing' };
    const [moved] = await db
      .select({ path: pages.path })
      .from(pageRedirects)
      .innerJoin(pages, eq(pages.id, pageRedirects.pageId))
      .where(and(eq(pageRedirects.language, language), eq(pageRedirects.fromPath, path), isNotNull(pages.publishedAt)));
    return moved ? { state: 'moved', path: moved.path } : { state: 'missing' };
  },
  () => [CACHE_TAGS.pages],
);

/** What a static page's URL shows: the page, a withdrawn page (gone), the newest path of a renamed page, or nothing. */
export type PageViewDTO = { state: 'live'; page: PublicPageDTO } | Exclude<PageStatusDTO, { state: 'live' }>;

export async function getPageView(language: Locale, path: string): Promise<PageViewDTO> {
  const status = await getPageStatus(language, path);
  if (status.state === 'gone' || status.state === 'moved') return status;
  const page = status.state === 'live' ? await findPublishedPage(language, path) : undefined;
  return page ? { state: 'live', page } : { state: 'missing' };
}

/** Every published page, for the sitemap. */
export const listSitemapPages = cachedRead(
  'listSitemapPages',
  async (): Promise<SitemapPageDTO[]> => {
    const rows = await db
      .select({
        language: pages.language,
        path: pages.path,
        translationGroupId: pages.translationGroupId,
        publishedAt: pages.publishedAt,
      })
      .from(pages)
      .where(eq(pages.state, 'published'));
    return rows.map(({ publishedAt, ...row }) => ({ ...row, lastModified: publishedAt?.toISOString() ?? null }));
  },
  () => [CACHE_TAGS.pages, CACHE_TAGS.sitemap],
);
