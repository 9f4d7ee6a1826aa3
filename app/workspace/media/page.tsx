import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listMedia } from '@/lib/dal/media';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { MediaSearchInput } from '@/lib/validation/media';
import { AddImage } from './add-image.client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Media'))('page.heading') };
}

export default async function MediaLibraryPage({ searchParams }: PageProps<'/workspace/media'>) {
  const params = await searchParams;
  const parsed = MediaSearchInput.safeParse({ q: typeof params.q === 'string' ? params.q : undefined });
  const q = parsed.success ? parsed.data.q : undefined;
  const [user, items, t, workspace, format] = await Promise.all([getCurrentUser(), listMedia({ q, limit: 96 }), getTranslations('Media'), getTranslations('Workspace'), getFormatter()]);

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('page.heading')}</h1>
        <AddImage language={user.uiLanguage} />
      </div>
      <p className="mb-4 text-muted">{t('page.intro')}</p>
      <form role="search" action="/workspace/media" method="get" className="mb-6 flex flex-col gap-1 rounded-lg border border-brand-100 bg-white p-4">
        <label htmlFor="media-q" className="font-medium">
          {t('search')}
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <input id="media-q" name="q" type="search" maxLength={200} defaultValue={q ?? ''} aria-describedby="media-q-hint" className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2" />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t('page.search')}
          </button>
          {q && (
            <Link href="/workspace/media" className="text-brand-700 underline">
              {t('page.clear')}
            </Link>
          )}
        </div>
        <p id="media-q-hint" className="text-sm text-muted">
          {t('searchHint')}
        </p>
      </form>
      <p role="status" className="mb-3 text-sm text-muted">
        {items.length === 0 ? (q ? t('noMatch', { q }) : t('empty')) : t('results', { count: items.length })}
      </p>
      {items.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={item.id} className="flex flex-col overflow-hidden rounded-lg border border-brand-100 bg-white">
              {/* eslint-disable-next-line @next/next/no-img-element -- the stored WebP versions are already sized for the web */}
              <img src={item.thumbnailSrc} alt={item.alt[user.uiLanguage] ?? ''} width={item.width} height={item.height} loading="lazy" className="aspect-[3/2] w-full bg-slate-100 object-cover" />
              <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
                <h2 className="break-words font-semibold text-ink">{item.originalName}</h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-muted">{t('page.alt')}</dt>
                  <dd className="min-w-0 break-words">
                    {LOCALES.filter((language) => item.alt[language]).map((language) => (
                      <span key={language} lang={language} className="block">
                        <abbr title={workspace(`languages.${language}`)} className="mr-1 font-semibold uppercase no-underline">
                          {language}
                        </abbr>
                        {item.alt[language]}
                      </span>
                    ))}
                  </dd>
                  <dt className="text-muted">{t('page.credit')}</dt>
                  <dd className="min-w-0 break-words">{item.credit || t('page.none')}</dd>
                  <dt className="text-muted">{t('page.uploadedBy')}</dt>
                  <dd className="min-w-0 break-words">{item.uploadedBy}</dd>
                  <dt className="text-muted">{t('page.date')}</dt>
                  <dd>
                    <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: 'medium' })}</time>
                    {' · '}
                    {t('page.size', { width: item.width, height: item.height })}
                  </dd>
                </dl>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
