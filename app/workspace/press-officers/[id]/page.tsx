import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, SectionHeading } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { ConfirmedAction } from '@/components/workspace/confirmed-action.client';
import { PressOfficerForm } from '@/components/workspace/press-officer-form.client';
import { getPressOfficerForEdit, listDirectoryOffices } from '@/lib/dal/press-officers';
import type { Locale } from '@/lib/i18n/locales';
import { removePressOfficer, savePressOfficer } from '../actions';

export async function generateMetadata({ params }: PageProps<'/workspace/press-officers/[id]'>): Promise<Metadata> {
  const officer = await getPressOfficerForEdit((await params).id);
  return { title: (await getTranslations('PressOfficers'))('editTitle', { name: officer.name }) };
}

export default async function PressOfficerPage({ params }: PageProps<'/workspace/press-officers/[id]'>) {
  const officer = await getPressOfficerForEdit((await params).id);
  const [offices, t, locale] = await Promise.all([
    listDirectoryOffices(),
    getTranslations('PressOfficers'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <TextLink href="/workspace/press-officers" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading intro={t('editIntro')}>{t('editTitle', { name: officer.name })}</PageHeading>
      <Panel padding="lg" className="max-w-2xl">
        <PressOfficerForm
          action={savePressOfficer}
          submitLabel={t('save')}
          offices={offices.map((office) => ({ value: office.id, label: office.names[locale] }))}
          values={{
            officerId: officer.id,
            officeId: officer.officeId,
            name: officer.name,
            role: officer.role,
            email: officer.email,
            phones: officer.phones,
            languages: officer.languages,
          }}
        />
      </Panel>
      <Panel className="mt-6 max-w-2xl" tone="danger" aria-labelledby="officer-remove">
        <SectionHeading id="officer-remove">{t('remove')}</SectionHeading>
        <Muted size="base" className="mb-4">
          {t('removeIntro')}
        </Muted>
        <ConfirmedAction
          action={removePressOfficer}
          fields={{ officerId: officer.id }}
          label={t('remove')}
          confirm={{
            title: t('removeTitle', { name: officer.name }),
            consequence: t('removeIntro'),
            confirmLabel: t('removeConfirm'),
            cancelLabel: t('cancel'),
          }}
        />
      </Panel>
    </>
  );
}
