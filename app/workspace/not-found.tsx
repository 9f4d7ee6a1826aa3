import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function WorkspaceNotFound() {
  const t = await getTranslations('Workspace');
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-6">
      <h1 className="mb-2 text-2xl font-bold text-brand-800">{t('notFound')}</h1>
      <p className="mb-4">{t('notFoundHelp')}</p>
      <Link href="/workspace" className="text-brand-700 underline">
        {t('nav.dashboard')}
      </Link>
    </div>
  );
}
