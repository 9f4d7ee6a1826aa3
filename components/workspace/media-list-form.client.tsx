'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { FormState } from '@/lib/form-state';
import type { Choice } from './contact-form.client';
import { useKeptForm } from './form-errors';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  defaultOfficeId: string;
  choices: { offices: Choice[]; regions: Choice[]; topics: Choice[]; languages: Choice[] };
};

/** A new list: a name, an office, and for a saved filter the languages, regions, topics and beat it matches. */
export function MediaListForm({ action, defaultOfficeId, choices }: Props) {
  const t = useTranslations('MediaContacts');
  const forms = useTranslations('Forms');
  const { state, formAction, pending, errors, submit } = useKeptForm(action);
  const [kind, setKind] = useState<'static' | 'filter'>('static');
  const boxes = (name: string, label: string, options: Choice[]) => (
    <fieldset>
      <Legend>{label}</Legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2">
            <input type="checkbox" name={name} value={option.value} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="list-name" label={t('listName')} error={errors('name')}>
          {(control) => <input {...control} name="name" className={INPUT} />}
        </Field>
        <Field id="list-office" label={t('listOffice')} error={errors('officeId')}>
          {(control) => (
            <select {...control} name="officeId" defaultValue={defaultOfficeId} className={INPUT}>
              {choices.offices.map((office) => (
                <option key={office.value} value={office.value}>
                  {office.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="list-kind" label={t('kind')}>
          {(control) => (
            <select
              {...control}
              name="kind"
              value={kind}
              onChange={(event) => setKind(event.target.value === 'filter' ? 'filter' : 'static')}
              className={INPUT}
            >
              <option value="static">{t('kinds.static')}</option>
              <option value="filter">{t('kinds.filter')}</option>
            </select>
          )}
        </Field>
      </div>
      {kind === 'filter' && (
        <div className="flex flex-col gap-4 border-l-4 border-brand-100 pl-4">
          <p className="text-sm">{t('filterHint')}</p>
          {boxes('filterLanguages', t('languages'), choices.languages)}
          <Field id="list-filter-offices" label={t('regions')}>
            {(control) => (
              <select {...control} name="filterOfficeIds" multiple className={`${INPUT} h-32`}>
                {choices.regions.map((office) => (
                  <option key={office.value} value={office.value}>
                    {office.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {boxes('filterTopicIds', t('topics'), choices.topics)}
          <Field id="list-filter-beat" label={t('beat')}>
            {(control) => <input {...control} name="filterBeat" className={INPUT} />}
          </Field>
        </div>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {t('createList')}
        </Button>
      </div>
      {state.status === 'refused' && <Notice tone="error">{forms(`refused.${state.reason}`)}</Notice>}
    </form>
  );
}
