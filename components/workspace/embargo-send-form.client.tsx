'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { FormState } from '@/lib/form-state';
import { useKeptForm } from './form-errors';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  releaseId: string;
  lists: { id: string; name: string }[];
  /** The embargo, as the page writes it (the office's time and UTC). */
  embargoLine: string;
};

/** The advance send: the lists to mail, the embargo they will read, and a box saying the editor means it. */
export function EmbargoSendForm({ action, releaseId, lists, embargoLine }: Props) {
  const t = useTranslations('Embargo');
  const forms = useTranslations('Forms');
  const { state, formAction, pending, errors, submit } = useKeptForm(action);
  return (
    <form action={formAction} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="releaseId" value={releaseId} />
      <p className="rounded border-2 border-red-800 bg-red-50 px-3 py-2 font-bold text-red-900">{embargoLine}</p>
      <fieldset aria-describedby={errors('listIds') ? 'embargo-lists-error' : undefined}>
        <legend className="mb-2 font-semibold">{t('lists')}</legend>
        <ul className="flex flex-col gap-2">
          {lists.map((list) => (
            <li key={list.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="listIds" value={list.id} className="size-5" />
                <span>{list.name}</span>
              </label>
            </li>
          ))}
        </ul>
        {errors('listIds') && (
          <p id="embargo-lists-error" className="mt-1 text-sm text-red-800">
            {errors('listIds')}
          </p>
        )}
      </fieldset>
      <div>
        <label className="flex min-h-11 items-start gap-3">
          <input type="checkbox" name="confirm" className="mt-1 size-5" aria-describedby="embargo-confirm-error" />
          <span>{t('confirm')}</span>
        </label>
        {errors('confirm') && (
          <p id="embargo-confirm-error" className="mt-1 text-sm text-red-800">
            {errors('confirm')}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t('send')}
        </Button>
        <p aria-live="polite" className="text-sm">
          {state.status === 'done' && t('sent')}
        </p>
      </div>
      {state.status === 'refused' && <Notice tone="error">{forms(`refused.${state.reason}`)}</Notice>}
    </form>
  );
}
