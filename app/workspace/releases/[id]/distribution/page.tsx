import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { Badge } from '@/components/ui/badge';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelList, PanelRow, SectionHeading } from '@/components/ui/panel';
import { MailingSummary } from '@/components/workspace/distribution/mailing-summary';
import { FilterForm } from '@/components/workspace/filter-form';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { getZonedFormatter } from '@/components/workspace/zoned-time';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@/db/schema/distribution';
import { getDistributionReport } from '@/lib/dal/distribution-report';
import { DistributionReportFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Distribution'))('reportTitle') };
}

const TONE: Partial<Record<DeliveryStatus, 'danger' | 'warning' | 'neutral'>> = {
  failed: 'danger',
  bounced: 'warning',
  skipped: 'neutral',
  queued: 'neutral',
};

export default async function DistributionReportPage({
  params,
  searchParams,
}: PageProps<'/workspace/releases/[id]/distribution'>) {
  const { id } = await params;
  const { filters, ignored } = parseFilters(DistributionReportFiltersInput, await searchParams);
  const report = await getDistributionReport(id, filters);
  const [t, languages, when] = await Promise.all([
    getTranslations('Distribution'),
    getTranslations('Languages'),
    getZonedFormatter(report.release.officeTimeZone),
  ]);
  const base = `/workspace/releases/${report.release.id}/distribution`;
  const { selected, deliveries } = report;

  return (
    <div className="mx-auto max-w-4xl">
      <ReleasePageHeading release={report.release} heading={t('reportTitle')} />
      <p className="mb-6">{t('reportIntro')}</p>
      {report.mailings.length === 0 ? (
        <Panel as="div">
          <Muted size="base">{t('noMailings')}</Muted>
        </Panel>
      ) : (
        <section aria-labelledby="mailings" className="mb-8">
          <SectionHeading id="mailings" className="mb-3">
            {t('mailings')}
          </SectionHeading>
          <div className="flex flex-col gap-4">
            {report.mailings.map((mailing) => (
              <MailingSummary
                key={mailing.id}
                mailing={mailing}
                timeZone={report.release.officeTimeZone}
                selected={mailing.id === selected?.id}
                href={`${base}?mailing=${mailing.id}#deliveries`}
              />
            ))}
          </div>
        </section>
      )}
      {selected && (
        <section aria-labelledby="deliveries">
          <SectionHeading id="deliveries" className="mb-3">
            {t('deliveries', { when: when(selected.createdAt) })}
          </SectionHeading>
          <FilterForm
            action={base}
            keep={{ mailing: selected.id }}
            ignored={ignored.map((field) => (field === 'status' ? t('status') : field))}
            active={filters.status !== undefined}
            fields={[
              {
                name: 'status',
                label: t('status'),
                type: 'select',
                value: filters.status,
                options: DELIVERY_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
              },
            ]}
          />
          <p className="mb-3 font-medium" role="status">
            {t('deliveryCount', { count: deliveries.total })}
          </p>
          {deliveries.rows.length > 0 && (
            <PanelList aria-label={t('deliveries', { when: when(selected.createdAt) })}>
              {deliveries.rows.map((row) => (
                <PanelRow key={row.id}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="min-w-0 break-all font-medium">{row.email}</span>
                    <Badge
                      tone={TONE[row.status]}
                      className={TONE[row.status] ? 'text-sm' : 'bg-green-100 text-sm text-green-900'}
                    >
                      {t(`statuses.${row.status}`)}
                    </Badge>
                  </div>
                  <Muted className="mt-1 break-words">
                    {t('via')} {[...row.listNames, ...(row.asSubscriber ? [t('asSubscriber')] : [])].join(', ')}
                    {' · '}
                    {languages(row.language)}
                    {' · '}
                    {row.sentAt ? `${t('sentAt')} ${when(row.sentAt)}` : t('attempts', { count: row.attempts })}
                  </Muted>
                  {row.reason && <p className="mt-1 text-sm">{t('reason', { reason: row.reason })}</p>}
                </PanelRow>
              ))}
            </PanelList>
          )}
          <Pagination
            basePath={base}
            params={{ mailing: selected.id, status: filters.status }}
            page={deliveries.page}
            pageCount={Math.max(1, Math.ceil(deliveries.total / deliveries.pageSize))}
          />
        </section>
      )}
    </div>
  );
}
