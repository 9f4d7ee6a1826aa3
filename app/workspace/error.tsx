'use client';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';

// The message stays in the server log (by digest): it may say more than a user should read.
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Workspace');
  useEffect(() => {
    console.error(error.digest ?? error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-white p-6">
      <h1 className="mb-2 text-xl font-bold">{t('error')}</h1>
      <p className="mb-4 text-sm text-muted">{t('errorReference', { digest: error.digest ?? '—' })}</p>
      <button onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">
        {t('retry')}
      </button>
    </div>
  );
}
