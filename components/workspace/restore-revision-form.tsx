import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/form-state';
import { ActionForm } from './action-form.client';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The hidden field naming what is restored, e.g. `{ name: 'releaseId', value: id }`. */
  subject: { name: 'releaseId' | 'pageId'; value: string };
  version: number;
  revisionNumber: number;
};

/** "Restore revision N": writes it back as a new revision, refused if the text changed since `version`. */
export async function RestoreRevisionForm({ action, subject, version, revisionNumber }: Props) {
  const t = await getTranslations('Revisions');
  return (
    <ActionForm
      action={action}
      variant="secondary"
      submitLabel={t('restore', { number: revisionNumber })}
      doneMessage={t('restored')}
      fields={[
        { name: subject.name, type: 'hidden', label: '', defaultValue: subject.value },
        { name: 'revisionNumber', type: 'hidden', label: '', defaultValue: String(revisionNumber) },
        { name: 'expectedVersion', type: 'hidden', label: '', defaultValue: String(version) },
      ]}
    />
  );
}
