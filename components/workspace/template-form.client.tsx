'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import type { FormState } from '@/lib/form-state';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { TEMPLATE_LIMITS } from '@/lib/validation/press-directory';
import { useKeptForm } from './form-errors';

type Choice = { value: string; label: string };

export type TemplateValues = {
  templateId?: string;
  /** '' for the whole organisation. */
  officeId: string;
  name: string;
  language: Locale;
  sections: { heading: string; text: string }[];
  topicIds: string[];
  officerIds: string[];
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  values: TemplateValues;
  offices: Choice[];
  topics: Choice[];
  /** Directory entries, each labelled with its office. */
  officers: (Choice & { office: string })[];
  submitLabel: string;
};

/** A release template: where it is offered, its language, boilerplate, default topics and contacts. */
export function TemplateForm({ action, values, offices, topics, officers, submitLabel }: Props) {
  const t = useTranslations('ReleaseTemplates');
  const languageName = useTranslations('Workspace.languages');
  const { state, formAction, pending, errors, submit } = useKeptForm(action);
  const sections = Array.from(
    { length: TEMPLATE_LIMITS.sections },
    (_, index) => values.sections[index] ?? { heading: '', text: '' },
  );
  const suggested = [t('suggestedAbout'), t('suggestedNotes'), ''];
  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-5" noValidate>
      {values.templateId && <input type="hidden" name="templateId" value={values.templateId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="template-name" label={t('name')} error={errors('name')} className="sm:col-span-2">
          {(control) => (
            <input
              {...control}
              name="name"
              defaultValue={values.name}
              maxLength={TEMPLATE_LIMITS.name}
              required
              className={INPUT}
            />
          )}
        </Field>
        <Field id="template-office" label={t('offeredTo')} error={errors('officeId')}>
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
        <Field id="template-language" label={t('language')} hint={t('languageHint')} error={errors('language')}>
          {(control) => (
            <select {...control} name="language" defaultValue={values.language} className={INPUT}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {languageName(locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="flex flex-col gap-4">
        <Legend>{t('boilerplate')}</Legend>
        <Muted>{t('boilerplateHint')}</Muted>
        {sections.map((section, index) => (
          <fieldset key={index} className="grid gap-3 rounded border border-slate-300 p-3">
            <legend className="px-1 text-sm font-semibold">{t('section', { number: index + 1 })}</legend>
            <Field id={`template-section-${index}-heading`} label={t('sectionHeading')} size="sm">
              {(control) => (
                <input
                  {...control}
                  name="sectionHeading"
                  defaultValue={section.heading}
                  placeholder={suggested[index]}
                  maxLength={TEMPLATE_LIMITS.heading}
                  className={INPUT}
                />
              )}
            </Field>
            <Field
              id={`template-section-${index}-text`}
              label={t('sectionText')}
              hint={t('sectionTextHint')}
              error={errors(`sections.${index}`)}
              size="sm"
            >
              {(control) => (
                <textarea
                  {...control}
                  name="sectionText"
                  defaultValue={section.text}
                  rows={5}
                  maxLength={TEMPLATE_LIMITS.text}
                  className={INPUT}
                />
              )}
            </Field>
          </fieldset>
        ))}
      </fieldset>
      <fieldset>
        <Legend>{t('topics')}</Legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map((topic) => (
            <label key={topic.value} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="topicIds"
                value={topic.value}
                defaultChecked={values.topicIds.includes(topic.value)}
              />
              {topic.label}
            </label>
          ))}
        </div>
        {errors('topicIds') && <p className="text-sm text-red-800">{errors('topicIds')}</p>}
      </fieldset>
      <fieldset>
        <Legend>{t('contacts')}</Legend>
        <Muted className="mb-2">{t('contactsHint', { max: TEMPLATE_LIMITS.contacts })}</Muted>
        {officers.length === 0 && <Muted>{t('noOfficers')}</Muted>}
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
          {officers.map((officer) => (
            <label key={officer.value} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="officerIds"
                value={officer.value}
                defaultChecked={values.officerIds.includes(officer.value)}
              />
              <span>
                {officer.label} <Muted as="span">· {officer.office}</Muted>
              </span>
            </label>
          ))}
        </div>
        {errors('officerIds') && <p className="text-sm text-red-800">{errors('officerIds')}</p>}
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
