import 'server-only';
import { and, eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { pages } from '@/db/schema';
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

export type SitemapPageDTO = { language: Locale; path: string; translationGroupId: string; lastModified: string | null };

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

/** A published static page by its nested path. Calls notFound() for anything else. */
export async function getPublishedPage(language: Locale, path: string): Promise<PublicPageDTO> {
  const page = await findPublishedPage(language, path);
  if (!page) notFound();
  return page;
}

/** Every published page, for the sitemap. */
export const listSitemapPages = cachedRead(
  'listSitemapPages',
  async (): Promise<SitemapPageDTO[]> => {
    const rows = await db
      .select({ language: pages.language, path: pages.path, translationGroupId: pages.translationGroupId, publishedAt: pages.publishedAt })
      .from(pages)
      .where(eq(pages.state, 'published'));
    return rows.map(({ publishedAt, ...row }) => ({ ...row, lastModified: publishedAt?.toISOString() ?? null }));
  },
  () => [CACHE_TAGS.pages, CACHE_TAGS.sitemap],
);
