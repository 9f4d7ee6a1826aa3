'use client';
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { IDLE, type FormState } from '@/lib/form-state';
import { postForm } from '@/lib/http/post-form';
import { Muted } from '@/components/ui/muted';
import { FieldError, INPUT } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

const LIMIT_MB = MAX_MEDIA_BYTES / 1024 / 1024;

/**
 * Uploads a new file for an image to its own route handler (a server action's body stays under
 * 1 MB); the server checks it by its bytes, like any upload.
 */
export function ReplaceFile({ mediaId }: { mediaId: string }) {
  const t = useTranslations('Media');
  const router = useRouter();
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, setPending] = useState(false);
  const errors = state.status === 'invalid' ? state.fieldErrors.file : undefined;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    const next = await postForm(`/api/media/${mediaId}/file`, new FormData(event.currentTarget), 'file', 'too_large');
    setState(next);
    setPending(false);
    // The page shows the new picture, its size and where it is used.
    if (next.status === 'done') router.refresh();
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
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
