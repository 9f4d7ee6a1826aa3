'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { FormState } from '@/lib/form-state';
import type { Locale } from '@/lib/i18n/locales';
import { useKeptForm } from './form-errors';

export type Choice = { value: string; label: string };

export type ContactValues = {
  contactId?: string;
  officeId: string;
  name: string;
  outlet: string;
  email: string;
  languages: Locale[];
  regionIds: string[];
  topicIds: string[];
  beat: string;
  phone: string;
  notes: string;
  consentSource: string;
  consentDate: string | null;
  status: 'active' | 'unsubscribed' | 'bounced';
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  values: ContactValues;
  choices: { offices: Choice[]; regions: Choice[]; topics: Choice[]; languages: Choice[]; statuses: Choice[] };
  submitLabel: string;
};

/** A media contact's fields; the same form adds a contact and changes one. */
export function ContactForm({ action, values, choices, submitLabel }: Props) {
  const t = useTranslations('MediaContacts');
  const forms = useTranslations('Forms');
  const { state, formAction, pending, errors, submit } = useKeptForm(action);
  const text = (name: keyof ContactValues, type: 'text' | 'email' | 'tel' | 'date' = 'text', hint?: string) => (
    <Field id={`contact-${name}`} label={t(name)} hint={hint} error={errors(name)}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          defaultValue={(values[name] as string | null) ?? ''}
          className={INPUT}
        />
      )}
    </Field>
  );
  const boxes = (name: 'languages' | 'topicIds', label: string, options: Choice[]) => (
    <fieldset aria-describedby={errors(name) ? `contact-${name}-error` : undefined}>
      <Legend>{label}</Legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={(values[name] as string[]).includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {errors(name) && (
        <p id={`contact-${name}-error`} className="text-sm text-red-800">
          {errors(name)}
        </p>
      )}
    </fieldset>
  );

  const select = (name: 'officeId' | 'regionIds' | 'status', label: string, options: Choice[]) => (
    <Field id={`contact-${name}`} label={label} error={errors(name)}>
      {(control) => (
        <select
          {...control}
          name={name}
          multiple={name === 'regionIds'}
          defaultValue={values[name]}
          className={name === 'regionIds' ? `${INPUT} h-40` : INPUT}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {values.contactId && <input type="hidden" name="contactId" value={values.contactId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('name')}
        {text('email', 'email')}
        {text('outlet')}
        {text('beat')}
        {text('phone', 'tel')}
        {select('officeId', t('office'), choices.offices)}
      </div>
      {boxes('languages', t('languages'), choices.languages)}
      {select('regionIds', t('regions'), choices.regions)}
      {boxes('topicIds', t('topics'), choices.topics)}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('consentSource', 'text', t('consentSourceHint'))}
        {text('consentDate', 'date')}
        {select('status', t('status'), choices.statuses)}
      </div>
      <Field id="contact-notes" label={t('notes')} error={errors('notes')}>
        {(control) => <textarea {...control} name="notes" rows={4} defaultValue={values.notes} className={INPUT} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && t('saved')}
        </p>
      </div>
      {state.status === 'refused' && <Notice tone="error">{forms(`refused.${state.reason}`)}</Notice>}
    </form>
  );
}
