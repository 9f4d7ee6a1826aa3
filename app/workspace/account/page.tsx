import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { changeLanguage, changePassword } from './actions';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, SectionHeading } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('heading') };
}

export default async function AccountPage() {
  const user = await getCurrentUser();
  const [t, workspace] = await Promise.all([getTranslations('Account'), getTranslations('Workspace')]);
  return (
    <>
      <PageHeading>{t('heading')}</PageHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel aria-labelledby="password-heading" padding="lg">
          <SectionHeading id="password-heading" className="mb-4">
            {t('password')}
          </SectionHeading>
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
        </Panel>
        <Panel aria-labelledby="language-heading" padding="lg">
          <SectionHeading id="language-heading" className="mb-4">
            {t('language')}
          </SectionHeading>
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
        </Panel>
      </div>
    </>
  );
}
