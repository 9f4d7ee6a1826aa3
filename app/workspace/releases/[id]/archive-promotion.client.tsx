'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE } from '@/lib/form-state';
import { promoteArchiveRelease } from './actions';

/** "Promote to the current news" or "Return to the archive": one button, for editors. */
export function ArchivePromotion({ releaseId, promoted }: { releaseId: string; promoted: boolean }) {
  const t = useTranslations('LegacyArchive');
  const [state, formAction, pending] = useActionState(promoteArchiveRelease, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="promote" value={promoted ? 'false' : 'true'} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {promoted ? t('demote') : t('promote')}
      </button>
      <p role="status" className="text-sm">
        {state.status === 'done' && t(promoted ? 'done.promoted' : 'done.demoted')}
        {state.status === 'refused' &&
          (state.reason === 'needs_summary' || state.reason === 'not_live' || state.reason === 'not_archive'
            ? t(`refused.${state.reason}`)
            : t('refused.not_live'))}
      </p>
    </form>
  );
}
