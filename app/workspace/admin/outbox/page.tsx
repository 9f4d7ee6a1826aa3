import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { FilterForm } from '@/components/workspace/filter-form';
import { getZonedFormatter } from '@/components/workspace/zoned-time';
import { OUTBOX_STATUSES, type OutboxStatus } from '@/db/schema/outbox';
import { listOutboxMessages } from '@/lib/dal/outbox-admin';
import { OutboxFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';
import { Panel, PanelList, PanelRow } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Notice } from '@/components/ui/notice';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminOutbox'))('heading') };
}

const TONE: Record<OutboxStatus, string> = {
  failed: 'bg-red-100 text-red-900',
  pending: 'bg-amber-100 text-amber-900',
  sent: 'bg-green-100 text-green-900',
};

export default async function OutboxPage({ searchParams }: PageProps<'/workspace/admin/outbox'>) {
  const { filters, ignored } = parseFilters(OutboxFiltersInput, await searchParams);
  const [result, t, filterText, format] = await Promise.all([
    listOutboxMessages(filters),
    getTranslations('AdminOutbox'),
    getTranslations('Filters'),
    getZonedFormatter(),
  ]);
  const when = (date: Date) => format(date, { dateStyle: 'medium', timeStyle: 'medium' });
  const active = filters.status !== undefined;

  return (
    <>
      <PageHeading intro={t('intro')} spacing="mb-4">
        {t('heading')}
      </PageHeading>
      <ul className="mb-4 flex flex-wrap gap-2 text-sm" aria-label={t('summary')}>
        {OUTBOX_STATUSES.map((status) => (
          <li key={status} className={`rounded px-2 py-0.5 font-semibold ${TONE[status]}`}>
            {t('statusCount', { status: t(`statuses.${status}`), count: result.counts[status] })}
          </li>
        ))}
      </ul>
      <FilterForm
        action="/workspace/admin/outbox"
        active={active || ignored.length > 0}
        ignored={ignored.map((field) => t(`fields.${field as keyof OutboxFiltersInput}`))}
        fields={[
          {
            name: 'status',
            label: t('status'),
            type: 'select',
            value: filters.status,
            options: OUTBOX_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
          },
        ]}
      />
      {result.messages.length === 0 ? (
        <Panel as="div" padding="none" className="px-4 py-4">
          <Muted size="base">{active ? t('empty') : t('emptyOutbox')}</Muted>
          {active && (
            <TextLink href="/workspace/admin/outbox" className="mt-2 inline-block">
              {filterText('clear')}
            </TextLink>
          )}
        </Panel>
      ) : (
        <PanelList as="ol">
          {result.messages.map((message) => (
            <PanelRow key={message.id}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="font-medium text-ink">{message.subject}</h2>
                <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-semibold ${TONE[message.status]}`}>
                  {t(`statuses.${message.status}`)}
                </span>
              </div>
              <Muted className="mt-1 break-words">
                {t('to', { recipient: message.recipient })}
                {' · '}
                {t('attempts', { count: message.attempts })}
                {' · '}
                {t('queued', { date: when(message.createdAt) })}
                {message.sentAt && ` · ${t('sentAt', { date: when(message.sentAt) })}`}
                {message.status === 'pending' &&
                  message.nextTryAt &&
                  ` · ${t('nextTry', { date: when(message.nextTryAt) })}`}
              </Muted>
              {message.lastError && (
                <Notice tone="error" role="note" className="mt-2 text-sm">
                  <span className="font-semibold">{t('lastError')}</span>
                  {': '}
                  <code className="break-words">{message.lastError}</code>
                </Notice>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700">{t('body')}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans">
                  {message.body}
                </pre>
              </details>
            </PanelRow>
          ))}
        </PanelList>
      )}
      <Pagination
        basePath="/workspace/admin/outbox"
        params={{ status: filters.status }}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
