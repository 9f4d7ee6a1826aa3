import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { FilterForm } from '@/components/workspace/filter-form';
import { getZonedFormatter } from '@/components/workspace/zoned-time';
import { auditActionKey } from '@/lib/audit/actions';
import { AUDIT_EXPORT_LIMIT, listAuditActions, listAuditEntries } from '@/lib/dal/audit-log';
import { filtersQueryString } from '@/lib/publications/news-filters';
import { AuditFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';
import { Panel, PanelBar, PanelBody, PanelRows } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Notice } from '@/components/ui/notice';
import { Muted } from '@/components/ui/muted';
import { buttonClass } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminAudit'))('heading') };
}

export default async function AuditPage({ searchParams }: PageProps<'/workspace/admin/audit'>) {
  const { filters, ignored } = parseFilters(AuditFiltersInput, await searchParams);
  const [result, actions, t, filterText, actionText, when] = await Promise.all([
    listAuditEntries(filters),
    listAuditActions(),
    getTranslations('AdminAudit'),
    getTranslations('Filters'),
    getTranslations('AuditActions'),
    getZonedFormatter(),
  ]);
  // What no person did is told by what did it: the scheduler, the importer, a preview link.
  const machineActor = (label: string) => {
    const key = `machineActors.${label.replaceAll(' ', '_')}` as 'machineActors.system';
    return t.has(key) ? t(key) : label;
  };
  // An entry keeps its code; people read its name (a code unknown to this version shows as stored).
  const actionLabel = (code: string) => {
    const key = auditActionKey(code);
    return key ? actionText(key) : code;
  };
  const { page: _page, ...narrowing } = filters;
  const active = Object.values(narrowing).some((value) => value !== undefined);

  return (
    <>
      <PageHeading
        intro={t('intro')}
        spacing="mb-4"
        action={
          <a
            href={`/workspace/admin/audit/export.csv${filtersQueryString(narrowing)}`}
            download
            className={buttonClass({ variant: 'secondary' })}
          >
            {t('export')}
          </a>
        }
      >
        {t('heading')}
      </PageHeading>
      {result.total > AUDIT_EXPORT_LIMIT && (
        <Notice tone="warning" role="status" className="mb-4">
          {t('exportLimit', { limit: AUDIT_EXPORT_LIMIT })}
        </Notice>
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
            options: actions
              .map((action) => ({ value: action, label: actionLabel(action) }))
              .sort((a, b) => a.label.localeCompare(b.label)),
          },
          { name: 'from', label: t('from'), type: 'date', value: filters.from },
          { name: 'to', label: t('to'), type: 'date', value: filters.to },
          { name: 'release', label: t('release'), type: 'text', value: filters.release },
        ]}
      />
      <Panel aria-labelledby="audit-results" padding="none">
        <PanelBar id="audit-results">{t('count', { count: result.total })}</PanelBar>
        {result.entries.length === 0 ? (
          <PanelBody>
            <Muted size="base">{t('empty')}</Muted>
            {active && (
              <TextLink href="/workspace/admin/audit" className="mt-2 inline-block">
                {filterText('clear')}
              </TextLink>
            )}
          </PanelBody>
        ) : (
          <PanelRows as="ol">
            {result.entries.map((entry) => (
              <li key={entry.id} className="grid gap-1 px-4 py-3 text-sm md:grid-cols-[11rem_1fr_1fr]">
                <time dateTime={entry.at.toISOString()} className="text-muted">
                  {when(entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}
                </time>
                <p>
                  <span className="font-semibold text-ink" title={entry.action}>
                    {actionLabel(entry.action)}
                  </span>
                  {!entry.releaseId &&
                    entry.subjectId &&
                    (entry.subjectType === 'user' || entry.subjectType === 'office') && (
                      <>
                        {' · '}
                        <TextLink href={`/workspace/admin/${entry.subjectType}s/${entry.subjectId}`}>
                          {t(`subjects.${entry.subjectType}`)}
                        </TextLink>
                      </>
                    )}
                  {entry.releaseId && (
                    <>
                      {' · '}
                      <TextLink href={`/workspace/releases/${entry.releaseId}`}>
                        {entry.releaseTitle || entry.releaseId}
                      </TextLink>
                    </>
                  )}
                </p>
                <Muted size="base" className="break-words">
                  {entry.actorName ? `${entry.actorName} · ${entry.actorLabel}` : machineActor(entry.actorLabel)}
                  {entry.ip && ` · ${entry.ip}`}
                </Muted>
              </li>
            ))}
          </PanelRows>
        )}
      </Panel>
      <Pagination
        basePath="/workspace/admin/audit"
        params={narrowing}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
