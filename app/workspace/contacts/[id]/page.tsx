import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, SectionHeading } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { contactChoices } from '@/components/workspace/contact-choices';
import { ContactForm } from '@/components/workspace/contact-form.client';
import { ConfirmedAction } from '@/components/workspace/confirmed-action.client';
import { getMediaContact, listMediaContactChoices } from '@/lib/dal/media-contacts';
import { eraseContact, updateContact } from '../actions';

export async function generateMetadata({ params }: PageProps<'/workspace/contacts/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const contact = await getMediaContact(id);
  return { title: (await getTranslations('MediaContacts'))('editTitle', { name: contact.name }) };
}

export default async function MediaContactPage({ params }: PageProps<'/workspace/contacts/[id]'>) {
  const { id } = await params;
  const [contact, choices, t] = await Promise.all([
    getMediaContact(id),
    listMediaContactChoices().then(contactChoices),
    getTranslations('MediaContacts'),
  ]);
  return (
    <>
      <TextLink href="/workspace/contacts" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading>{t('editTitle', { name: contact.name })}</PageHeading>
      <Panel>
        <ContactForm
          action={updateContact}
          submitLabel={t('save')}
          choices={choices}
          values={{ ...contact, contactId: contact.id }}
        />
      </Panel>
      <Panel className="mt-6" aria-labelledby="contact-privacy">
        <SectionHeading id="contact-privacy">{t('privacy')}</SectionHeading>
        <Muted size="base" className="mb-4">
          {t('privacyIntro')}
        </Muted>
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={`/workspace/contacts/${contact.id}/export?format=json`}
            className={buttonClass({ variant: 'secondary' })}
            download
          >
            {t('exportJson')}
          </a>
          <a
            href={`/workspace/contacts/${contact.id}/export?format=csv`}
            className={buttonClass({ variant: 'secondary' })}
            download
          >
            {t('exportOneCsv')}
          </a>
          <ConfirmedAction
            action={eraseContact}
            fields={{ contactId: contact.id }}
            label={t('erase')}
            confirm={{
              title: t('eraseTitle', { name: contact.name }),
              consequence: t('eraseConsequence'),
              confirmLabel: t('eraseConfirm'),
              cancelLabel: t('cancel'),
            }}
          />
        </div>
      </Panel>
    </>
  );
}
