import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { listSitemapPages } from '@/lib/dal/public-pages';
import { listSitemapPublications } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';

/** Every public URL with its translations as hreflang alternates. The data comes from the tagged cache. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // never at build time: the build does not open the database
  const [publications, pages] = await Promise.all([listSitemapPublications(), listSitemapPages()]);
  const languagesOf = <T extends { language: Locale; translationGroupId: string }>(
    rows: T[],
    row: T,
    path: (version: T) => string,
  ) =>
    Object.fromEntries(
      rows
        .filter((other) => other.translationGroupId === row.translationGroupId)
        .map((version) => [version.language, absoluteUrl(path(version))]),
    );

  const everyLanguage = (path: (language: Locale) => string) =>
    LOCALES.map((language) => ({
      url: absoluteUrl(path(language)),
      alternates: { languages: Object.fromEntries(LOCALES.map((other) => [other, absoluteUrl(path(other))])) },
    }));

  return [
    ...everyLanguage(portalPaths.home),
    ...everyLanguage((language) => portalPaths.news(language)),
    ...everyLanguage(portalPaths.subscribe),
    ...publications.map((publication) => ({
      url: absoluteUrl(portalPaths.release(publication.language, publication.slug)),
      lastModified: publication.lastModified,
      alternates: {
        languages: languagesOf(publications, publication, (version) =>
          portalPaths.release(version.language, version.slug),
        ),
      },
    })),
    ...pages.map((page) => ({
      url: absoluteUrl(portalPaths.page(page.language, page.path)),
      lastModified: page.lastModified ?? undefined,
      alternates: {
        languages: languagesOf(pages, page, (version) => portalPaths.page(version.language, version.path)),
      },
    })),
  ];
}
