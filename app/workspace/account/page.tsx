import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { changeLanguage, changePassword } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('heading') };
}

export default async function AccountPage() {
  const user = await getCurrentUser();
  const [t, workspace] = await Promise.all([getTranslations('Account'), getTranslations('Workspace')]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="password-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
          <h2 id="password-heading" className="mb-4 text-lg font-semibold text-brand-800">
            {t('password')}
          </h2>
          <ActionForm
            action={changePassword}
            submitLabel={t('changePassword')}
            doneMessage={t('passwordChanged')}
            fields={[
              {
                name: 'currentPassword',
                label: t('currentPassword'),
                type: 'password',
                autoComplete: 'current-password',
                required: true,
              },
              {
                name: 'newPassword',
                label: t('newPassword'),
                type: 'password',
                autoComplete: 'new-password',
                hint: t('newPasswordHint'),
                required: true,
              },
              {
                name: 'confirmPassword',
                label: t('confirmPassword'),
                type: 'password',
                autoComplete: 'new-password',
                required: true,
              },
            ]}
          />
        </section>
        <section aria-labelledby="language-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
          <h2 id="language-heading" className="mb-4 text-lg font-semibold text-brand-800">
            {t('language')}
          </h2>
          <ActionForm
            action={changeLanguage}
            submitLabel={t('saveLanguage')}
            doneMessage={t('languageSaved')}
            fields={[
              {
                name: 'uiLanguage',
                label: t('interfaceLanguage'),
                type: 'select',
                defaultValue: user.uiLanguage,
                options: LOCALES.map((language) => ({ value: language, label: workspace(`languages.${language}`) })),
              },
            ]}
          />
        </section>
      </div>
    </>
  );
}
