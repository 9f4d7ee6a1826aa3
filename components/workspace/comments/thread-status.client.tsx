'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { reopenThread, resolveThread } from '@/app/workspace/releases/[id]/comments/actions';
import { IDLE } from '@/lib/form-state';

/** Resolves an open thread or reopens a resolved one; the server checks who may. */
export function ThreadStatus({ commentId, resolved }: { commentId: string; resolved: boolean }) {
  const t = useTranslations('Comments');
  const [state, formAction, pending] = useActionState(resolved ? reopenThread : resolveThread, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="commentId" value={commentId} />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-brand-600 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {resolved ? t('reopen') : t('resolve')}
      </button>
      {state.status === 'refused' && (
        <p role="alert" className="text-sm text-red-900">
          {t.has(`refused.${state.reason}`) ? t(`refused.${state.reason}`) : t('invalid')}
        </p>
      )}
    </form>
  );
}
