import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { ActionForm } from '@/components/workspace/action-form.client';
import { listTopicsForAdmin } from '@/lib/dal/topic-admin';
import type { Locale } from '@/lib/i18n/locales';
import { addTopic, mergeTopicInto, retireTopicNow, saveTopicLabels } from './actions';

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
      <h1 className="mb-6 text-2xl font-bold text-brand-800">{t('heading')}</h1>
      <ul className="mb-8 divide-y divide-brand-50 rounded-lg border border-brand-100 bg-white">
        {topics.map((topic) => (
          <li key={topic.id} className="px-4 py-3">
            <details>
              <summary className="cursor-pointer">
                <span className="font-medium text-brand-800">{topic.labels[locale]}</span>{' '}
                <span className="text-sm text-muted">
                  {topic.slug} · {t('releases', { count: topic.releases })}
                  {topic.mergedIntoSlug
                    ? ` · ${t('mergedInto', { slug: topic.mergedIntoSlug })}`
                    : topic.retired
                      ? ` · ${t('retired')}`
                      : ''}
                </span>
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
                      tone="quiet"
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
                      <p className="mb-2 text-sm text-muted">{t('retireHint')}</p>
                      <ActionButton
                        action={retireTopicNow}
                        fields={{ topicId: topic.id }}
                        label={t('retire')}
                        accessibleName={`${t('retire')}: ${topic.labels[locale]}`}
                        tone="danger"
                      />
                    </div>
                  </div>
                </div>
              )}
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-topic" className="max-w-xl rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="add-topic" className="mb-4 text-xl font-semibold text-brand-800">
          {t('create')}
        </h2>
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
      </section>
    </>
  );
}
