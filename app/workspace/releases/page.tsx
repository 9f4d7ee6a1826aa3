import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelBar, PanelBody, PanelRow, PanelRows } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { FilterForm } from '@/components/workspace/filter-form';
import { StateBadge } from '@/components/workspace/state-badge';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { writesReleases } from '@/lib/auth/roles';
import { listReleaseListChoices, listReleases } from '@/lib/dal/release-list';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import {
  parseFilters,
  RELEASE_SORTS,
  ReleaseListFiltersInput,
  type SearchParams,
} from '@/lib/validation/workspace-filters';
import { RELEASE_STATES } from '@/lib/workflow/states';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ReleaseList'))('heading') };
}

/** The same list with another page number, every filter kept. */
function pageHref(searchParams: SearchParams, page: number) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (key !== 'page' && first) query.set(key, first);
  }
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/workspace/releases?${text}` : '/workspace/releases';
}

export default async function ReleaseListPage({ searchParams }: PageProps<'/workspace/releases'>) {
  const params = await searchParams;
  const { filters, ignored } = parseFilters(ReleaseListFiltersInput, params);
  const [{ items, page, hasNext }, choices, user, t, filterText, workspace, states, locale] = await Promise.all([
    listReleases(filters),
    listReleaseListChoices(),
    getCurrentUser(),
    getTranslations('ReleaseList'),
    getTranslations('Filters'),
    getTranslations('Workspace'),
    getTranslations('ReleaseState'),
    getLocale() as Promise<Locale>,
  ]);
  const active = Object.entries(filters).some(([key, value]) => key !== 'page' && value !== undefined);

  return (
    <>
      <PageHeading
        intro={t('intro')}
        spacing="mb-4"
        action={writesReleases(user) && <ButtonLink href="/workspace/releases/new">{t('new')}</ButtonLink>}
      >
        {t('heading')}
      </PageHeading>
      <FilterForm
        action="/workspace/releases"
        active={active || ignored.length > 0}
        ignored={ignored.map((field) => t(`fields.${field as keyof typeof filters}`))}
        fields={[
          { name: 'q', label: t('q'), type: 'search', value: filters.q },
          {
            name: 'state',
            label: t('state'),
            type: 'select',
            value: filters.state,
            options: RELEASE_STATES.map((state) => ({ value: state, label: states(state) })),
          },
          {
            name: 'office',
            label: t('office'),
            type: 'select',
            value: filters.office,
            options: choices.offices.map((office) => ({ value: office.code, label: office.names[locale] })),
          },
          {
            name: 'language',
            label: t('language'),
            type: 'select',
            value: filters.language,
            options: LOCALES.map((language) => ({ value: language, label: workspace(`languages.${language}`) })),
          },
          {
            name: 'author',
            label: t('author'),
            type: 'select',
            value: filters.author,
            options: choices.authors.map((author) => ({ value: author.id, label: author.name })),
          },
          {
            name: 'topic',
            label: t('topic'),
            type: 'select',
            value: filters.topic,
            options: choices.topics.map((topic) => ({ value: topic.slug, label: topic.labels[locale] || topic.slug })),
          },
          { name: 'from', label: t('from'), type: 'date', value: filters.from },
          { name: 'to', label: t('to'), type: 'date', value: filters.to },
          {
            name: 'sort',
            label: t('sort'),
            type: 'select',
            value: filters.sort ?? 'updated',
            anyAllowed: false,
            options: RELEASE_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) })),
          },
        ]}
      />
      <Panel aria-labelledby="release-results" padding="none">
        <PanelBar id="release-results">{t('results', { page })}</PanelBar>
        {items.length === 0 ? (
          <PanelBody>
            <Muted size="base">{active ? t('empty') : t('emptyScope')}</Muted>
            {active && (
              <TextLink href="/workspace/releases" className="mt-2 inline-block">
                {filterText('clear')}
              </TextLink>
            )}
          </PanelBody>
        ) : (
          <PanelRows as="ol">
            {items.map((item) => (
              <PanelRow key={item.id}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <TextLink href={`/workspace/releases/${item.id}`} variant="title">
                    {item.title || t('untitled')}
                  </TextLink>
                  <span className="flex flex-wrap items-center gap-2">
                    {item.sourceChanged && (
                      <TextLink
                        href={`/workspace/releases/${item.id}#source-changed`}
                        className="rounded border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm text-ink"
                      >
                        {t('sourceChanged')}
                      </TextLink>
                    )}
                    <StateBadge state={item.state} />
                  </span>
                </div>
                <Muted className="mt-1">
                  {item.officeNames[locale]}
                  {' · '}
                  {item.authorName}
                  {' · '}
                  <span className="sr-only">{t('versions')} </span>
                  {item.versions.map((version, index) => (
                    <span key={version.id}>
                      {index > 0 && ' '}
                      {version.id === item.id ? (
                        <abbr
                          title={workspace(`languages.${version.language}`)}
                          className="font-semibold uppercase text-ink no-underline"
                        >
                          {version.language}
                        </abbr>
                      ) : (
                        <TextLink
                          href={`/workspace/releases/${version.id}`}
                          className="uppercase"
                          title={workspace(`languages.${version.language}`)}
                          hrefLang={version.language}
                        >
                          {version.language}
                        </TextLink>
                      )}
                    </span>
                  ))}
                </Muted>
                <Muted className="mt-1">
                  {t.rich('lastChange', {
                    name: item.lastChangedByName,
                    date: () => <ZonedTime date={item.updatedAt} timeZone={item.officeTimeZone} />,
                  })}
                </Muted>
              </PanelRow>
            ))}
          </PanelRows>
        )}
      </Panel>
      {(page > 1 || hasNext) && (
        <nav aria-label={t('pages')} className="mt-4 flex justify-between gap-4 text-sm">
          {page > 1 ? <TextLink href={pageHref(params, page - 1)}>{t('previous')}</TextLink> : <span />}
          {hasNext && <TextLink href={pageHref(params, page + 1)}>{t('next')}</TextLink>}
        </nav>
      )}
    </>
  );
}
