'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { FormState } from '@/lib/form-state';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { CONTACT_LIMITS } from '@/lib/validation/contact';
import { useKeptForm } from './form-errors';

export type PressOfficerValues = {
  officerId?: string;
  officeId: string;
  name: string;
  role: string;
  email: string;
  phones: string[];
  languages: Locale[];
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  values: PressOfficerValues;
  offices: { value: string; label: string }[];
  submitLabel: string;
};

const PHONE_FIELDS = 3;

/** A press officer's directory entry; the same form adds one and changes one. */
export function PressOfficerForm({ action, values, offices, submitLabel }: Props) {
  const t = useTranslations('PressOfficers');
  const languageName = useTranslations('Workspace.languages');
  const { state, formAction, pending, errors, submit } = useKeptForm(action);
  const text = (name: 'name' | 'role' | 'email', type: 'text' | 'email' = 'text') => (
    <Field id={`officer-${name}`} label={t(name)} error={errors(name)}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          defaultValue={values[name]}
          maxLength={CONTACT_LIMITS[name]}
          required={name === 'name'}
          autoComplete="off"
          className={INPUT}
        />
      )}
    </Field>
  );
  const phones = [...values.phones, ...Array(PHONE_FIELDS).fill('')].slice(
    0,
    Math.max(PHONE_FIELDS, values.phones.length),
  );
  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {values.officerId && <input type="hidden" name="officerId" value={values.officerId} />}
      <Field id="officer-office" label={t('office')} error={errors('officeId')}>
        {(control) => (
          <select {...control} name="officeId" defaultValue={values.officeId} className={INPUT}>
            {offices.map((office) => (
              <option key={office.value} value={office.value}>
                {office.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('name')}
      {text('role')}
      {text('email', 'email')}
      <fieldset className="flex flex-col gap-2">
        <Legend>{t('phones')}</Legend>
        {phones.map((phone, index) => (
          <Field key={index} id={`officer-phone-${index}`} label={t('phone', { number: index + 1 })} size="sm">
            {(control) => (
              <input
                {...control}
                name="phones"
                type="tel"
                defaultValue={phone}
                maxLength={CONTACT_LIMITS.phone}
                className={INPUT}
              />
            )}
          </Field>
        ))}
        {errors('phones') && <p className="text-sm text-red-800">{errors('phones')}</p>}
      </fieldset>
      <fieldset>
        <Legend>{t('languages')}</Legend>
        <div className="flex flex-wrap gap-4">
          {LOCALES.map((locale) => (
            <label key={locale} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="languages"
                value={locale}
                defaultChecked={values.languages.includes(locale)}
              />
              {languageName(locale)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && t('saved')}
        </p>
      </div>
      {state.status === 'refused' && <Notice tone="error">{t('refused')}</Notice>}
    </form>
  );
}
