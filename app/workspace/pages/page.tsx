import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { ButtonLink } from '@/components/ui/button';
import { getTranslations } from 'next-intl/server';
import { FilterForm } from '@/components/workspace/filter-form';
import { StateBadge } from '@/components/workspace/state-badge';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { PAGE_STATES } from '@/db/schema/pages';
import { listPagesForAdmin } from '@/lib/dal/pages';
import { LOCALES } from '@/lib/i18n/locales';
import { PageFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';
import { Panel, PanelBar } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Pages'))('heading') };
}

export default async function PagesPage({ searchParams }: PageProps<'/workspace/pages'>) {
  const { filters, ignored } = parseFilters(PageFiltersInput, await searchParams);
  const [pages, t, languages, states] = await Promise.all([
    listPagesForAdmin(filters),
    getTranslations('Pages'),
    getTranslations('Languages'),
    getTranslations('ReleaseState'),
  ]);
  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <PageHeading
        intro={t('intro')}
        spacing="mb-4"
        action={<ButtonLink href="/workspace/pages/new">{t('new')}</ButtonLink>}
      >
        {t('heading')}
      </PageHeading>
      <FilterForm
        action="/workspace/pages"
        active={active || ignored.length > 0}
        ignored={ignored.map((field) => t(`fields.${field as keyof PageFiltersInput}`))}
        fields={[
          { name: 'q', label: t('fields.q'), type: 'text', value: filters.q },
          {
            name: 'language',
            label: t('fields.language'),
            type: 'select',
            value: filters.language,
            options: LOCALES.map((language) => ({ value: language, label: languages(language) })),
          },
          {
            name: 'state',
            label: t('fields.state'),
            type: 'select',
            value: filters.state,
            options: PAGE_STATES.map((state) => ({ value: state, label: states(state) })),
          },
        ]}
      />
      <Panel aria-labelledby="page-results" padding="none">
        <PanelBar id="page-results">{t('count', { count: pages.length })}</PanelBar>
        {pages.length === 0 ? (
          <Muted size="base" className="px-4 py-4">
            {t('empty')}
          </Muted>
        ) : (
          <ul className="divide-y divide-brand-100">
            {pages.map((page) => (
              <li key={page.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
                <div className="min-w-0 flex-1">
                  <TextLink href={`/workspace/pages/${page.id}`} lang={page.language} className="font-medium">
                    {page.title || t('untitled')}
                  </TextLink>
                  <Muted className="break-all">
                    <span className="sr-only">{t('fields.path')} </span>/{page.language}/{page.path}
                  </Muted>
                </div>
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <abbr title={languages(page.language)} className="font-semibold uppercase no-underline">
                    {page.language}
                  </abbr>
                  <StateBadge state={page.state} />
                  <Muted as="span" size="base">
                    {t('updated')} <ZonedTime date={page.updatedAt} />
                  </Muted>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
