import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';
import { listOfficesForNewRelease, listTopicChoices } from '@/lib/dal/release-drafts';
import { listTemplatesForNewRelease } from '@/lib/dal/release-templates';
import { getCurrentUser } from '@/lib/dal/session';
import type { Locale } from '@/lib/i18n/locales';
import { NewReleaseForm } from './new-release-form.client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NewRelease'))('heading') };
}

export default async function NewReleasePage() {
  const [user, offices, templates, topics, t, locale] = await Promise.all([
    getCurrentUser(),
    listOfficesForNewRelease(),
    listTemplatesForNewRelease(),
    listTopicChoices(),
    getTranslations('NewRelease'),
    getLocale() as Promise<Locale>,
  ]);
  const topicLabel = new Map(topics.map((topic) => [topic.id, topic.labels[locale]]));
  const own = offices.find((office) => office.id === user.officeId) ?? offices[0];
  return (
    <Panel as="div" padding="lg" className="max-w-2xl">
      <PageHeading intro={t('help')}>{t('heading')}</PageHeading>
      <NewReleaseForm
        offices={offices.map((office) => ({
          id: office.id,
          name: office.names[locale],
          defaultLanguage: office.defaultLanguage,
        }))}
        officeId={own?.id ?? user.officeId}
        templates={templates.map((template) => ({
          id: template.id,
          name: template.name,
          language: template.language,
          officeId: template.officeId,
          description: [
            template.sections
              .map((section) => section.heading)
              .filter(Boolean)
              .join(', '),
            template.topicIds.length
              ? t('templateTopics', {
                  topics: template.topicIds.flatMap((id) => topicLabel.get(id) ?? []).join(', '),
                })
              : '',
            t('templateContacts', { count: template.officerIds.length }),
          ]
            .filter(Boolean)
            .join(' · '),
        }))}
      />
    </Panel>
  );
}
