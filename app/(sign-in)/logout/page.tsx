import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutNow } from './actions';

// Signing out is a POST from this page or the workspace menu: a link alone must not sign anyone out.
export default async function LogoutPage() {
  const t = await getTranslations('SignOut');
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      <p className="mb-6">{t('question')}</p>
      <div className="flex flex-wrap items-center gap-4">
        <form action={signOutNow}>
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t('submit')}
          </button>
        </form>
        <Link href="/workspace" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </div>
    </div>
  );
}
