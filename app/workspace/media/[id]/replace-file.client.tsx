'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { IDLE } from '@/lib/form-state';
import { replaceMediaImage } from './actions';

const LIMIT_MB = MAX_MEDIA_BYTES / 1024 / 1024;

/** Uploads a new file for an image; the server checks it by its bytes, like any upload. */
export function ReplaceFile({ mediaId }: { mediaId: string }) {
  const t = useTranslations('Media');
  const [state, formAction, pending] = useActionState(replaceMediaImage, IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors.file : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="mediaId" value={mediaId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="replace-file" className="font-medium">
          {t('file')}
        </label>
        <input
          id="replace-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? 'replace-file-hint replace-file-error' : 'replace-file-hint'}
          className="w-full min-w-0 rounded border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <p id="replace-file-hint" className="text-sm text-muted">
          {t('detail.replaceHint', { limit: LIMIT_MB })}
        </p>
        {errors && (
          <p id="replace-file-error" className="text-sm text-red-800">
            {errors
              .map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`, { limit: LIMIT_MB }) : t('errors.invalid')))
              .join(' ')}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
        >
          {pending ? t('processing') : t('detail.replace')}
        </button>
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && t('detail.replaced')}
        </p>
      </div>
    </form>
  );
}
