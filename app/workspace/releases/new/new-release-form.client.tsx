'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { useFormErrorText } from '@/components/workspace/form-errors';
import { IDLE } from '@/lib/form-state';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { DRAFT_LIMITS } from '@/lib/validation/release-draft';
import { createDraftRelease } from './actions';

export type TemplateChoice = {
  id: string;
  name: string;
  language: Locale;
  /** `null` for the organisation's templates. */
  officeId: string | null;
  /** Its boilerplate headings, topics and contacts, already worded. */
  description: string;
};

type Props = {
  offices: { id: string; name: string; defaultLanguage: Locale }[];
  officeId: string;
  templates: TemplateChoice[];
};

/**
 * The new release's title, its template ("blank" or one of its office's or the organisation's),
 * language and office. A template is written in one language, so choosing one sets the language.
 */
export function NewReleaseForm({ offices, officeId: initialOffice, templates }: Props) {
  const t = useTranslations('NewRelease');
  const languageName = useTranslations('Workspace.languages');
  const forms = useTranslations('Forms');
  const errorText = useFormErrorText();
  const [state, formAction, pending] = useActionState(createDraftRelease, IDLE);
  const [officeId, setOfficeId] = useState(initialOffice);
  const [templateId, setTemplateId] = useState('');
  const defaultLanguage = offices.find((office) => office.id === officeId)?.defaultLanguage ?? 'fr';
  const [language, setLanguage] = useState<Locale>(defaultLanguage);
  const offered = templates.filter((template) => template.officeId === null || template.officeId === officeId);
  const chosen = offered.find((template) => template.id === templateId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = (name: string) => errorText(state.status === 'invalid' ? state.fieldErrors[name] : undefined);
  const groups = [
    { key: 'office', label: t('officeTemplates'), items: offered.filter((template) => template.officeId !== null) },
    { key: 'organisation', label: t('organisationTemplates'), items: offered.filter((template) => !template.officeId) },
  ].filter((group) => group.items.length > 0);
  const option = (value: string, label: string, description: string) => (
    <label
      key={value}
      className="flex cursor-pointer gap-3 rounded border border-slate-300 p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
    >
      <input
        type="radio"
        name="templateId"
        value={value}
        checked={templateId === value}
        onChange={() => setTemplateId(value)}
        className="mt-1"
      />
      <span>
        <span className="block font-medium">{label}</span>
        <Muted as="span" className="block">
          {description}
        </Muted>
      </span>
    </label>
  );

  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-5" noValidate>
      <Field id="new-release-title" label={t('title')} error={errors('title')}>
        {(control) => <input {...control} name="title" required maxLength={DRAFT_LIMITS.title} className={INPUT} />}
      </Field>
      {offices.length > 1 ? (
        <Field id="new-release-office" label={t('office')} error={errors('officeId')}>
          {(control) => (
            <select
              {...control}
              name="officeId"
              value={officeId}
              onChange={(event) => {
                setOfficeId(event.target.value);
                setTemplateId('');
              }}
              className={INPUT}
            >
              {offices.map((office) => (
                <option key={office.id} value={office.id}>
                  {office.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="officeId" value={officeId} />
      )}
      <fieldset className="flex flex-col gap-2">
        <Legend>{t('startFrom')}</Legend>
        {option('', t('blank'), t('blankHelp'))}
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`templates-${group.key}`} className="flex flex-col gap-2">
            <p id={`templates-${group.key}`} className="mt-2 text-sm font-semibold">
              {group.label}
            </p>
            {group.items.map((template) =>
              option(template.id, template.name, `${languageName(template.language)} · ${template.description}`),
            )}
          </div>
        ))}
        {groups.length === 0 && <Muted>{t('noTemplates')}</Muted>}
      </fieldset>
      <Field
        id="new-release-language"
        label={t('language')}
        hint={chosen ? t('languageFromTemplate') : undefined}
        error={errors('language')}
      >
        {(control) => (
          <select
            {...control}
            name="language"
            value={chosen?.language ?? language}
            disabled={chosen !== undefined}
            onChange={(event) => setLanguage(event.target.value as Locale)}
            className={INPUT}
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {languageName(locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* A disabled select is not sent: the template's language travels instead, and the server takes it from the template anyway. */}
      {chosen && <input type="hidden" name="language" value={chosen.language} />}
      <div>
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
      {state.status === 'refused' && <Notice tone="error">{forms(`refused.${state.reason}`)}</Notice>}
    </form>
  );
}
