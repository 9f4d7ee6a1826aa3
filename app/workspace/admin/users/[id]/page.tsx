import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { fieldOptions } from '@/components/workspace/field-options';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import { getUserForAdmin } from '@/lib/dal/users';
import { deactivateAccount, endSessions, reactivateAccount, updateAccount } from '../actions';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, SectionHeading } from '@/components/ui/panel';

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
      <Panel aria-labelledby="edit-heading" padding="lg">
        <PageHeading id="edit-heading" intro={person.email}>
          {person.name}
        </PageHeading>
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
      </Panel>
      <Panel aria-labelledby="access-heading" padding="lg" className="flex flex-col gap-4">
        <SectionHeading id="access-heading">{t('access')}</SectionHeading>
        <p className="text-sm">{person.active ? t('activeNow') : t('inactiveNow')}</p>
        {person.active && person.lockedUntil && person.lockedUntil > new Date() && (
          <>
            <p className="text-sm">{t('lockedNow')}</p>
            <ActionForm
              action={reactivateAccount}
              variant="secondary"
              submitLabel={t('unlock')}
              doneMessage={t('unlocked')}
              fields={[userId]}
            />
          </>
        )}
        {person.active ? (
          <ActionForm
            action={deactivateAccount}
            variant="danger"
            submitLabel={t('deactivate')}
            doneMessage={t('deactivated')}
            fields={[userId]}
          />
        ) : (
          <ActionForm
            action={reactivateAccount}
            variant="secondary"
            submitLabel={t('reactivate')}
            doneMessage={t('reactivated')}
            fields={[userId]}
          />
        )}
        <Muted>{t('endSessionsHelp')}</Muted>
        <ActionForm
          action={endSessions}
          variant="secondary"
          submitLabel={t('endSessions')}
          doneMessage={t('sessionsEnded')}
          fields={[userId]}
        />
      </Panel>
    </div>
  );
}
