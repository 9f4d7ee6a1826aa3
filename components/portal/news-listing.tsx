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
import { Muted } from '@/components/ui/muted';

/** Every form of the listing, filtered or not, has /[locale]/news as its canonical address. */
export async function newsListingMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'News' });
  return {
    title: t('title'),
    alternates: {
      canonical: absoluteUrl(portalPaths.news(locale)),
      languages: Object.fromEntries(LOCALES.map((language) => [language, absoluteUrl(portalPaths.news(language))])),
    },
  };
}

/** The news listing for one canonical combination of filters (`listingKey()`), with its filters form and pages. */
export async function NewsListing({ locale, listingKey }: { locale: Locale; listingKey: string }) {
  setRequestLocale(locale);
  const { filters, languageParam } = parseNewsFilters(listingParams(listingKey), locale);
  const [t, results] = await Promise.all([getTranslations('News'), listPublications(filters)]);
  const filtered = hasActiveFilters(filters, languageParam);
  const linkParams = {
    region: filters.region,
    office: filters.office,
    topic: filters.topic,
    year: filters.year,
    language: languageParam,
  };

  return (
    <PortalPage
      locale={locale}
      alternates={Object.fromEntries(LOCALES.map((language) => [language, portalPaths.news(language)]))}
    >
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <NewsFiltersForm
        locale={locale}
        action={portalPaths.news(locale)}
        filters={filters}
        languageParam={languageParam}
        clearHref={portalPaths.news(locale)}
      />
      <Muted className="mb-4" role="status">
        {t('count', { count: results.total })}
      </Muted>
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
      <Pagination
        basePath={portalPaths.news(locale)}
        params={linkParams}
        page={results.page}
        pageCount={results.pageCount}
      />
    </PortalPage>
  );
}
