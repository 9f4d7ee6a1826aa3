import { getFormatter, getTranslations } from 'next-intl/server';
import type { ImportNotesDTO } from '@/lib/dal/legacy-archive';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { ArchivePromotion } from './archive-promotion.client';

/**
 * What the importer left for the newsroom on an imported release: the fields to check before
 * publishing (a flagged draft), notes on confident ones, and the archive box with promotion.
 */
export async function ImportNotes({ releaseId, notes }: { releaseId: string; notes: ImportNotesDTO }) {
  const [t, format] = await Promise.all([getTranslations('LegacyArchive'), getFormatter()]);
  const reasons = notes.review?.reasons ?? [];
  const flagged = notes.review?.needsReview ?? false;
  return (
    <>
      {reasons.length > 0 && (
        <section
          aria-labelledby="import-review"
          className={`rounded-lg border p-4 ${flagged ? 'border-amber-300 bg-amber-50 text-amber-950' : 'border-brand-100 bg-white'}`}
        >
          <h2 id="import-review" className="mb-2 font-semibold">
            {flagged ? t('reviewHeading') : t('notesHeading')}
          </h2>
          {flagged && <p className="mb-2 text-sm">{t('reviewIntro')}</p>}
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {reasons.map((reason) => (
              <li key={`${reason.code}-${reason.detail ?? ''}`}>
                {t(`reason.${reason.code}`)}
                {reason.detail && <span className="block font-mono text-xs break-words">{reason.detail}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Panel aria-labelledby="archive">
        <PanelTitle id="archive" spacing="mb-2">
          {t('archiveHeading')}
        </PanelTitle>
        <p className="text-sm">
          {notes.archiveDate
            ? t('archiveDated', {
                date: format.dateTime(new Date(`${notes.archiveDate}T00:00:00Z`), {
                  dateStyle: 'long',
                  timeZone: 'UTC',
                }),
              })
            : t('archiveUndated')}
        </p>
        {notes.live && (
          <>
            <Muted className="mt-2">
              {notes.promotedAt
                ? t('promoted', { date: format.dateTime(new Date(notes.promotedAt), { dateStyle: 'long' }) })
                : t('notPromoted')}
            </Muted>
            {notes.canPromote && (
              <div className="mt-3">
                <Muted size="xs" className="mb-2">
                  {t('promoteHint')}
                </Muted>
                <ArchivePromotion releaseId={releaseId} promoted={!!notes.promotedAt} />
              </div>
            )}
          </>
        )}
      </Panel>
    </>
  );
}
