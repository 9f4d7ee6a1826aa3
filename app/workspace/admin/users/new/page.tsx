import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { fieldOptions } from '@/components/workspace/field-options';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import { createAccount } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminUsers'))('create') };
}

export default async function NewUserPage() {
  const offices = await listOfficesForAdmin();
  const [t, options] = await Promise.all([getTranslations('AdminUsers'), fieldOptions(offices)]);
  return (
    <div className="max-w-xl rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h1 className="mb-2 text-2xl font-bold text-brand-800">{t('create')}</h1>
      <p className="mb-6 text-muted">{t('createHelp')}</p>
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
    </div>
  );
}
