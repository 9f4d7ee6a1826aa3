import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FilterForm } from '@/components/workspace/filter-form';
import { StateBadge } from '@/components/workspace/state-badge';
import { PAGE_STATES } from '@/db/schema/pages';
import { listPagesForAdmin } from '@/lib/dal/pages';
import { LOCALES } from '@/lib/i18n/locales';
import { PageFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Pages'))('heading') };
}

export default async function PagesPage({ searchParams }: PageProps<'/workspace/pages'>) {
  const { filters, ignored } = parseFilters(PageFiltersInput, await searchParams);
  const [pages, t, languages, states, format] = await Promise.all([
    listPagesForAdmin(filters),
    getTranslations('Pages'),
    getTranslations('Languages'),
    getTranslations('ReleaseState'),
    getFormatter(),
  ]);
  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('heading')}</h1>
        <Link
          href="/workspace/pages/new"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('new')}
        </Link>
      </div>
      <p className="mb-4 text-muted">{t('intro')}</p>
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
      <section aria-labelledby="page-results" className="rounded-lg border border-brand-100 bg-white">
        <h2 id="page-results" className="border-b border-brand-100 px-4 py-3 text-lg font-semibold text-brand-800">
          {t('count', { count: pages.length })}
        </h2>
        {pages.length === 0 ? (
          <p className="px-4 py-4 text-muted">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-brand-100">
            {pages.map((page) => (
              <li key={page.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-4">
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/workspace/pages/${page.id}`}
                    lang={page.language}
                    className="font-medium text-brand-700 underline"
                  >
                    {page.title || t('untitled')}
                  </Link>
                  <p className="break-all text-sm text-muted">
                    <span className="sr-only">{t('fields.path')} </span>/{page.language}/{page.path}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <abbr title={languages(page.language)} className="font-semibold uppercase no-underline">
                    {page.language}
                  </abbr>
                  <StateBadge state={page.state} />
                  <span className="text-muted">
                    {t('updated')}{' '}
                    <time dateTime={page.updatedAt.toISOString()}>
                      {format.dateTime(page.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
