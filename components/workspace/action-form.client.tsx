'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button, type ButtonLook } from '@/components/ui/button';
import { Field, INPUT } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { LINK } from '@/components/ui/text-link';
import { IDLE, type FormState } from '@/lib/form-state';
import { ConfirmButton } from './confirm-button.client';
import { useFormErrorText } from './form-errors';

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
  variant?: ButtonLook['variant'];
  /** Refusal messages of a screen whose wording differs from the shared `Forms.refused` (already translated). */
  refusals?: Partial<Record<string, string>>;
  /** For a step that cannot be taken back: the question asked first, and what will happen. */
  confirm?: { title: string; consequence: string; confirmLabel: string; cancelLabel: string };
};

/** A form posting to a server action, with field errors, refusals and success shown in place. */
export function ActionForm({
  action,
  fields,
  submitLabel,
  doneMessage,
  secretLabel,
  createdLink,
  variant = 'primary',
  refusals,
  confirm,
}: Props) {
  const t = useTranslations('Forms');
  const errorText = useFormErrorText();
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
        return (
          <Field
            key={field.name}
            id={`field-${field.name}`}
            label={field.label}
            hint={field.hint}
            error={errorText(errors)}
          >
            {(control) => {
              const common = {
                ...control,
                name: field.name,
                defaultValue: field.defaultValue,
                required: field.required,
                className: INPUT,
              };
              return field.type === 'select' ? (
                <select {...common}>
                  {field.options?.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common} type={field.type} autoComplete={field.autoComplete} />
              );
            }}
          </Field>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        {confirm ? (
          <ConfirmButton disabled={pending} variant={variant} {...confirm}>
            {submitLabel}
          </ConfirmButton>
        ) : (
          <Button type="submit" disabled={pending} variant={variant}>
            {submitLabel}
          </Button>
        )}
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && doneMessage}
        </p>
      </div>
      {state.status === 'refused' && (
        <Notice tone="error">{refusals?.[state.reason] ?? t(`refused.${state.reason}`)}</Notice>
      )}
      {state.status === 'created' && (
        <Notice as="div" tone="success" className="text-ink">
          <p>{secretLabel}</p>
          <p className="mt-2 select-all font-mono text-lg">{state.oneTimeSecret}</p>
          {createdLink && (
            <a href={`${createdLink.href}${state.id}`} className={`mt-2 inline-block ${LINK}`}>
              {createdLink.label}
            </a>
          )}
        </Notice>
      )}
    </form>
  );
}
