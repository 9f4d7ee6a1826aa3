import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FilterForm } from '@/components/workspace/filter-form';
import { ReleaseItemHeading } from '@/components/workspace/release-item-heading';
import { listReviewOffices, listReviewQueue } from '@/lib/dal/releases';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { waitingDuration } from '@/lib/time/waiting';
import { timeInZone } from '@/lib/time/zoned-label';
import { parseFilters, REVIEW_STATES, ReviewFiltersInput } from '@/lib/validation/workspace-filters';
import { Panel, PanelBar, PanelBody, PanelRow, PanelRows } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Review'))('heading') };
}

export default async function ReviewPage({ searchParams }: PageProps<'/workspace/review'>) {
  const { filters, ignored } = parseFilters(ReviewFiltersInput, await searchParams);
  const [items, offices, t, filterText, workspace, states, time, format, locale] = await Promise.all([
    listReviewQueue(filters),
    listReviewOffices(),
    getTranslations('Review'),
    getTranslations('Filters'),
    getTranslations('Workspace'),
    getTranslations('ReleaseState'),
    getTranslations('Time'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const now = new Date();
  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <PageHeading intro={t('intro')} spacing="mb-4">
        {t('heading')}
      </PageHeading>
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
      <Panel aria-labelledby="review-results" padding="none">
        <PanelBar id="review-results">{t('count', { count: items.length })}</PanelBar>
        {items.length === 0 ? (
          <PanelBody>
            <Muted size="base">{active ? t('empty') : t('emptyQueue')}</Muted>
            {active && (
              <TextLink href="/workspace/review" className="mt-2 inline-block">
                {filterText('clear')}
              </TextLink>
            )}
          </PanelBody>
        ) : (
          <PanelRows as="ol">
            {items.map((item) => {
              const waited = waitingDuration(item.waitingSince, now);
              const when = (date: Date) => time('inZone', timeInZone(date, item.officeTimeZone, locale));
              return (
                <PanelRow key={item.id}>
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
                </PanelRow>
              );
            })}
          </PanelRows>
        )}
      </Panel>
    </>
  );
}
