'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE, type FormState } from '@/lib/form-state';
import { VERSION_MESSAGE_MAX } from '@/lib/validation/revisions';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The hidden field naming what is saved, e.g. `{ name: 'releaseId', value: id }`. */
  subject: { name: 'releaseId' | 'pageId'; value: string };
};

/** "Save version": a named snapshot of the working copy, with a note of what changed. */
export function SaveVersionForm({ action, subject }: Props) {
  const t = useTranslations('Revisions');
  const forms = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = `save-version-${subject.value}`;
  const errors = state.status === 'invalid' ? state.fieldErrors.message : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name={subject.name} value={subject.value} />
      <label htmlFor={id} className="text-sm font-medium">
        {t('messageLabel')}
      </label>
      <textarea
        id={id}
        name="message"
        required
        rows={2}
        maxLength={VERSION_MESSAGE_MAX}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : `${id}-hint`}
        className="rounded border border-slate-400 p-2 text-sm"
      />
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors
            .map((code) => (forms.has(`errors.${code}`) ? forms(`errors.${code}`) : forms('errors.invalid')))
            .join(' ')}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {t('messageHint', { max: VERSION_MESSAGE_MAX })}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t('saveVersion')}
      </button>
      <p role="status" aria-live="polite" className="text-sm empty:hidden">
        {pending && t('working')}
        {!pending && state.status === 'done' && t('saved')}
        {!pending && state.status === 'refused' && (
          <span className="text-red-800">{forms(`refused.${state.reason}`)}</span>
        )}
      </p>
    </form>
  );
}
