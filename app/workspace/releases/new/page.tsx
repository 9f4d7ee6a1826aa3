import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { listOfficesForNewRelease } from '@/lib/dal/release-drafts';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { createDraftRelease } from './actions';
import { Panel } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NewRelease'))('heading') };
}

export default async function NewReleasePage() {
  const [user, offices, t, tWorkspace] = await Promise.all([
    getCurrentUser(),
    listOfficesForNewRelease(),
    getTranslations('NewRelease'),
    getTranslations('Workspace'),
  ]);
  const own = offices.find((office) => office.id === user.officeId) ?? offices[0];
  return (
    <Panel as="div" padding="lg" className="max-w-xl">
      <PageHeading intro={t('help')}>{t('heading')}</PageHeading>
      <ActionForm
        action={createDraftRelease}
        submitLabel={t('submit')}
        fields={[
          { name: 'title', label: t('title'), type: 'text', required: true },
          {
            name: 'language',
            label: t('language'),
            type: 'select',
            defaultValue: own?.defaultLanguage ?? user.uiLanguage,
            options: LOCALES.map((locale) => ({ value: locale, label: tWorkspace(`languages.${locale}`) })),
          },
          offices.length > 1
            ? {
                name: 'officeId',
                label: t('office'),
                type: 'select',
                defaultValue: user.officeId,
                options: offices.map((office) => ({ value: office.id, label: office.names[user.uiLanguage] })),
              }
            : { name: 'officeId', label: t('office'), type: 'hidden', defaultValue: user.officeId },
        ]}
      />
    </Panel>
  );
}
