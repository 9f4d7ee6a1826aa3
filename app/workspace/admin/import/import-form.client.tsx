'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { IDLE, type FormState } from '@/lib/form-state';
import { postForm } from '@/lib/http/post-form';
import {
  filesToReview,
  IMPORT_STATUSES,
  workspaceLink,
  type ImportFileResult,
  type ImportReport,
  type ImportStatus,
} from '@/lib/importer/report';
import type { UPLOAD_LIMITS } from '@/lib/validation/legacy-import';
import { PanelList, panelClass } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';
import { FILE_INPUT, FieldError, INPUT, Legend } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { LINK } from '@/components/ui/text-link';
import { cx } from '@/components/ui/class-names';

type Props = { limits: typeof UPLOAD_LIMITS; offices: { value: string; label: string }[] };

const STATUS_STYLE: Record<ImportStatus, string> = {
  imported: 'border-green-300 bg-green-50 text-green-900',
  updated: 'border-sky-300 bg-sky-50 text-sky-900',
  unchanged: 'border-slate-300 bg-slate-50 text-slate-800',
  skipped: 'border-amber-300 bg-amber-50 text-amber-900',
  failed: 'border-red-300 bg-red-50 text-red-900',
};
// Files that need a look come first; stored ones follow in upload order.
const STATUS_ORDER: ImportStatus[] = ['failed', 'skipped', 'imported', 'updated', 'unchanged'];

/** The upload form of legacy dumps, and the report of what the import did with each file. */
export function ImportForm({ limits, offices }: Props) {
  const t = useTranslations('AdminImport');
  const format = useFormatter();
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, setPending] = useState(false);
  const [browserProblem, setBrowserProblem] = useState<string | undefined>();
  const [draftSent, setDraftSent] = useState(false);
  const megabytes = (bytes: number) => format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 });

  // The browser checks the limits first, naming the file at fault, so a large upload is not sent for nothing.
  // The server checks them again, in a route handler of its own (a server action's body stays under 1 MB).
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const files = data
      .getAll('files')
      .filter((file): file is File => file instanceof File && (file.name !== '' || file.size > 0));
    const large = files.find((file) => file.size > limits.fileBytes);
    const total = files.reduce((sum, file) => sum + file.size, 0);
    let problem: string | undefined;
    if (files.length === 0) problem = t('errors.no_file');
    else if (large)
      problem = t('errors.file_too_large_named', { name: large.name, limit: megabytes(limits.fileBytes) });
    else if (files.length > limits.files) problem = t('errors.too_many_files', { limit: limits.files });
    else if (total > limits.uploadBytes)
      problem = t('errors.upload_too_large', { limit: megabytes(limits.uploadBytes) });
    setBrowserProblem(problem);
    if (problem) return;
    // Only the files picked: an empty picker would otherwise send one nameless, empty file.
    data.delete('files');
    for (const file of files) data.append('files', file);
    setDraftSent(data.get('draft') === 'on');
    setPending(true);
    setState(await postForm('/api/import', data, 'files', 'upload_too_large'));
    setPending(false);
  };
  const fileErrors = state.status === 'invalid' ? state.fieldErrors.files : undefined;
  const fileMessage =
    browserProblem ??
    fileErrors
      ?.map((code) =>
        t.has(`errors.${code}`)
          ? t(`errors.${code}`, {
              limit:
                code === 'too_many_files'
                  ? limits.files
                  : megabytes(code === 'file_too_large' ? limits.fileBytes : limits.uploadBytes),
            })
          : t('errors.invalid'),
      )
      .join(' ');

  return (
    <>
      <form
        onSubmit={(event) => void submit(event)}
        className={cx(panelClass({ padding: 'lg' }), 'flex max-w-3xl flex-col gap-5')}
        noValidate
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="import-files" className="font-medium">
            {t('files')}
          </label>
          <input
            id="import-files"
            name="files"
            type="file"
            multiple
            accept=".txt,text/plain"
            required
            aria-invalid={fileMessage ? true : undefined}
            aria-describedby={`import-files-hint${fileMessage ? ' import-files-error' : ''}`}
            className={FILE_INPUT}
          />
          <Muted id="import-files-hint">
            {t('filesHint', {
              files: limits.files,
              fileLimit: megabytes(limits.fileBytes),
              uploadLimit: megabytes(limits.uploadBytes),
            })}
          </Muted>
          {fileMessage && (
            <FieldError id="import-files-error" role="alert">
              {fileMessage}
            </FieldError>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-office" className="font-medium">
            {t('office')}
          </label>
          <select
            id="import-office"
            name="officeCode"
            defaultValue=""
            aria-describedby="import-office-hint"
            className={INPUT}
          >
            <option value="">{t('noOffice')}</option>
            {offices.map((office) => (
              <option key={office.value} value={office.value}>
                {office.label}
              </option>
            ))}
          </select>
          <Muted id="import-office-hint">{t('officeHint')}</Muted>
        </div>
        <fieldset className="flex flex-col gap-2">
          <Legend>{t('options')}</Legend>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="draft" className="mt-1 size-4" />
            <span>{t('draft')}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="dryRun" className="mt-1 size-4" />
            <span>{t('dryRun')}</span>
          </label>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button disabled={pending} type="submit">
            {t('submit')}
          </Button>
          <p aria-live="polite" className="text-sm">
            {pending && t('working')}
          </p>
        </div>
      </form>
      {state.status === 'imported' && <Report report={state.report} draft={draftSent} />}
    </>
  );
}

function Report({ report, draft }: { report: ImportReport; draft: boolean }) {
  const t = useTranslations('AdminImport');
  const archive = useTranslations('LegacyArchive');
  const toReview = filesToReview(report);
  const files = STATUS_ORDER.flatMap((status) =>
    report.files.filter((file) => file.status === status && !toReview.includes(file)),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // The report appears below the form: moving focus to it scrolls it into view on a phone and reads it out.
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <section aria-labelledby="import-report" className="flex flex-col gap-4">
      <h2
        id="import-report"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-bold text-brand-800 focus:outline-none"
      >
        {report.dryRun ? t('report.dryRunHeading') : t('report.heading')}
      </h2>
      {toReview.length > 0 && (
        <section aria-labelledby="import-to-review" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h3 id="import-to-review" className="text-lg font-semibold text-amber-900">
            {archive('toReview', { count: toReview.length })}
          </h3>
          <p className="mb-2 text-sm text-amber-900">{archive('toReviewIntro')}</p>
          <ul className="divide-y divide-amber-200 rounded border border-amber-200 bg-white">
            {toReview.map((file, index) => (
              <FileLine key={`${file.source}-${index}`} file={file} linked={!report.dryRun} draft={draft} />
            ))}
          </ul>
        </section>
      )}
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {IMPORT_STATUSES.map((status) => (
          <div key={status} className={`rounded border px-3 py-2 ${STATUS_STYLE[status]}`}>
            <dt className="text-sm">{t(`status.${status}`)}</dt>
            <dd className="text-2xl font-bold">{report.counts[status]}</dd>
          </div>
        ))}
      </dl>
      {files.length > 0 && (
        <PanelList as="ul">
          {files.map((file, index) => (
            <FileLine key={`${file.source}-${index}`} file={file} linked={!report.dryRun} draft={draft} />
          ))}
        </PanelList>
      )}
    </section>
  );
}

function FileLine({ file, linked, draft }: { file: ImportFileResult; linked: boolean; draft: boolean }) {
  const t = useTranslations('AdminImport');
  const archive = useTranslations('LegacyArchive');
  const stored = file.status === 'imported' || file.status === 'updated' || file.status === 'unchanged';
  const href =
    !linked || !stored || !file.id
      ? undefined
      : file.kind === 'release' || file.needsReview || draft
        ? workspaceLink(file)
        : file.language && file.slug
          ? `/${file.language}/${file.slug}`
          : undefined;
  return (
    <li className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-start sm:gap-4">
      <span
        className={`w-fit shrink-0 rounded border px-2 py-0.5 text-sm font-medium sm:w-28 ${STATUS_STYLE[file.status]}`}
      >
        {t(`status.${file.status}`)}
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-mono text-sm break-all">{file.source}</p>
        {file.title && (
          <p>
            {href ? (
              <a href={href} className={`font-medium ${LINK}`}>
                {file.title}
              </a>
            ) : (
              file.title
            )}
            {file.kind && (
              <Muted as="span">
                {' · '}
                {t(`kinds.${file.kind}`)}
                {file.language && (
                  <>
                    {' · '}
                    <span className="uppercase">{file.language}</span>
                  </>
                )}
                {file.officeCode && (
                  <>
                    {' · '}
                    {file.officeCode}
                  </>
                )}
              </Muted>
            )}
          </p>
        )}
        {file.reason && <p className="text-sm">{t(`reasons.${file.reason}`)}</p>}
        {file.detail && (
          <Muted size="xs" className="font-mono break-all">
            {file.detail}
          </Muted>
        )}
        {(file.status === 'imported' || file.status === 'updated') && file.reasons.length > 0 && (
          <ul className={`mt-1 list-disc pl-5 text-sm ${file.needsReview ? 'text-amber-900' : 'text-muted'}`}>
            {file.reasons.map((reason) => (
              <li key={`${reason.code}-${reason.detail ?? ''}`}>
                {archive(`reason.${reason.code}`)}
                {reason.detail && <span className="font-mono text-xs"> — {reason.detail}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
