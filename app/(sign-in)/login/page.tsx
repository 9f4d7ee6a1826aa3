import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { findCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { chooseLanguage, signInWithPassword } from './actions';
import { Notice } from '@/components/ui/notice';
import { Panel } from '@/components/ui/panel';

const NOTICES = ['signed_out', 'password_changed'] as const;

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  if (await findCurrentUser()) redirect('/workspace');
  const [t, locale, { notice }] = await Promise.all([getTranslations('SignIn'), getLocale(), searchParams]);
  const shownNotice = NOTICES.find((known) => known === notice);

  return (
    <Panel as="div" padding="xl" className="shadow-sm">
      <form action={chooseLanguage} className="mb-6 flex justify-end gap-2 text-sm" aria-label={t('language')}>
        {LOCALES.map((language) => (
          <button
            key={language}
            name="language"
            value={language}
            lang={language}
            aria-pressed={language === locale}
            className="rounded px-2 py-1 uppercase text-muted hover:text-brand-700 aria-pressed:bg-brand-50 aria-pressed:font-semibold aria-pressed:text-brand-800"
          >
            {language}
          </button>
        ))}
      </form>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t('appName')}</p>
      <h1 className="mb-6 mt-1 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      {shownNotice && (
        <Notice role="status" className="mb-4">
          {t(`notice.${shownNotice}`)}
        </Notice>
      )}
      <ActionForm
        action={signInWithPassword}
        submitLabel={t('submit')}
        fields={[
          { name: 'email', label: t('email'), type: 'email', autoComplete: 'username', required: true },
          {
            name: 'password',
            label: t('password'),
            type: 'password',
            autoComplete: 'current-password',
            required: true,
          },
        ]}
      />
    </Panel>
  );
}
