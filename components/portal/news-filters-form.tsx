import { Button } from '@/components/ui/button';
import { getTranslations } from 'next-intl/server';
import { listPublicOffices, listPublicTopics } from '@/lib/dal/public-offices';
import { listPublicationYears } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { hasActiveFilters, type NewsFilters } from '@/lib/publications/news-filters';

type Choice = { value: string; label: string };

/** One labelled filter; `value` is the current choice from the URL (none: the first choice). */
function FilterSelect({
  name,
  label,
  value,
  choices,
}: {
  name: string;
  label: string;
  value: string | undefined;
  choices: Choice[];
}) {
  return (
    <div className="text-sm font-medium">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ''}
        className="mt-1 block w-full rounded border border-muted bg-white px-2 py-1.5 text-sm"
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
    <details
      open={hasActiveFilters(filters, languageParam) || undefined}
      className="mb-8 rounded-lg border border-brand-100 bg-brand-50 no-print"
    >
      <summary className="cursor-pointer px-4 py-3 font-medium text-brand-800">{t('label')}</summary>
      <form action={action} method="get" className="px-4 pb-4" aria-label={t('label')}>
        {query !== undefined && <input type="hidden" name="q" value={query} />}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <FilterSelect
            name="region"
            label={t('region')}
            value={filters.region}
            choices={[
              { value: '', label: t('anyRegion') },
              ...regions.map((office) => ({ value: office.code, label: office.names[locale] })),
            ]}
          />
          <FilterSelect
            name="office"
            label={t('office')}
            value={filters.office}
            choices={[
              { value: '', label: t('anyOffice') },
              ...offices.map((office) => ({ value: office.code, label: office.names[locale] })),
            ]}
          />
          <FilterSelect
            name="topic"
            label={t('topic')}
            value={filters.topic}
            choices={[
              { value: '', label: t('anyTopic') },
              ...topics.map((topic) => ({ value: topic.slug, label: topic.labels[locale] })),
            ]}
          />
          <FilterSelect
            name="year"
            label={t('year')}
            value={filters.year?.toString()}
            choices={[
              { value: '', label: t('anyYear') },
              ...years.map((year) => ({ value: String(year), label: String(year) })),
            ]}
          />
          {query === undefined && (
            <FilterSelect
              name="language"
              label={t('language')}
              value={languageParam}
              choices={[
                { value: '', label: t('pageLanguage', { language: languageNames(locale) }) },
                { value: 'all', label: t('allLanguages') },
                ...LOCALES.filter((language) => language !== locale).map((language) => ({
                  value: language,
                  label: languageNames(language),
                })),
              ]}
            />
          )}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit" className="text-sm">
            {t('apply')}
          </Button>
          <a href={clearHref} className="text-sm text-brand-700 underline">
            {t('clear')}
          </a>
        </div>
      </form>
    </details>
  );
}
