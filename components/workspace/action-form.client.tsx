'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE, type FormState } from '@/lib/form-state';

export type FieldSpec = {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password' | 'select' | 'hidden';
  defaultValue?: string;
  options?: { value: string; label: string }[];
  autoComplete?: string;
  required?: boolean;
  hint?: string;
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  doneMessage?: string;
  /** Shown above a secret the server returns once (a temporary password). */
  secretLabel?: string;
  /** A link to what was just created: `href` is followed by the new id. */
  createdLink?: { href: string; label: string };
  tone?: 'primary' | 'quiet' | 'danger';
  /** Refusal messages of a screen whose wording differs from the shared `Forms.refused` (already translated). */
  refusals?: Partial<Record<string, string>>;
};

const BUTTON = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  quiet: 'border border-brand-600 text-brand-800 hover:bg-brand-50',
  danger: 'border border-red-700 text-red-800 hover:bg-red-50',
};

/** A form posting to a server action, with field errors, refusals and success shown in place. */
export function ActionForm({
  action,
  fields,
  submitLabel,
  doneMessage,
  secretLabel,
  createdLink,
  tone = 'primary',
  refusals,
}: Props) {
  const t = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, IDLE);
  // Submitting through the handler keeps what was typed: React resets a form after its `action`
  // runs, which would wipe every field when the server answers with an error. Without
  // JavaScript, `action` still posts the form.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errorsFor = (name: string) => (state.status === 'invalid' ? state.fieldErrors[name] : undefined);

  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {fields.map((field) => {
        if (field.type === 'hidden')
          return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue} />;
        const errors = errorsFor(field.name);
        const id = `field-${field.name}`;
        const describedBy =
          [errors && `${id}-error`, field.hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          name: field.name,
          defaultValue: field.defaultValue,
          required: field.required,
          'aria-invalid': errors ? true : undefined,
          'aria-describedby': describedBy,
          className: 'w-full rounded border border-slate-400 bg-white px-3 py-2 text-base',
        };
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-medium">
              {field.label}
            </label>
            {field.type === 'select' ? (
              <select {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type={field.type} autoComplete={field.autoComplete} />
            )}
            {field.hint && (
              <p id={`${id}-hint`} className="text-sm text-muted">
                {field.hint}
              </p>
            )}
            {errors && (
              <p id={`${id}-error`} className="text-sm text-red-800">
                {errors.map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.invalid'))).join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${BUTTON[tone]}`}
        >
          {submitLabel}
        </button>
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && doneMessage}
        </p>
      </div>
      {state.status === 'refused' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {refusals?.[state.reason] ?? t(`refused.${state.reason}`)}
        </p>
      )}
      {state.status === 'created' && (
        <div role="status" className="rounded border border-green-300 bg-green-50 p-3">
          <p>{secretLabel}</p>
          <p className="mt-2 select-all font-mono text-lg">{state.oneTimeSecret}</p>
          {createdLink && (
            <a href={`${createdLink.href}${state.id}`} className="mt-2 inline-block text-brand-700 underline">
              {createdLink.label}
            </a>
          )}
        </div>
      )}
    </form>
  );
}
