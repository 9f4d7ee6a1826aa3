import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { MarkedText } from '@/components/portal/marked-text';
import { NewsFiltersForm } from '@/components/portal/news-filters-form';
import { Pagination } from '@/components/portal/pagination';
import { PortalPage } from '@/components/portal/portal-page';
import { ReleaseCard } from '@/components/portal/release-card';
import { searchPublications } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { parseNewsFilters, SEARCH_WINDOW } from '@/lib/publications/news-filters';
import { portalPaths } from '@/lib/portal/urls';
import { Muted } from '@/components/ui/muted';
import { Button } from '@/components/ui/button';

// Filters live in the query string, so the page renders per request; its data still comes from the tagged cache.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { filters, query } = parseNewsFilters(await searchParams, locale);
  const [t, format] = await Promise.all([getTranslations('Search'), getFormatter()]);
  // Search runs in the page's language with its stemmer; the language filter does not apply.
  const results = query ? await searchPublications(locale, query, { ...filters, languages: [locale] }) : null;
  const linkParams = {
    q: query,
    region: filters.region,
    office: filters.office,
    topic: filters.topic,
    year: filters.year,
  };

  return (
    <PortalPage
      locale={locale}
      alternates={Object.fromEntries(
        LOCALES.map((language) => [
          language,
          portalPaths.search(language, query ? `?q=${encodeURIComponent(query)}` : ''),
        ]),
      )}
    >
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <form
        action={portalPaths.search(locale)}
        method="get"
        role="search"
        aria-label={t('title')}
        className="mb-6 flex flex-col gap-2 sm:flex-row"
      >
        <label htmlFor="search-words" className="sr-only">
          {t('label')}
        </label>
        <input
          id="search-words"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={200}
          className="flex-1 rounded border border-muted px-3 py-2"
        />
        {filters.region && <input type="hidden" name="region" value={filters.region} />}
        {filters.office && <input type="hidden" name="office" value={filters.office} />}
        {filters.topic && <input type="hidden" name="topic" value={filters.topic} />}
        {filters.year && <input type="hidden" name="year" value={filters.year} />}
        <Button type="submit">{t('button')}</Button>
      </form>
      {!results ? (
        <p className="rounded-lg border border-brand-100 p-6" role="status">
          {t('emptyQuery')}
        </p>
      ) : (
        <>
          <NewsFiltersForm
            locale={locale}
            action={portalPaths.search(locale)}
            filters={filters}
            languageParam={undefined}
            query={query}
            clearHref={portalPaths.search(locale, `?q=${encodeURIComponent(query)}`)}
          />
          <Muted className="mb-4" role="status">
            {results.moreThanWindow
              ? t('moreThanWindow', { window: format.number(SEARCH_WINDOW), query })
              : t('count', { count: results.total, query })}
          </Muted>
          {results.items.length === 0 ? (
            <div className="rounded-lg border border-brand-100 p-6">
              <p className="mb-2">{t('noResults', { query })}</p>
              <Muted>{t('noResultsHint')}</Muted>
            </div>
          ) : (
            <ol className="space-y-6">
              {results.items.map((hit) => (
                <li key={hit.id}>
                  <ReleaseCard release={hit} headingLevel={2} title={<MarkedText parts={hit.titleParts} />}>
                    <Muted size="base">
                      <MarkedText parts={hit.snippet} />
                    </Muted>
                  </ReleaseCard>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            basePath={portalPaths.search(locale)}
            params={linkParams}
            page={results.page}
            pageCount={results.pageCount}
          />
        </>
      )}
    </PortalPage>
  );
}
