import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelList, PanelRow, SectionHeading } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { ActionButton } from '@/components/workspace/action-button.client';
import { ActionForm } from '@/components/workspace/action-form.client';
import { contactChoices } from '@/components/workspace/contact-choices';
import { ConfirmedAction } from '@/components/workspace/confirmed-action.client';
import type { Locale } from '@/lib/i18n/locales';
import { listMediaContactChoices } from '@/lib/dal/media-contacts';
import { getMediaList } from '@/lib/dal/media-lists';
import { addListMember, deleteList, removeListMember } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/workspace/contacts/lists/[id]'>): Promise<Metadata> {
  const { id } = await params;
  return { title: (await getMediaList(id)).name };
}

export default async function MediaListPage({ params }: PageProps<'/workspace/contacts/lists/[id]'>) {
  const { id } = await params;
  const [list, choices, t, locale] = await Promise.all([
    getMediaList(id),
    listMediaContactChoices().then(contactChoices),
    getTranslations('MediaContacts'),
    getLocale() as Promise<Locale>,
  ]);
  const labelsOf = (ids: string[], options: { value: string; label: string }[]) =>
    ids.length === 0
      ? t('anyValue')
      : ids.map((value) => options.find((o) => o.value === value)?.label ?? '').join(', ');

  return (
    <>
      <TextLink href="/workspace/contacts/lists" className="text-sm">
        {t('backToLists')}
      </TextLink>
      <PageHeading
        intro={`${t(`kinds.${list.kind}`)} · ${list.officeNames[locale]}`}
        action={
          <ConfirmedAction
            action={deleteList}
            fields={{ listId: list.id }}
            label={t('deleteList')}
            confirm={{
              title: t('deleteListTitle', { name: list.name }),
              consequence: t('deleteListConsequence'),
              confirmLabel: t('deleteList'),
              cancelLabel: t('cancel'),
            }}
          />
        }
      >
        {list.name}
      </PageHeading>
      {list.filter && (
        <Panel aria-labelledby="list-filter" className="mb-6">
          <SectionHeading id="list-filter">{t('filterSummary')}</SectionHeading>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t('languages')}</dt>
            <dd>{labelsOf(list.filter.languages, choices.languages)}</dd>
            <dt className="font-medium">{t('regions')}</dt>
            <dd>{labelsOf(list.filter.officeIds, choices.regions)}</dd>
            <dt className="font-medium">{t('topics')}</dt>
            <dd>{labelsOf(list.filter.topicIds, choices.topics)}</dd>
            <dt className="font-medium">{t('beat')}</dt>
            <dd>{list.filter.beat || t('anyValue')}</dd>
          </dl>
        </Panel>
      )}
      {list.kind === 'static' && list.candidates.length > 0 && (
        <Panel aria-labelledby="add-member" className="mb-6">
          <SectionHeading id="add-member">{t('addMember')}</SectionHeading>
          <ActionForm
            action={addListMember}
            submitLabel={t('add')}
            fields={[
              { name: 'listId', label: '', type: 'hidden', defaultValue: list.id },
              {
                name: 'contactId',
                label: t('addMember'),
                type: 'select',
                options: list.candidates.map((c) => ({ value: c.id, label: `${c.name} <${c.email}>` })),
              },
            ]}
          />
        </Panel>
      )}
      <section aria-labelledby="list-members">
        <SectionHeading id="list-members">
          {list.kind === 'filter'
            ? t('matching', { count: list.contacts })
            : t('contactsInList', { count: list.contacts })}
        </SectionHeading>
        {list.members.length === 0 ? (
          <Muted size="base">{t('noMembers')}</Muted>
        ) : (
          <PanelList>
            {list.members.map((member) => (
              <PanelRow key={member.id} className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <TextLink href={`/workspace/contacts/${member.id}`}>{member.name}</TextLink>
                  <Muted>
                    {[
                      member.outlet,
                      member.email,
                      member.languages.map((l) => l.toUpperCase()).join(', '),
                      t(`statuses.${member.status}`),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Muted>
                </div>
                {list.kind === 'static' && (
                  <ActionButton
                    action={removeListMember}
                    fields={{ listId: list.id, contactId: member.id }}
                    label={t('remove')}
                    accessibleName={`${t('remove')}: ${member.name}`}
                  />
                )}
              </PanelRow>
            ))}
          </PanelList>
        )}
        {list.contacts > list.members.length && <Muted className="mt-2">{t('shownFirst')}</Muted>}
      </section>
    </>
  );
}
