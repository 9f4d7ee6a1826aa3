import { useTranslations } from 'next-intl';
import { startTransition, useActionState, type FormEvent } from 'react';
import { IDLE, type FormState } from '@/lib/form-state';

/** The `Forms.errors` sentence for each refusal code of a field, joined; unknown codes read as "invalid". */
export function useFormErrorText() {
  const t = useTranslations('Forms');
  return (codes: string[] | undefined) =>
    codes?.map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.invalid'))).join(' ');
}

/**
 * A form posted to a server action that keeps what was typed when the server refuses it (the
 * submit goes through a handler, so React does not reset the fields), with each field's refusal
 * as a sentence: a field's own codes and those of its parts (`phones.0` under `phones`).
 */
export function useKeptForm(action: (state: FormState, form: FormData) => Promise<FormState>) {
  const errorText = useFormErrorText();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = (name: string) =>
    errorText(
      state.status === 'invalid'
        ? Object.entries(state.fieldErrors)
            .filter(([field]) => field === name || field.startsWith(`${name}.`))
            .flatMap(([, codes]) => codes ?? [])
        : undefined,
    ) || undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, pending, errors, submit };
}
