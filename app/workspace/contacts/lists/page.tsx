import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelList, PanelRow, SectionHeading } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { contactChoices } from '@/components/workspace/contact-choices';
import { MediaListForm } from '@/components/workspace/media-list-form.client';
import type { Locale } from '@/lib/i18n/locales';
import { getContactManager, listMediaContactChoices } from '@/lib/dal/media-contacts';
import { listMediaLists } from '@/lib/dal/media-lists';
import { createList } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MediaContacts'))('listsTitle') };
}

export default async function MediaListsPage() {
  const user = await getContactManager();
  const [lists, choices, t, locale] = await Promise.all([
    listMediaLists(),
    listMediaContactChoices().then(contactChoices),
    getTranslations('MediaContacts'),
    getLocale() as Promise<Locale>,
  ]);
  const own = choices.offices.some((office) => office.value === user.officeId);
  return (
    <>
      <TextLink href="/workspace/contacts" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading intro={t('listsIntro')}>{t('listsTitle')}</PageHeading>
      {lists.length === 0 ? (
        <Panel as="div" className="mb-6 px-4 py-4">
          <Muted size="base">{t('noLists')}</Muted>
        </Panel>
      ) : (
        <PanelList aria-label={t('listsTitle')} className="mb-6">
          {lists.map((list) => (
            <PanelRow key={list.id}>
              <h2 className="font-medium">
                <TextLink href={`/workspace/contacts/lists/${list.id}`}>{list.name}</TextLink>
              </h2>
              <Muted className="mt-1">
                {t(`kinds.${list.kind}`)}
                {' · '}
                {list.officeNames[locale]}
                {' · '}
                {list.kind === 'filter'
                  ? t('matching', { count: list.contacts })
                  : t('contactsInList', { count: list.contacts })}
              </Muted>
            </PanelRow>
          ))}
        </PanelList>
      )}
      <Panel aria-labelledby="new-list">
        <SectionHeading id="new-list">{t('newList')}</SectionHeading>
        <MediaListForm
          action={createList}
          defaultOfficeId={own ? user.officeId : (choices.offices[0]?.value ?? '')}
          choices={choices}
        />
      </Panel>
    </>
  );
}
