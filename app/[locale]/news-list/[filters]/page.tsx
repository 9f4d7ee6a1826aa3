import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewsFiltersForm } from '@/components/portal/news-filters-form';
import { Pagination } from '@/components/portal/pagination';
import { PortalPage } from '@/components/portal/portal-page';
import { ReleaseGrid } from '@/components/portal/release-card';
import { listPublications } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { hasActiveFilters, listingParams, parseNewsFilters } from '@/lib/publications/news-filters';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';

/*
 * The listing at /[locale]/news: proxy.ts rewrites each visit here with its filters as one
 * canonical path segment (listingKey), so every combination of filters is rendered once and then
 * served from the cache, refreshed by the tags of the publications it lists.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news-list/[filters]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'News' });
  return {
    title: t('title'),
    alternates: {
      canonical: absoluteUrl(portalPaths.news(locale)),
      languages: Object.fromEntries(LOCALES.map((language) => [language, absoluteUrl(portalPaths.news(language))])),
    },
  };
}

export default async function NewsPage({ params }: PageProps<'/[locale]/news-list/[filters]'>) {
  const { locale: requested, filters: key } = await params;
  const locale = requested as Locale;
  setRequestLocale(locale);
  const { filters, languageParam } = parseNewsFilters(listingParams(key), locale);
  const [t, results] = await Promise.all([getTranslations('News'), listPublications(filters)]);
  const filtered = hasActiveFilters(filters, languageParam);
  const linkParams = { region: filters.region, office: filters.office, topic: filters.topic, year: filters.year, language: languageParam };

  return (
    <PortalPage locale={locale} alternates={Object.fromEntries(LOCALES.map((language) => [language, portalPaths.news(language)]))}>
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <NewsFiltersForm locale={locale} action={portalPaths.news(locale)} filters={filters} languageParam={languageParam} clearHref={portalPaths.news(locale)} />
      <p className="mb-4 text-sm text-muted" role="status">
        {t('count', { count: results.total })}
      </p>
      {results.items.length === 0 ? (
        <div className="rounded-lg border border-brand-100 p-6">
          <p className="mb-3">{filtered ? t('noMatch') : t('noNews')}</p>
          {filtered && (
            <a href={portalPaths.news(locale)} className="font-medium text-brand-700 underline">
              {t('clearFilters')}
            </a>
          )}
        </div>
      ) : (
        <ReleaseGrid releases={results.items} headingLevel={2} />
      )}
      <Pagination basePath={portalPaths.news(locale)} params={linkParams} page={results.page} pageCount={results.pageCount} />
    </PortalPage>
  );
}
