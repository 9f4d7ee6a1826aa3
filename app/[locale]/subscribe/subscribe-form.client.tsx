'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import {
  SubscriptionChoices,
  type ChoiceOption,
  type OfficeOption,
  type SubscriptionChoicesText,
} from '@/components/portal/subscription-choices';
import { Button } from '@/components/ui/button';
import { Field, INPUT } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { Locale } from '@/lib/i18n/locales';
import { subscribe, type SubscribeFormState } from './actions';

export type SubscribeFormText = {
  email: string;
  submit: string;
  correct: string;
  /** Field error codes (lib/validation/subscriptions) and refusal reasons, already translated. */
  errors: Record<string, string>;
  refused: Record<string, string>;
  choices: SubscriptionChoicesText;
};

/**
 * The sign-up form. Its words come translated from the page (the portal ships no i18n runtime).
 * Without JavaScript it posts as any form and the page comes back drawn from what was typed.
 */
export function SubscribeForm({
  locale,
  text,
  offices,
  topics,
}: {
  locale: Locale;
  text: SubscribeFormText;
  offices: OfficeOption[];
  topics: ChoiceOption[];
}) {
  const [state, formAction, pending] = useActionState<SubscribeFormState, FormData>(subscribe, { status: 'idle' });
  // React resets a form after its `action` runs: submitting through the handler keeps what was typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const values = state.values ?? { email: '', languages: [locale], offices: [], topics: [] };
  const errorFor = (name: string) => {
    const code = state.status === 'invalid' ? state.fieldErrors[name]?.[0] : undefined;
    return code ? (text.errors[code] ?? text.errors.invalid_email) : undefined;
  };
  const emailError = errorFor('email') ?? errorFor('locale');

  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-6" noValidate>
      {state.status === 'invalid' && <Notice tone="error">{text.correct}</Notice>}
      {state.status === 'refused' && <Notice tone="error">{text.refused[state.reason] ?? text.correct}</Notice>}
      <input type="hidden" name="locale" value={locale} />
      <Field id="subscribe-email" label={text.email} error={emailError}>
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={values.email}
            className={INPUT}
          />
        )}
      </Field>
      <SubscriptionChoices
        text={text.choices}
        offices={offices}
        topics={topics}
        values={values}
        errors={{ languages: errorFor('languages'), offices: errorFor('offices'), topics: errorFor('topics') }}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {text.submit}
        </Button>
      </div>
    </form>
  );
}
