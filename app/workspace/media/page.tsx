import type { Metadata } from 'next';
import Link from 'next/link';
import { TextLink } from '@/components/ui/text-link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { FilterForm } from '@/components/workspace/filter-form';
import { searchMediaLibrary } from '@/lib/dal/media';
import { getCurrentUser } from '@/lib/dal/session';
import { MediaLibraryFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';
import { AddImage } from './add-image.client';
import { PageHeading } from '@/components/ui/page-heading';
import { Notice } from '@/components/ui/notice';
import { Panel, SectionHeading } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Media'))('page.heading') };
}

export default async function MediaLibraryPage({ searchParams }: PageProps<'/workspace/media'>) {
  const params = await searchParams;
  const { filters, ignored } = parseFilters(MediaLibraryFiltersInput, params);
  const [user, result, t, filterText, format] = await Promise.all([
    getCurrentUser(),
    searchMediaLibrary(filters),
    getTranslations('Media'),
    getTranslations('Filters'),
    getFormatter(),
  ]);
  const { page: _page, ...narrowing } = filters;
  const active = Object.values(narrowing).some((value) => value !== undefined);

  return (
    <>
      <PageHeading intro={t('page.intro')} spacing="mb-4" action={<AddImage language={user.uiLanguage} />}>
        {t('page.heading')}
      </PageHeading>
      {params.deleted === '1' && (
        <Notice tone="success" className="mb-4">
          {t('detail.deleted')}
        </Notice>
      )}
      <div role="search" aria-label={t('filters.label')}>
        <FilterForm
          action="/workspace/media"
          active={active || ignored.length > 0}
          ignored={ignored.map((field) => t(`filters.${field as keyof typeof narrowing}`))}
          fields={[
            { name: 'q', label: t('filters.q'), type: 'text', value: filters.q },
            { name: 'uploader', label: t('filters.uploader'), type: 'text', value: filters.uploader },
            { name: 'from', label: t('filters.from'), type: 'date', value: filters.from },
            { name: 'to', label: t('filters.to'), type: 'date', value: filters.to },
          ]}
        />
      </div>
      <div role="status">
        <SectionHeading className="mb-3">
          {result.total === 0
            ? active
              ? t('page.noMatchFiltered')
              : t('empty')
            : t('results', { count: result.total })}
        </SectionHeading>
      </div>
      {result.total === 0 && active && <TextLink href="/workspace/media">{filterText('clear')}</TextLink>}
      {result.items.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {result.items.map((item) => (
            <Panel
              key={item.id}
              as="li"
              padding="none"
              className="relative flex flex-col overflow-hidden focus-within:ring-2 focus-within:ring-brand-600"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- the stored WebP versions are already sized for the web */}
              <img
                src={item.thumbnailSrc}
                alt=""
                width={item.width}
                height={item.height}
                loading="lazy"
                className="aspect-[3/2] w-full bg-slate-100 object-cover"
              />
              <div className="flex flex-1 flex-col gap-1 p-3 text-sm">
                <h3 className="break-words font-semibold text-ink">
                  <Link
                    href={`/workspace/media/${item.id}`}
                    className="after:absolute after:inset-0 hover:underline focus:outline-none"
                  >
                    {item.originalName}
                  </Link>
                </h3>
                <Muted size="base" className="line-clamp-2 break-words">
                  {item.alt[user.uiLanguage] ?? Object.values(item.alt)[0] ?? t('page.noAlt')}
                </Muted>
                <Muted size="xs" className="mt-auto break-words">
                  {item.uploadedBy} ·{' '}
                  <time dateTime={item.createdAt.toISOString()}>
                    {format.dateTime(item.createdAt, { dateStyle: 'medium' })}
                  </time>
                </Muted>
              </div>
            </Panel>
          ))}
        </ul>
      )}
      <Pagination basePath="/workspace/media" params={narrowing} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
