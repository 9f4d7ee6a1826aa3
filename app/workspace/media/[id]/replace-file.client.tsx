'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { IDLE } from '@/lib/form-state';
import { replaceMediaImage } from './actions';
import { Muted } from '@/components/ui/muted';
import { FieldError, INPUT } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

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
          className={`${INPUT} min-w-0`}
        />
        <Muted id="replace-file-hint">{t('detail.replaceHint', { limit: LIMIT_MB })}</Muted>
        {errors && (
          <FieldError id="replace-file-error">
            {errors
              .map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`, { limit: LIMIT_MB }) : t('errors.invalid')))
              .join(' ')}
          </FieldError>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={pending} type="submit" variant="secondary">
          {pending ? t('processing') : t('detail.replace')}
        </Button>
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && t('detail.replaced')}
        </p>
      </div>
    </form>
  );
}
