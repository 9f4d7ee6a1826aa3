import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { restoreReleaseRevision } from '@/app/workspace/releases/[id]/history/actions';
import { RestoreRevisionForm } from '@/components/workspace/restore-revision-form';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { StateBadge } from '@/components/workspace/state-badge';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { getReleaseHistory } from '@/lib/dal/revisions';
import { Muted } from '@/components/ui/muted';
import { Button } from '@/components/ui/button';
import { Panel, PanelTitle } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Revisions');
  return { title: t('historyTitle') };
}

export default async function ReleaseHistoryPage({ params }: PageProps<'/workspace/releases/[id]/history'>) {
  const { release, revisions, canWrite } = await getReleaseHistory((await params).id);
  const [t, steps] = await Promise.all([getTranslations('Revisions'), getTranslations('StepMessage')]);
  // By default, the two newest revisions: what changed last.
  const defaultTo = revisions[0]?.number;
  const defaultFrom = revisions[1]?.number ?? defaultTo;

  return (
    <div className="mx-auto max-w-4xl">
      <ReleasePageHeading release={release} heading={t('historyTitle')} />
      {revisions.length === 0 ? (
        <Panel as="p">{t('noRevisions')}</Panel>
      ) : (
        <>
          {!canWrite && <Muted className="mb-4">{t('restoreUnavailable')}</Muted>}
          <form
            id="compare"
            action={`/workspace/releases/${release.id}/history/compare`}
            method="get"
            className="mb-4 flex flex-wrap items-center gap-3"
          >
            <Muted>{t('compareHelp')}</Muted>
            <Button disabled={revisions.length < 2} type="submit" className="text-sm">
              {t('compare')}
            </Button>
          </form>
          <ol className="flex flex-col gap-3">
            {revisions.map((revision) => (
              <Panel key={revision.number} as="li">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <PanelTitle spacing="">{t('revision', { number: revision.number })}</PanelTitle>
                  <StateBadge state={revision.state} />
                </div>
                <Muted className="mt-1">
                  {t('savedBy', { name: revision.createdByName ?? t('system') })}
                  {' · '}
                  <ZonedTime date={revision.createdAt} timeZone={release.officeTimeZone} />
                </Muted>
                {revision.step && (
                  <p className="mt-2 text-sm font-medium">{t('step', { step: steps(`steps.${revision.step}`) })}</p>
                )}
                {revision.stepComment && (
                  <blockquote className="mt-1 whitespace-pre-line break-words border-l-4 border-orange-600 pl-3">
                    {revision.stepComment}
                  </blockquote>
                )}
                <p className="mt-2 break-words">
                  {revision.message ?? (
                    <Muted as="span" size="base">
                      {t('noMessage')}
                    </Muted>
                  )}
                </p>
                <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-3">
                  <fieldset className="flex gap-4 text-sm">
                    <legend className="sr-only">{t('compareRevision', { number: revision.number })}</legend>
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        form="compare"
                        name="from"
                        value={revision.number}
                        defaultChecked={revision.number === defaultFrom}
                      />
                      {t('from')}
                    </label>
                    <label className="flex items-center gap-1">
                      <input
                        type="radio"
                        form="compare"
                        name="to"
                        value={revision.number}
                        defaultChecked={revision.number === defaultTo}
                      />
                      {t('to')}
                    </label>
                  </fieldset>
                  {canWrite && (
                    <div className="ml-auto">
                      <RestoreRevisionForm
                        action={restoreReleaseRevision}
                        subject={{ name: 'releaseId', value: release.id }}
                        version={release.version}
                        revisionNumber={revision.number}
                      />
                    </div>
                  )}
                </div>
              </Panel>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
