import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FilterForm } from '@/components/workspace/filter-form';
import { ReleaseItemHeading } from '@/components/workspace/release-item-heading';
import { listReviewOffices, listReviewQueue } from '@/lib/dal/releases';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { waitingDuration } from '@/lib/time/waiting';
import { parseFilters, REVIEW_STATES, ReviewFiltersInput } from '@/lib/validation/workspace-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Review'))('heading') };
}

export default async function ReviewPage({ searchParams }: PageProps<'/workspace/review'>) {
  const { filters, ignored } = parseFilters(ReviewFiltersInput, await searchParams);
  const [items, offices, t, filterText, workspace, states, format, locale] = await Promise.all([
    listReviewQueue(filters),
    listReviewOffices(),
    getTranslations('Review'),
    getTranslations('Filters'),
    getTranslations('Workspace'),
    getTranslations('ReleaseState'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const now = new Date();
  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      <p className="mb-4 text-muted">{t('intro')}</p>
      <FilterForm
        action="/workspace/review"
        active={active || ignored.length > 0}
        ignored={ignored.map((field) => t(`fields.${field as keyof ReviewFiltersInput}`))}
        fields={[
          {
            name: 'state',
            label: t('state'),
            type: 'select',
            value: filters.state ?? 'in_review',
            anyAllowed: false,
            options: REVIEW_STATES.map((state) => ({ value: state, label: states(state) })),
          },
          {
            name: 'region',
            label: t('region'),
            type: 'select',
            value: filters.region,
            options: offices
              .filter((office) => office.kind === 'regional')
              .map((office) => ({ value: office.code, label: office.names[locale] })),
          },
          {
            name: 'office',
            label: t('office'),
            type: 'select',
            value: filters.office,
            options: offices.map((office) => ({ value: office.code, label: office.names[locale] })),
          },
          {
            name: 'language',
            label: t('language'),
            type: 'select',
            value: filters.language,
            options: LOCALES.map((language) => ({ value: language, label: workspace(`languages.${language}`) })),
          },
        ]}
      />
      <section aria-labelledby="review-results" className="rounded-lg border border-brand-100 bg-white">
        <h2 id="review-results" className="border-b border-brand-100 px-4 py-3 text-lg font-semibold text-brand-800">
          {t('count', { count: items.length })}
        </h2>
        {items.length === 0 ? (
          <div className="px-4 py-4">
            <p className="text-muted">{active ? t('empty') : t('emptyQueue')}</p>
            {active && (
              <Link href="/workspace/review" className="mt-2 inline-block text-brand-700 underline">
                {filterText('clear')}
              </Link>
            )}
          </div>
        ) : (
          <ol className="divide-y divide-brand-50">
            {items.map((item) => {
              const waited = waitingDuration(item.waitingSince, now);
              const when = (date: Date) =>
                format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: item.officeTimeZone });
              return (
                <li key={item.id} className="px-4 py-3">
                  <ReleaseItemHeading item={item} untitled={t('untitled')} />
                  <p className="mt-1 text-sm">
                    {item.state === 'in_review' && (
                      <>
                        <strong className="font-semibold text-amber-900">
                          {t('waited', {
                            duration: format.number(waited.value, {
                              style: 'unit',
                              unit: waited.unit,
                              unitDisplay: 'long',
                            }),
                          })}
                        </strong>
                        {' · '}
                      </>
                    )}
                    {item.state === 'scheduled' && item.scheduledAt && (
                      <>
                        {t('scheduledFor', { date: when(item.scheduledAt) })}
                        {' · '}
                      </>
                    )}
                    <time dateTime={item.waitingSince.toISOString()} className="text-muted">
                      {t('submittedOn', { date: when(item.waitingSince) })}
                    </time>
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}
