import { getTranslations } from 'next-intl/server';

/** The same answer for an unknown or revoked link, or a release withdrawn: nothing tells them apart. */
export default async function EmbargoNotFound() {
  const t = await getTranslations('EmbargoLink');
  return (
    <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
      <h1 className="mb-4 text-2xl font-bold text-brand-800">{t('notFoundTitle')}</h1>
      <p>{t('notFoundHelp')}</p>
    </main>
  );
}
