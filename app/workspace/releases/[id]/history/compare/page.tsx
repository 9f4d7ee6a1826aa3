import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { restoreReleaseRevision } from '@/app/workspace/releases/[id]/history/actions';
import { RestoreRevisionForm } from '@/components/workspace/restore-revision-form';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { RevisionDiff } from '@/components/workspace/revision-diff';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { compareRevisions, type RevisionListItemDTO } from '@/lib/dal/revisions';
import { CompareRevisionsInput } from '@/lib/validation/revisions';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Revisions');
  return { title: t('compareTitle') };
}

export default async function CompareRevisionsPage({
  params,
  searchParams,
}: PageProps<'/workspace/releases/[id]/history/compare'>) {
  const { id } = await params;
  const query = CompareRevisionsInput.safeParse(await searchParams);
  if (!query.success) notFound();
  const comparison = await compareRevisions(id, query.data.from, query.data.to);
  const { release } = comparison;
  const t = await getTranslations('Revisions');
  const describe = (revision: RevisionListItemDTO) => (
    <>
      <span className="font-semibold">{t('revision', { number: revision.number })}</span>
      {' · '}
      {revision.createdByName ?? t('system')}
      {' · '}
      <ZonedTime date={revision.createdAt} timeZone={release.officeTimeZone} />
      {revision.message && (
        <Muted as="span" size="base" className="block break-words">
          {revision.message}
        </Muted>
      )}
    </>
  );

  return (
    <div className="mx-auto max-w-4xl">
      <ReleasePageHeading
        release={release}
        heading={t('compareHeading', { from: comparison.from.number, to: comparison.to.number })}
      />
      <Panel as="dl" className="mb-4 grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{t('older')}</dt>
          <dd>{describe(comparison.from)}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{t('newer')}</dt>
          <dd>{describe(comparison.to)}</dd>
        </div>
      </Panel>
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>
          {t('legend')} <ins className="diff-added">{t('legendAdded')}</ins>,{' '}
          <del className="diff-removed">{t('legendRemoved')}</del>
        </span>
        <TextLink href={`/workspace/releases/${release.id}/history`}>{t('backToHistory')}</TextLink>
      </p>
      <div className="flex flex-col gap-3">
        {comparison.diffs.map((diff) => (
          <RevisionDiff key={diff.field} diff={diff} headingId={`field-${diff.field}`} />
        ))}
      </div>
      {comparison.canRestore && (
        <Panel aria-labelledby="restore" className="mt-6">
          <PanelTitle id="restore">{t('restoreHeading')}</PanelTitle>
          <div className="flex flex-wrap gap-4">
            {(comparison.from.number === comparison.to.number ? [comparison.to] : [comparison.from, comparison.to]).map(
              (revision) => (
                <RestoreRevisionForm
                  key={revision.number}
                  action={restoreReleaseRevision}
                  subject={{ name: 'releaseId', value: release.id }}
                  version={release.version}
                  revisionNumber={revision.number}
                />
              ),
            )}
          </div>
        </Panel>
      )}
    </div>
  );
}
