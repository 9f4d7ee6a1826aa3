import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { ButtonLink } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelList, PanelRow } from '@/components/ui/panel';
import { LINK, TextLink } from '@/components/ui/text-link';
import { contactChoices } from '@/components/workspace/contact-choices';
import { FilterForm } from '@/components/workspace/filter-form';
import type { Locale } from '@/lib/i18n/locales';
import { listMediaContactChoices, listMediaContacts } from '@/lib/dal/media-contacts';
import { MediaContactFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MediaContacts'))('title') };
}

export default async function MediaContactsPage({ searchParams }: PageProps<'/workspace/contacts'>) {
  const params = await searchParams;
  const { filters, ignored } = parseFilters(MediaContactFiltersInput, params);
  const [result, choices, t, format, locale] = await Promise.all([
    listMediaContacts(filters),
    listMediaContactChoices().then(contactChoices),
    getTranslations('MediaContacts'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const { page: _page, ...kept } = filters;
  const query = new URLSearchParams(
    Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ).toString();
  const active = Object.keys(kept).length > 0;
  const byCode = (options: { code: string; label: string }[]) =>
    options.map((option) => ({ value: option.code, label: option.label }));
  const label: Record<string, string> = {
    q: t('search'),
    language: t('language'),
    region: t('region'),
    topic: t('topic'),
    status: t('status'),
    office: t('office'),
    page: t('title'),
  };

  return (
    <>
      <PageHeading
        intro={t('intro')}
        spacing="mb-4"
        action={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/workspace/contacts/new">{t('newContact')}</ButtonLink>
            <ButtonLink href="/workspace/contacts/import" variant="secondary">
              {t('import')}
            </ButtonLink>
            <ButtonLink href="/workspace/contacts/lists" variant="secondary">
              {t('lists')}
            </ButtonLink>
          </div>
        }
      >
        {t('title')}
      </PageHeading>
      {params.erased === '1' && (
        <Notice tone="success" role="status" className="mb-4">
          {t('erased')}
        </Notice>
      )}
      <FilterForm
        action="/workspace/contacts"
        active={active || ignored.length > 0}
        ignored={ignored.map((field) => label[field] ?? field)}
        fields={[
          { name: 'q', label: t('search'), type: 'search', value: filters.q },
          {
            name: 'language',
            label: t('language'),
            type: 'select',
            value: filters.language,
            options: choices.languages,
          },
          {
            name: 'region',
            label: t('region'),
            type: 'select',
            value: filters.region,
            options: byCode(choices.regions),
          },
          { name: 'topic', label: t('topic'), type: 'select', value: filters.topic, options: byCode(choices.topics) },
          { name: 'status', label: t('status'), type: 'select', value: filters.status, options: choices.statuses },
          {
            name: 'office',
            label: t('office'),
            type: 'select',
            value: filters.office,
            options: byCode(choices.offices),
          },
        ]}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium">{t('count', { count: result.total })}</p>
        <a href={`/workspace/contacts/export.csv${query ? `?${query}` : ''}`} className={LINK} download>
          {t('exportCsv')}
        </a>
      </div>
      {result.rows.length === 0 ? (
        <Panel as="div" className="px-4 py-4">
          <Muted size="base">{t('empty')}</Muted>
        </Panel>
      ) : (
        <PanelList aria-label={t('title')}>
          {result.rows.map((row) => (
            <PanelRow key={row.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-medium">
                  <TextLink href={`/workspace/contacts/${row.id}`}>{row.name}</TextLink>
                  {row.outlet && <span className="font-normal"> · {row.outlet}</span>}
                </h2>
                <span className="text-sm">{t(`statuses.${row.status}`)}</span>
              </div>
              <Muted className="mt-1 break-words">
                {row.email}
                {' · '}
                {row.languages.map((language) => language.toUpperCase()).join(', ')}
                {row.beat && ` · ${row.beat}`}
                {' · '}
                {row.officeNames[locale]}
                {' · '}
                {t('updated')} {format.dateTime(row.updatedAt, { dateStyle: 'medium' })}
              </Muted>
            </PanelRow>
          ))}
        </PanelList>
      )}
      <Pagination
        basePath="/workspace/contacts"
        params={kept}
        page={result.page}
        pageCount={Math.max(1, Math.ceil(result.total / result.pageSize))}
      />
    </>
  );
}
