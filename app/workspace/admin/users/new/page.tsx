import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { fieldOptions } from '@/components/workspace/field-options';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import { createAccount } from '../actions';
import { Panel } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminUsers'))('create') };
}

export default async function NewUserPage() {
  const offices = await listOfficesForAdmin();
  const [t, options] = await Promise.all([getTranslations('AdminUsers'), fieldOptions(offices)]);
  return (
    <Panel as="div" padding="lg" className="max-w-xl">
      <PageHeading intro={t('createHelp')}>{t('create')}</PageHeading>
      <ActionForm
        action={createAccount}
        submitLabel={t('createSubmit')}
        secretLabel={t('temporaryPassword')}
        createdLink={{ href: '/workspace/admin/users/', label: t('openCreated') }}
        fields={[
          { name: 'name', label: t('name'), type: 'text', required: true },
          { name: 'email', label: t('email'), type: 'email', required: true },
          { name: 'role', label: t('role'), type: 'select', options: options.roles, defaultValue: 'writer' },
          { name: 'officeId', label: t('office'), type: 'select', options: options.offices },
          { name: 'uiLanguage', label: t('language'), type: 'select', options: options.languages },
        ]}
      />
    </Panel>
  );
}
