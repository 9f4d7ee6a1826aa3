import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { contactChoices } from '@/components/workspace/contact-choices';
import { ContactImport } from '@/components/workspace/contact-import.client';
import { getContactManager, listMediaContactChoices } from '@/lib/dal/media-contacts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MediaContacts'))('importTitle') };
}

export default async function ImportMediaContactsPage() {
  const user = await getContactManager();
  const [choices, t] = await Promise.all([
    listMediaContactChoices().then(contactChoices),
    getTranslations('MediaContacts'),
  ]);
  const own = choices.offices.some((office) => office.value === user.officeId);
  return (
    <>
      <TextLink href="/workspace/contacts" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading intro={t('importIntro')}>{t('importTitle')}</PageHeading>
      <ContactImport
        offices={choices.offices.map(({ value, label }) => ({ value, label }))}
        defaultOfficeId={own ? user.officeId : (choices.offices[0]?.value ?? '')}
      />
    </>
  );
}
