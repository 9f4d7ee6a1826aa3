'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { ATTACHMENT_TITLE_MAX } from '@/lib/validation/media';
import type { PickedAttachment } from '@/lib/media/attachment-types';

const BUTTON_CLASS =
  'min-h-9 rounded border border-slate-300 px-2.5 text-sm font-medium hover:bg-brand-50 disabled:opacity-40';

/**
 * Uploads a document for the release (PDF, Word, Excel, CSV up to 50 MB) and hands back the block
 * to insert. The server tells the type by the bytes; its refusal is shown here in words.
 */
export function AttachmentForm({
  releaseId,
  onAttach,
  onCancel,
}: {
  releaseId: string;
  onAttach: (attachment: PickedAttachment) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('ReleaseEditor.attachment');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError('no_file');
    setPending(true);
    setError(null);
    const body = new FormData();
    body.set('file', file);
    body.set('title', title);
    try {
      const response = await fetch(`/api/releases/${releaseId}/attachments`, { method: 'POST', body });
      const answer = (await response.json().catch(() => ({}))) as PickedAttachment & { error?: string };
      if (response.ok) onAttach(answer);
      else setError(answer.error ?? 'failed');
    } catch {
      setError('offline');
    } finally {
      setPending(false);
    }
  };
  return (
    // A div, not a form: the editor sits inside the release's fields.
    <div
      role="group"
      aria-labelledby={`${id}-heading`}
      className="flex flex-wrap items-end gap-2 border-t border-slate-200 p-2"
    >
      <p id={`${id}-heading`} className="w-full text-sm font-semibold">
        {t('heading')}
      </p>
      <label htmlFor={`${id}-file`} className="flex min-w-0 flex-1 flex-col text-sm font-medium">
        {t('file')}
        <input
          id={`${id}-file`}
          type="file"
          accept=".pdf,.docx,.xlsx,.csv,application/pdf,text/csv"
          onChange={(event) => (setFile(event.target.files?.[0] ?? null), setError(null))}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          className="text-sm font-normal"
        />
      </label>
      <label htmlFor={`${id}-title`} className="flex min-w-0 flex-1 flex-col text-sm font-medium">
        {t('title')}
        <input
          id={`${id}-title`}
          value={title}
          maxLength={ATTACHMENT_TITLE_MAX}
          onChange={(event) => setTitle(event.target.value)}
          className="rounded border border-slate-400 px-2 py-1 font-normal"
        />
      </label>
      <button type="button" onClick={upload} disabled={pending} className={BUTTON_CLASS}>
        {t(pending ? 'uploading' : 'upload')}
      </button>
      <button type="button" onClick={onCancel} className={BUTTON_CLASS}>
        {t('cancel')}
      </button>
      <p id={`${id}-hint`} className="w-full text-sm text-muted">
        {t('hint')}
      </p>
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t('errors.failed')}
        </p>
      )}
    </div>
  );
}
