import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { listPicks, searchPublicationsToPin } from '@/lib/dal/picks';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { MAX_PICKS } from '@/lib/validation/picks';
import { pin, reorderPick, unpin } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Picks'))('heading') };
}

export default async function PicksPage({ searchParams }: PageProps<'/workspace/picks'>) {
  const params = await searchParams;
  const language: Locale = LOCALES.find((candidate) => candidate === params.language) ?? 'fr';
  const q = typeof params.q === 'string' ? params.q : '';
  const [picks, found, t, format] = await Promise.all([
    listPicks(language),
    searchPublicationsToPin(language, q),
    getTranslations('Picks'),
    getFormatter(),
  ]);

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      <p className="mb-4 max-w-prose text-muted">{t('intro', { max: MAX_PICKS })}</p>
      <nav aria-label={t('languages')} className="mb-6">
        <ul className="flex gap-2">
          {LOCALES.map((candidate) => (
            <li key={candidate}>
              <a
                href={`/workspace/picks?language=${candidate}`}
                aria-current={candidate === language ? 'page' : undefined}
                className={`block rounded px-3 py-1 font-medium ${candidate === language ? 'bg-brand-700 text-white' : 'border border-brand-600 text-brand-800 hover:bg-brand-50'}`}
              >
                {t(`language.${candidate}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="current-picks" className="mb-8">
        <h2 id="current-picks" className="mb-3 text-xl font-semibold text-brand-800">
          {t('current', { count: picks.length, max: MAX_PICKS })}
        </h2>
        {picks.length === 0 ? (
          <p className="text-muted">{t('none')}</p>
        ) : (
          <ol className="divide-y divide-brand-50 rounded-lg border border-brand-100 bg-white">
            {picks.map((pick, index) => (
              <li
                key={pick.id}
                className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-medium text-brand-800">
                    {index + 1}. {pick.title}
                  </p>
                  <p className="text-sm text-muted">
                    {pick.officeCode} · {format.dateTime(new Date(pick.publishedAt), { dateStyle: 'medium' })}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={reorderPick}
                    fields={{ publicationId: pick.id, direction: 'up' }}
                    label={t('moveUp')}
                    accessibleName={`${t('moveUp')}: ${pick.title}`}
                    disabled={index === 0}
                  />
                  <ActionButton
                    action={reorderPick}
                    fields={{ publicationId: pick.id, direction: 'down' }}
                    label={t('moveDown')}
                    accessibleName={`${t('moveDown')}: ${pick.title}`}
                    disabled={index === picks.length - 1}
                  />
                  <ActionButton
                    action={unpin}
                    fields={{ publicationId: pick.id }}
                    label={t('unpin')}
                    accessibleName={`${t('unpin')}: ${pick.title}`}
                    tone="danger"
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pin-heading" className="rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="pin-heading" className="mb-3 text-xl font-semibold text-brand-800">
          {t('pinHeading')}
        </h2>
        <form role="search" className="mb-4 flex flex-wrap items-end gap-2">
          <input type="hidden" name="language" value={language} />
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="pick-search" className="font-medium">
              {t('search')}
            </label>
            <input
              id="pick-search"
              name="q"
              type="search"
              defaultValue={q}
              className="w-full rounded border border-slate-400 px-3 py-2"
            />
          </div>
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t('searchSubmit')}
          </button>
        </form>
        {q && found.length === 0 && <p className="text-muted">{t('noMatch')}</p>}
        <ul className="divide-y divide-brand-50">
          {found.map((publication) => (
            <li
              key={publication.id}
              className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between"
            >
              <span>
                {publication.title}{' '}
                <span className="text-sm text-muted">
                  · {format.dateTime(new Date(publication.publishedAt), { dateStyle: 'medium' })}
                </span>
              </span>
              <ActionButton
                action={pin}
                fields={{ publicationId: publication.id }}
                label={t('pin')}
                accessibleName={`${t('pin')}: ${publication.title}`}
                tone="primary"
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
