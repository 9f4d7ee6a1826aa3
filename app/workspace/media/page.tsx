import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/portal/pagination';
import { FilterForm } from '@/components/workspace/filter-form';
import { searchMediaLibrary } from '@/lib/dal/media';
import { getCurrentUser } from '@/lib/dal/session';
import { MediaLibraryFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';
import { AddImage } from './add-image.client';

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
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('page.heading')}</h1>
        <AddImage language={user.uiLanguage} />
      </div>
      <p className="mb-4 text-muted">{t('page.intro')}</p>
      {params.deleted === '1' && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-2 text-green-900">
          {t('detail.deleted')}
        </p>
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
        <h2 className="mb-3 text-lg font-semibold text-brand-800">
          {result.total === 0
            ? active
              ? t('page.noMatchFiltered')
              : t('empty')
            : t('results', { count: result.total })}
        </h2>
      </div>
      {result.total === 0 && active && (
        <Link href="/workspace/media" className="text-brand-700 underline">
          {filterText('clear')}
        </Link>
      )}
      {result.items.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {result.items.map((item) => (
            <li
              key={item.id}
              className="relative flex flex-col overflow-hidden rounded-lg border border-brand-100 bg-white focus-within:ring-2 focus-within:ring-brand-600"
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
                <p className="line-clamp-2 break-words text-muted">
                  {item.alt[user.uiLanguage] ?? Object.values(item.alt)[0] ?? t('page.noAlt')}
                </p>
                <p className="mt-auto break-words text-xs text-muted">
                  {item.uploadedBy} ·{' '}
                  <time dateTime={item.createdAt.toISOString()}>
                    {format.dateTime(item.createdAt, { dateStyle: 'medium' })}
                  </time>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/workspace/media" params={narrowing} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
