import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { listPicks, searchPublicationsToPin } from '@/lib/dal/picks';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { MAX_PICKS } from '@/lib/validation/picks';
import { pin, reorderPick, unpin } from './actions';
import { Panel, PanelList, PanelRows, SectionHeading } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';
import { Button } from '@/components/ui/button';
import { INPUT } from '@/components/ui/field';
import { PageHeading } from '@/components/ui/page-heading';

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
      <PageHeading intro={<span className="block max-w-prose">{t('intro', { max: MAX_PICKS })}</span>} spacing="mb-4">
        {t('heading')}
      </PageHeading>
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
        <SectionHeading id="current-picks" size="xl" className="mb-3">
          {t('current', { count: picks.length, max: MAX_PICKS })}
        </SectionHeading>
        {picks.length === 0 ? (
          <Muted size="base">{t('none')}</Muted>
        ) : (
          <PanelList as="ol">
            {picks.map((pick, index) => (
              <li
                key={pick.id}
                className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-medium text-brand-800">
                    {index + 1}. {pick.title}
                  </p>
                  <Muted>
                    {pick.officeCode} · {format.dateTime(new Date(pick.publishedAt), { dateStyle: 'medium' })}
                  </Muted>
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
                    variant="danger"
                  />
                </div>
              </li>
            ))}
          </PanelList>
        )}
      </section>

      <Panel aria-labelledby="pin-heading" padding="lg">
        <SectionHeading id="pin-heading" size="xl" className="mb-3">
          {t('pinHeading')}
        </SectionHeading>
        <form role="search" className="mb-4 flex flex-wrap items-end gap-2">
          <input type="hidden" name="language" value={language} />
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="pick-search" className="font-medium">
              {t('search')}
            </label>
            <input id="pick-search" name="q" type="search" defaultValue={q} className={INPUT} />
          </div>
          <Button type="submit">{t('searchSubmit')}</Button>
        </form>
        {q && found.length === 0 && <Muted size="base">{t('noMatch')}</Muted>}
        <PanelRows as="ul">
          {found.map((publication) => (
            <li
              key={publication.id}
              className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between"
            >
              <span>
                {publication.title}{' '}
                <Muted as="span">· {format.dateTime(new Date(publication.publishedAt), { dateStyle: 'medium' })}</Muted>
              </span>
              <ActionButton
                action={pin}
                fields={{ publicationId: publication.id }}
                label={t('pin')}
                accessibleName={`${t('pin')}: ${publication.title}`}
                variant="primary"
              />
            </li>
          ))}
        </PanelRows>
      </Panel>
    </>
  );
}
