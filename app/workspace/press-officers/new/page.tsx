import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { PressOfficerForm } from '@/components/workspace/press-officer-form.client';
import { getDirectoryKeeper, listDirectoryOffices } from '@/lib/dal/press-officers';
import type { Locale } from '@/lib/i18n/locales';
import { addPressOfficer } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('PressOfficers'))('add') };
}

export default async function NewPressOfficerPage() {
  const user = await getDirectoryKeeper();
  const [offices, t, locale] = await Promise.all([
    listDirectoryOffices(),
    getTranslations('PressOfficers'),
    getLocale() as Promise<Locale>,
  ]);
  const own = offices.some((office) => office.id === user.officeId);
  return (
    <>
      <TextLink href="/workspace/press-officers" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading>{t('add')}</PageHeading>
      <Panel padding="lg" className="max-w-2xl">
        <PressOfficerForm
          action={addPressOfficer}
          submitLabel={t('create')}
          offices={offices.map((office) => ({ value: office.id, label: office.names[locale] }))}
          values={{
            officeId: own ? user.officeId : (offices[0]?.id ?? ''),
            name: '',
            role: '',
            email: '',
            phones: [],
            languages: [],
          }}
        />
      </Panel>
    </>
  );
}
