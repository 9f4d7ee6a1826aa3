import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { ActionForm } from '@/components/workspace/action-form.client';
import { listTopicsForAdmin } from '@/lib/dal/topic-admin';
import type { Locale } from '@/lib/i18n/locales';
import { addTopic, mergeTopicInto, retireTopicNow, saveTopicLabels } from './actions';
import { Panel, PanelList, PanelRow, SectionHeading } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminTopics'))('heading') };
}

export default async function TopicsPage() {
  const [topics, t, locale] = await Promise.all([
    listTopicsForAdmin(),
    getTranslations('AdminTopics'),
    getLocale() as Promise<Locale>,
  ]);
  const active = topics.filter((topic) => !topic.retired);
  return (
    <>
      <PageHeading>{t('heading')}</PageHeading>
      <PanelList className="mb-8">
        {topics.map((topic) => (
          <PanelRow key={topic.id}>
            <details>
              <summary className="cursor-pointer">
                <span className="font-medium text-brand-800">{topic.labels[locale]}</span>{' '}
                <Muted as="span">
                  {topic.slug} · {t('releases', { count: topic.releases })}
                  {topic.mergedIntoSlug
                    ? ` · ${t('mergedInto', { slug: topic.mergedIntoSlug })}`
                    : topic.retired
                      ? ` · ${t('retired')}`
                      : ''}
                </Muted>
              </summary>
              {!topic.retired && (
                <div className="mt-4 grid gap-6 md:grid-cols-2">
                  <ActionForm
                    action={saveTopicLabels}
                    submitLabel={t('rename')}
                    doneMessage={t('renamed')}
                    fields={[
                      { name: 'topicId', label: '', type: 'hidden', defaultValue: topic.id },
                      {
                        name: 'labelFr',
                        label: t('labelFr'),
                        type: 'text',
                        defaultValue: topic.labels.fr,
                        required: true,
                      },
                      {
                        name: 'labelEn',
                        label: t('labelEn'),
                        type: 'text',
                        defaultValue: topic.labels.en,
                        required: true,
                      },
                      {
                        name: 'labelEs',
                        label: t('labelEs'),
                        type: 'text',
                        defaultValue: topic.labels.es,
                        required: true,
                      },
                    ]}
                  />
                  <div className="flex flex-col gap-6">
                    <ActionForm
                      action={mergeTopicInto}
                      submitLabel={t('merge')}
                      doneMessage={t('merged')}
                      variant="secondary"
                      fields={[
                        { name: 'topicId', label: '', type: 'hidden', defaultValue: topic.id },
                        {
                          name: 'intoId',
                          label: t('mergeInto'),
                          type: 'select',
                          hint: t('mergeHint'),
                          options: [
                            { value: '', label: '—' },
                            ...active
                              .filter((other) => other.id !== topic.id)
                              .map((other) => ({ value: other.id, label: other.labels[locale] })),
                          ],
                        },
                      ]}
                    />
                    <div>
                      <Muted className="mb-2">{t('retireHint')}</Muted>
                      <ActionButton
                        action={retireTopicNow}
                        fields={{ topicId: topic.id }}
                        label={t('retire')}
                        accessibleName={`${t('retire')}: ${topic.labels[locale]}`}
                        variant="danger"
                      />
                    </div>
                  </div>
                </div>
              )}
            </details>
          </PanelRow>
        ))}
      </PanelList>
      <Panel aria-labelledby="add-topic" padding="lg" className="max-w-xl">
        <SectionHeading id="add-topic" size="xl" className="mb-4">
          {t('create')}
        </SectionHeading>
        <ActionForm
          action={addTopic}
          submitLabel={t('createSubmit')}
          doneMessage={t('created')}
          fields={[
            { name: 'slug', label: t('slug'), type: 'text', hint: t('slugHint'), required: true },
            { name: 'labelFr', label: t('labelFr'), type: 'text', required: true },
            { name: 'labelEn', label: t('labelEn'), type: 'text', required: true },
            { name: 'labelEs', label: t('labelEs'), type: 'text', required: true },
          ]}
        />
      </Panel>
    </>
  );
}
