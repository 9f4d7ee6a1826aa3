import { getTranslations } from 'next-intl/server';
import { followSource } from '@/app/workspace/releases/[id]/actions';
import { Notice } from '@/components/ui/notice';
import { TextLink } from '@/components/ui/text-link';
import type { SourceChangeDTO } from '@/lib/dal/translations';
import { ActionForm } from './action-form.client';
import { RevisionDiff } from './revision-diff';

/**
 * "Source changed since": the source's text between the revision the translation was made from
 * and its newest one, field by field, and the translator's "done, the translation follows it".
 */
export async function SourceChangeNotice({ releaseId, change }: { releaseId: string; change: SourceChangeDTO }) {
  const [t, tRevisions] = await Promise.all([getTranslations('Translation'), getTranslations('Revisions')]);
  const changed = change.diffs.filter((diff) => diff.changed);
  return (
    <Notice as="div" tone="warning" className="mb-4" aria-labelledby="source-changed" data-testid="source-changed">
      <h2 id="source-changed" className="font-semibold">
        {t('sourceChanged', { language: t(`languages.${change.source.language}`) })}
      </h2>
      <p className="mt-1 text-sm">
        {t('sourceChangedDetail', { from: change.fromNumber, to: change.toNumber, count: changed.length })}{' '}
        <TextLink href={`/workspace/releases/${change.source.id}`} hrefLang={change.source.language}>
          {t('openSource')}
        </TextLink>
      </p>
      <details className="mt-2" open>
        <summary className="cursor-pointer text-sm font-medium">{t('showChanges')}</summary>
        <p className="my-2 text-sm">
          {tRevisions('legend')} <ins className="diff-added">{tRevisions('legendAdded')}</ins>,{' '}
          <del className="diff-removed">{tRevisions('legendRemoved')}</del>
        </p>
        <div className="flex flex-col gap-2">
          {changed.map((diff) => (
            <RevisionDiff key={diff.field} diff={diff} headingId={`source-change-${diff.field}`} />
          ))}
        </div>
      </details>
      {change.canAcknowledge && (
        <div className="mt-3">
          <ActionForm
            action={followSource}
            variant="secondary"
            submitLabel={t('follow')}
            fields={[
              { name: 'releaseId', type: 'hidden', label: '', defaultValue: releaseId },
              { name: 'toNumber', type: 'hidden', label: '', defaultValue: String(change.toNumber) },
            ]}
          />
        </div>
      )}
    </Notice>
  );
}
