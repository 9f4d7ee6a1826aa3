import { getTranslations } from 'next-intl/server';
import { filtersQueryString } from '@/lib/publications/news-filters';
import { Muted } from '@/components/ui/muted';

/** Previous / next links that keep every filter in the URL. */
export async function Pagination({
  basePath,
  params,
  page,
  pageCount,
}: {
  basePath: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Pagination');
  const link = (target: number) => `${basePath}${filtersQueryString({ ...params, page: target })}`;
  return (
    <nav aria-label={t('label')} className="mt-8 flex items-center justify-between gap-4 no-print">
      {page > 1 ? (
        <a
          href={link(page - 1)}
          rel="prev"
          className="rounded border border-brand-100 px-4 py-2 text-brand-700 hover:bg-brand-50"
        >
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <Muted>{t('status', { page, pageCount })}</Muted>
      {page < pageCount ? (
        <a
          href={link(page + 1)}
          rel="next"
          className="rounded border border-brand-100 px-4 py-2 text-brand-700 hover:bg-brand-50"
        >
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
