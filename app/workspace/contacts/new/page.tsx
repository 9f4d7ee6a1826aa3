import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { contactChoices } from '@/components/workspace/contact-choices';
import { ContactForm } from '@/components/workspace/contact-form.client';
import { getContactManager, listMediaContactChoices } from '@/lib/dal/media-contacts';
import { createContact } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MediaContacts'))('newContact') };
}

export default async function NewMediaContactPage() {
  const user = await getContactManager();
  const [choices, t] = await Promise.all([
    listMediaContactChoices().then(contactChoices),
    getTranslations('MediaContacts'),
  ]);
  const ownOffice = choices.offices.some((office) => office.value === user.officeId);
  return (
    <>
      <TextLink href="/workspace/contacts" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading>{t('newContact')}</PageHeading>
      <Panel>
        <ContactForm
          action={createContact}
          submitLabel={t('create')}
          choices={choices}
          values={{
            officeId: ownOffice ? user.officeId : (choices.offices[0]?.value ?? ''),
            name: '',
            outlet: '',
            email: '',
            languages: [],
            regionIds: [],
            topicIds: [],
            beat: '',
            phone: '',
            notes: '',
            consentSource: '',
            consentDate: null,
            status: 'active',
          }}
        />
      </Panel>
    </>
  );
}
