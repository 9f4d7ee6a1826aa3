import { getLocale, getTranslations } from 'next-intl/server';
import { listDirectoryOffices, listPressOfficers } from '@/lib/dal/press-officers';
import { listTopicChoices } from '@/lib/dal/release-drafts';
import { getCurrentUser } from '@/lib/dal/session';
import type { Locale } from '@/lib/i18n/locales';

/** The choices of the template form: where it is offered (the organisation first, for those who keep it), topics, directory entries. */
export async function templateChoices() {
  const [user, offices, topics, officers, t, locale] = await Promise.all([
    getCurrentUser(),
    listDirectoryOffices(),
    listTopicChoices(),
    listPressOfficers(),
    getTranslations('ReleaseTemplates'),
    getLocale() as Promise<Locale>,
  ]);
  return {
    keepsOrganisation: user.scope.kind === 'all',
    offices: [
      ...(user.scope.kind === 'all' ? [{ value: '', label: t('organisation') }] : []),
      ...offices.map((office) => ({ value: office.id, label: office.names[locale] })),
    ],
    topics: topics.map((topic) => ({ value: topic.id, label: topic.labels[locale] })),
    officers: officers.map((officer) => ({
      value: officer.id,
      label: officer.name,
      office: officer.officeNames[locale],
    })),
  };
}
