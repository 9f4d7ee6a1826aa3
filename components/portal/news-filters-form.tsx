import { getTranslations } from 'next-intl/server';
import { listPublicOffices, listPublicTopics } from '@/lib/dal/public-offices';
import { listPublicationYears } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { hasActiveFilters, type NewsFilters } from '@/lib/publications/news-filters';

const selectClass = 'mt-1 block w-full rounded border border-muted bg-white px-2 py-1.5 text-sm';

/**
 * The listing's and search's filters as a plain GET form: they combine, live in the URL,
 * and work without JavaScript.
 */
export async function NewsFiltersForm({
  locale,
  action,
  filters,
  languageParam,
  query,
  clearHref,
}: {
  locale: Locale;
  action: string;
  filters: NewsFilters;
  languageParam: string | undefined;
  /** Search keeps the words and runs in the page's language: no language filter there. */
  query?: string;
  clearHref: string;
}) {
  const [t, languageNames, offices, topics, years] = await Promise.all([
    getTranslations('NewsFilters'),
    getTranslations('Languages'),
    listPublicOffices(),
    listPublicTopics(),
    listPublicationYears([...LOCALES]),
  ]);
  const regions = offices.filter((office) => office.kind !== 'country');

  // Folded until used, so that on a phone the results come first; it opens by itself once filtering.
  return (
    <details open={hasActiveFilters(filters, languageParam) || undefined} className="mb-8 rounded-lg border border-brand-100 bg-brand-50 no-print">
      <summary className="cursor-pointer px-4 py-3 font-medium text-brand-800">{t('label')}</summary>
    <form action={action} method="get" className="px-4 pb-4" aria-label={t('label')}>
      {query !== undefined && <input type="hidden" name="q" value={query} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="text-sm font-medium">
          <label htmlFor="filter-region">{t('region')}</label>
          <select id="filter-region" name="region" defaultValue={filters.region ?? ''} className={selectClass}>
            <option value="">{t('anyRegion')}</option>
            {regions.map((office) => (
              <option key={office.code} value={office.code}>
                {office.names[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-office">{t('office')}</label>
          <select id="filter-office" name="office" defaultValue={filters.office ?? ''} className={selectClass}>
            <option value="">{t('anyOffice')}</option>
            {offices.map((office) => (
              <option key={office.code} value={office.code}>
                {office.names[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-topic">{t('topic')}</label>
          <select id="filter-topic" name="topic" defaultValue={filters.topic ?? ''} className={selectClass}>
            <option value="">{t('anyTopic')}</option>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.labels[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm font-medium">
          <label htmlFor="filter-year">{t('year')}</label>
          <select id="filter-year" name="year" defaultValue={filters.year ?? ''} className={selectClass}>
            <option value="">{t('anyYear')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
{query === undefined && (
        <div className="text-sm font-medium">
          <label htmlFor="filter-language">{t('language')}</label>
          <select id="filter-language" name="language" defaultValue={languageParam ?? ''} className={selectClass}>
            <option value="">{t('pageLanguage', { language: languageNames(locale) })}</option>
            <option value="all">{t('allLanguages')}</option>
            {LOCALES.filter((language) => language !== locale).map((language) => (
              <option key={language} value={language}>
                {languageNames(language)}
              </option>
            ))}
          </select>
        </div>
)}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t('apply')}
        </button>
        <a href={clearHref} className="text-sm text-brand-700 underline">
          {t('clear')}
        </a>
      </div>
    </form>
    </details>
  );
}
