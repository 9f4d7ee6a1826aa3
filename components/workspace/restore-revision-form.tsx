import { getTranslations } from 'next-intl/server';
import { restoreReleaseRevision } from '@/app/workspace/releases/[id]/history/actions';
import { ActionForm } from './action-form.client';

/** "Restore revision N": writes it back as a new revision, refused if the release changed since `version`. */
export async function RestoreRevisionForm({ releaseId, version, revisionNumber }: { releaseId: string; version: number; revisionNumber: number }) {
  const t = await getTranslations('Revisions');
  return (
    <ActionForm
      action={restoreReleaseRevision}
      tone="quiet"
      submitLabel={t('restore', { number: revisionNumber })}
      doneMessage={t('restored')}
      fields={[
        { name: 'releaseId', type: 'hidden', label: '', defaultValue: releaseId },
        { name: 'revisionNumber', type: 'hidden', label: '', defaultValue: String(revisionNumber) },
        { name: 'expectedVersion', type: 'hidden', label: '', defaultValue: String(version) },
      ]}
    />
  );
}
