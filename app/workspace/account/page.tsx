import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { getCurrentUser } from '@/lib/dal/session';
import { getOwnTimeZoneSetting } from '@/lib/dal/users';
import { LOCALES } from '@/lib/i18n/locales';
import { zoneDisplayName } from '@/lib/time/zone-name';
import { TIME_ZONE_CHOICES } from '@/lib/validation/time-zone';
import { changeLanguage, changePassword, changeTimeZone } from './actions';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, SectionHeading } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('heading') };
}

export default async function AccountPage() {
  const [user, zone, t, workspace, locale] = await Promise.all([
    getCurrentUser(),
    getOwnTimeZoneSetting(),
    getTranslations('Account'),
    getTranslations('Workspace'),
    getLocale(),
  ]);
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
        <Panel aria-labelledby="time-zone-heading" padding="lg">
          <SectionHeading id="time-zone-heading" className="mb-4">
            {t('timeZone')}
          </SectionHeading>
          <ActionForm
            action={changeTimeZone}
            submitLabel={t('saveTimeZone')}
            doneMessage={t('timeZoneSaved')}
            fields={[
              {
                name: 'timeZone',
                label: t('readTimesIn'),
                type: 'select',
                defaultValue: zone.own ?? '',
                hint: t('timeZoneHint'),
                options: [
                  { value: '', label: t('sameAsOffice', { zone: zoneDisplayName(zone.office, locale) }) },
                  ...TIME_ZONE_CHOICES.map((choice) => ({ value: choice, label: zoneDisplayName(choice, locale) })),
                ],
              },
            ]}
          />
        </Panel>
      </div>
    </>
  );
}
