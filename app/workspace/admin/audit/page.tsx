import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { FilterForm } from '@/components/workspace/filter-form';
import { AUDIT_EXPORT_LIMIT, listAuditActions, listAuditEntries } from '@/lib/dal/audit-log';
import { filtersQueryString } from '@/lib/publications/news-filters';
import { AuditFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminAudit'))('heading') };
}

export default async function AuditPage({ searchParams }: PageProps<'/workspace/admin/audit'>) {
  const { filters, ignored } = parseFilters(AuditFiltersInput, await searchParams);
  const [result, actions, t, filterText, format] = await Promise.all([
    listAuditEntries(filters),
    listAuditActions(),
    getTranslations('AdminAudit'),
    getTranslations('Filters'),
    getFormatter(),
  ]);
  const { page: _page, ...narrowing } = filters;
  const active = Object.values(narrowing).some((value) => value !== undefined);

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('heading')}</h1>
        <a
          href={`/workspace/admin/audit/export.csv${filtersQueryString(narrowing)}`}
          download
          className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {t('export')}
        </a>
      </div>
      <p className="mb-4 text-muted">{t('intro')}</p>
      {result.total > AUDIT_EXPORT_LIMIT && (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2">
          {t('exportLimit', { limit: AUDIT_EXPORT_LIMIT })}
        </p>
      )}
      <FilterForm
        action="/workspace/admin/audit"
        active={active || ignored.length > 0}
        ignored={ignored.map((field) => t(`fields.${field as keyof AuditFiltersInput}`))}
        fields={[
          { name: 'who', label: t('who'), type: 'text', value: filters.who },
          {
            name: 'action',
            label: t('action'),
            type: 'select',
            value: filters.action,
            options: actions.map((action) => ({ value: action, label: action })),
          },
          { name: 'from', label: t('from'), type: 'date', value: filters.from },
          { name: 'to', label: t('to'), type: 'date', value: filters.to },
          { name: 'release', label: t('release'), type: 'text', value: filters.release },
        ]}
      />
      <section aria-labelledby="audit-results" className="rounded-lg border border-brand-100 bg-white">
        <h2 id="audit-results" className="border-b border-brand-100 px-4 py-3 text-lg font-semibold text-brand-800">
          {t('count', { count: result.total })}
        </h2>
        {result.entries.length === 0 ? (
          <div className="px-4 py-4">
            <p className="text-muted">{t('empty')}</p>
            {active && (
              <Link href="/workspace/admin/audit" className="mt-2 inline-block text-brand-700 underline">
                {filterText('clear')}
              </Link>
            )}
          </div>
        ) : (
          <ol className="divide-y divide-brand-50">
            {result.entries.map((entry) => (
              <li key={entry.id} className="grid gap-1 px-4 py-3 text-sm md:grid-cols-[11rem_1fr_1fr]">
                <time dateTime={entry.at.toISOString()} className="text-muted">
                  {format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' })}
                </time>
                <p>
                  <code className="font-semibold text-ink">{entry.action}</code>
                  {!entry.releaseId &&
                    entry.subjectId &&
                    (entry.subjectType === 'user' || entry.subjectType === 'office') && (
                      <>
                        {' · '}
                        <Link
                          href={`/workspace/admin/${entry.subjectType}s/${entry.subjectId}`}
                          className="text-brand-700 underline"
                        >
                          {t(`subjects.${entry.subjectType}`)}
                        </Link>
                      </>
                    )}
                  {entry.releaseId && (
                    <>
                      {' · '}
                      <Link href={`/workspace/releases/${entry.releaseId}`} className="text-brand-700 underline">
                        {entry.releaseTitle || entry.releaseId}
                      </Link>
                    </>
                  )}
                </p>
                <p className="break-words text-muted">
                  {entry.actorName ? `${entry.actorName} · ${entry.actorLabel}` : entry.actorLabel}
                  {entry.ip && ` · ${entry.ip}`}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <Pagination
        basePath="/workspace/admin/audit"
        params={narrowing}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
