'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE, type FormState } from '@/lib/form-state';
import { VERSION_MESSAGE_MAX } from '@/lib/validation/revisions';
import { Field, INPUT } from '@/components/ui/field';
import { useFormErrorText } from './form-errors';
import { Button } from '@/components/ui/button';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The hidden field naming what is saved, e.g. `{ name: 'releaseId', value: id }`. */
  subject: { name: 'releaseId' | 'pageId'; value: string };
};

/**
 * "Save version": a named snapshot of the working copy, with a note of what changed. Folded away
 * and quiet: autosave keeps the work, and nothing in the workflow waits for a named version.
 */
export function SaveVersionForm({ action, subject }: Props) {
  const t = useTranslations('Revisions');
  const forms = useTranslations('Forms');
  const errorText = useFormErrorText();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = `save-version-${subject.value}`;
  const errors = state.status === 'invalid' ? state.fieldErrors.message : undefined;
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer font-medium text-brand-800 underline-offset-2 hover:underline">
        {t('saveVersionOptional')}
      </summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2">
        <p className="text-muted">{t('saveVersionHelp')}</p>
        <input type="hidden" name={subject.name} value={subject.value} />
        <Field
          id={id}
          label={t('messageLabel')}
          size="sm"
          error={errorText(errors)}
          hint={errors ? undefined : t('messageHint', { max: VERSION_MESSAGE_MAX })}
        >
          {(control) => (
            <textarea {...control} name="message" required rows={2} maxLength={VERSION_MESSAGE_MAX} className={INPUT} />
          )}
        </Field>
        <Button disabled={pending} type="submit" variant="secondary" size="sm" className="self-start">
          {t('saveVersion')}
        </Button>
        <p role="status" aria-live="polite" className="text-sm empty:hidden">
          {pending && t('working')}
          {!pending && state.status === 'done' && t('saved')}
          {!pending && state.status === 'refused' && (
            <span className="text-red-800">{forms(`refused.${state.reason}`)}</span>
          )}
        </p>
      </form>
    </details>
  );
}
