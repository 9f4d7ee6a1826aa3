'use client';
import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { Panel } from '@/components/ui/panel';

// The message stays in the server log (by digest): it may say more than a user should read.
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Workspace');
  useEffect(() => {
    console.error(error.digest ?? error);
  }, [error]);
  return (
    <Panel as="div" role="alert" tone="danger" padding="lg">
      <h1 className="mb-2 text-xl font-bold">{t('error')}</h1>
      <Muted className="mb-4">{t('errorReference', { digest: error.digest ?? '—' })}</Muted>
      <Button onClick={reset}>{t('retry')}</Button>
    </Panel>
  );
}
