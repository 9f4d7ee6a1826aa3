import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { fieldOptions } from '@/components/workspace/field-options';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import { getUserForAdmin } from '@/lib/dal/users';
import { deactivateAccount, endSessions, reactivateAccount, updateAccount } from '../actions';

export async function generateMetadata({ params }: PageProps<'/workspace/admin/users/[id]'>): Promise<Metadata> {
  return { title: (await getUserForAdmin((await params).id)).name };
}

export default async function EditUserPage({ params }: PageProps<'/workspace/admin/users/[id]'>) {
  const person = await getUserForAdmin((await params).id);
  const offices = await listOfficesForAdmin();
  const [t, options] = await Promise.all([getTranslations('AdminUsers'), fieldOptions(offices)]);
  const userId = { name: 'userId', label: '', type: 'hidden', defaultValue: person.id } as const;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="edit-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
        <h1 id="edit-heading" className="text-2xl font-bold text-brand-800">
          {person.name}
        </h1>
        <p className="mb-6 text-muted">{person.email}</p>
        <ActionForm
          action={updateAccount}
          submitLabel={t('save')}
          doneMessage={t('saved')}
          fields={[
            userId,
            { name: 'name', label: t('name'), type: 'text', defaultValue: person.name, required: true },
            {
              name: 'role',
              label: t('role'),
              type: 'select',
              options: options.roles,
              defaultValue: person.role,
              hint: t('roleHint'),
            },
            {
              name: 'officeId',
              label: t('office'),
              type: 'select',
              options: options.offices,
              defaultValue: person.officeId,
            },
            {
              name: 'uiLanguage',
              label: t('language'),
              type: 'select',
              options: options.languages,
              defaultValue: person.uiLanguage,
            },
          ]}
        />
      </section>
      <section
        aria-labelledby="access-heading"
        className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-5"
      >
        <h2 id="access-heading" className="text-lg font-semibold text-brand-800">
          {t('access')}
        </h2>
        <p className="text-sm">{person.active ? t('activeNow') : t('inactiveNow')}</p>
        {person.active && person.lockedUntil && person.lockedUntil > new Date() && (
          <>
            <p className="text-sm">{t('lockedNow')}</p>
            <ActionForm
              action={reactivateAccount}
              tone="quiet"
              submitLabel={t('unlock')}
              doneMessage={t('unlocked')}
              fields={[userId]}
            />
          </>
        )}
        {person.active ? (
          <ActionForm
            action={deactivateAccount}
            tone="danger"
            submitLabel={t('deactivate')}
            doneMessage={t('deactivated')}
            fields={[userId]}
          />
        ) : (
          <ActionForm
            action={reactivateAccount}
            tone="quiet"
            submitLabel={t('reactivate')}
            doneMessage={t('reactivated')}
            fields={[userId]}
          />
        )}
        <p className="text-sm text-muted">{t('endSessionsHelp')}</p>
        <ActionForm
          action={endSessions}
          tone="quiet"
          submitLabel={t('endSessions')}
          doneMessage={t('sessionsEnded')}
          fields={[userId]}
        />
      </section>
    </div>
  );
}
