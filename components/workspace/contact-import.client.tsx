'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, FILE_INPUT, INPUT } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Panel, SectionHeading } from '@/components/ui/panel';
import type { ImportReport } from '@/lib/dal/media-contacts';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '@/lib/validation/media-contacts';
import type { Choice } from './contact-form.client';

type Preview = { headers: string[]; rows: string[][]; total: number; mapping: ImportMapping };

const ENDPOINT = '/api/media-contacts/import';
const KNOWN_ERRORS = ['too_large', 'empty', 'not_utf8', 'unreadable', 'too_many_rows', 'invalid'];

/**
 * Import in two steps over the same file: a preview (headers, first rows, a proposed mapping the
 * editor can change), then the import and its report. The file stays in the browser between them.
 */
export function ContactImport({ offices, defaultOfficeId }: { offices: Choice[]; defaultOfficeId: string }) {
  const t = useTranslations('MediaContacts');
  const [preview, setPreview] = useState<Preview>();
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function send(form: HTMLFormElement, step: 'preview' | 'import') {
    const data = new FormData(form);
    data.set('step', step);
    if (step === 'import') data.set('mapping', JSON.stringify(mapping));
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(ENDPOINT, { method: 'POST', body: data });
      const body = await response.json().catch(() => ({ error: 'failed' }));
      if (!response.ok) {
        setError(KNOWN_ERRORS.includes(body.error) ? body.error : 'failed');
        return;
      }
      if (step === 'preview') {
        setPreview(body);
        setMapping(body.mapping);
        setReport(undefined);
      } else setReport(body);
    } catch {
      setError('failed');
    } finally {
      setPending(false);
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const step =
      (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'import' ? 'import' : 'preview';
    void send(event.currentTarget, step);
  };
  const choose = (field: ImportField, value: string) =>
    setMapping((current) => {
      const next = { ...current };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });

  return (
    <form onSubmit={submit} className="flex flex-col gap-6" noValidate>
      <Panel className="flex flex-col gap-4">
        <Field id="import-office" label={t('importOffice')}>
          {(control) => (
            <select {...control} name="officeId" defaultValue={defaultOfficeId} className={INPUT}>
              {offices.map((office) => (
                <option key={office.value} value={office.value}>
                  {office.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="import-file" label={t('file')}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".csv,text/csv"
              required
              className={FILE_INPUT}
              onChange={() => {
                setPreview(undefined);
                setReport(undefined);
              }}
            />
          )}
        </Field>
        <div>
          <Button
            type="submit"
            name="step"
            value="preview"
            variant={preview ? 'secondary' : 'primary'}
            disabled={pending}
          >
            {t('preview')}
          </Button>
        </div>
        {pending && (
          <p role="status" className="text-sm">
            {t('working')}
          </p>
        )}
        {error && <Notice tone="error">{t(`importErrors.${error}` as 'importErrors.failed')}</Notice>}
      </Panel>

      {preview && (
        <Panel aria-labelledby="import-preview" className="flex flex-col gap-4">
          <SectionHeading id="import-preview">{t('previewTitle')}</SectionHeading>
          <p>{t('previewRows', { count: preview.total })}</p>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-sm">
              <thead>
                <tr>
                  {preview.headers.map((header, index) => (
                    <th key={index} scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {preview.headers.map((_, index) => (
                      <td key={index} className="border-b border-slate-100 px-2 py-1">
                        {row[index] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset>
            <legend className="mb-2 font-medium">{t('mapping')}</legend>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {IMPORT_FIELDS.map((field) => (
                <Field key={field} id={`map-${field}`} label={t(field)} size="sm">
                  {(control) => (
                    <select
                      {...control}
                      value={mapping[field] ?? ''}
                      onChange={(event) => choose(field, event.target.value)}
                      className={INPUT}
                    >
                      <option value="">{t('notMapped')}</option>
                      {preview.headers.map((header, index) => (
                        <option key={index} value={index}>
                          {header}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
          <div>
            <Button type="submit" name="step" value="import" disabled={pending}>
              {t('runImport')}
            </Button>
          </div>
        </Panel>
      )}

      {report && (
        <Panel aria-labelledby="import-report" className="flex flex-col gap-4">
          <SectionHeading id="import-report">{t('imported', { count: report.imported })}</SectionHeading>
          {report.rejected.length > 0 && (
            <>
              <p className="font-medium">{t('rejectedTitle', { count: report.rejected.length })}</p>
              <div className="overflow-x-auto">
                <table className="min-w-full border-collapse text-sm">
                  <thead>
                    <tr>
                      <th scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                        {t('row')}
                      </th>
                      <th scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                        {t('email')}
                      </th>
                      <th scope="col" className="border-b border-slate-300 px-2 py-1 text-left">
                        {t('reason')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejected.map((rejection) => (
                      <tr key={rejection.row}>
                        <td className="border-b border-slate-100 px-2 py-1">{rejection.row}</td>
                        <td className="border-b border-slate-100 px-2 py-1 break-all">{rejection.email}</td>
                        <td className="border-b border-slate-100 px-2 py-1">{t(`reasons.${rejection.reason}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </Panel>
      )}
    </form>
  );
}
