'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { reopenThread, resolveThread } from '@/app/workspace/releases/[id]/comments/actions';
import { IDLE } from '@/lib/form-state';
import { Button } from '@/components/ui/button';

/** Resolves an open thread or reopens a resolved one; the server checks who may. */
export function ThreadStatus({ commentId, resolved }: { commentId: string; resolved: boolean }) {
  const t = useTranslations('Comments');
  const [state, formAction, pending] = useActionState(resolved ? reopenThread : resolveThread, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="commentId" value={commentId} />
      <Button type="submit" disabled={pending} variant="secondary" size="xs" className="self-start">
        {resolved ? t('reopen') : t('resolve')}
      </Button>
      {state.status === 'refused' && (
        <p role="alert" className="text-sm text-red-900">
          {t.has(`refused.${state.reason}`) ? t(`refused.${state.reason}`) : t('invalid')}
        </p>
      )}
    </form>
  );
}
