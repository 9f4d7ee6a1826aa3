import { getLocale, getTranslations } from 'next-intl/server';
import { MEDIA_CONTACT_STATUSES } from '@/db/schema/media-contacts';
import type { ContactChoiceDTO } from '@/lib/dal/media-contacts';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

/** The contact screens' choices, labelled in the reader's language. */
export async function contactChoices(choices: ContactChoiceDTO) {
  const [locale, t, languages] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations('MediaContacts'),
    getTranslations('Languages'),
  ]);
  return {
    offices: choices.offices.map((office) => ({ value: office.id, label: office.names[locale], code: office.code })),
    regions: choices.regions.map((office) => ({ value: office.id, label: office.names[locale], code: office.code })),
    topics: choices.topics.map((topic) => ({ value: topic.id, label: topic.labels[locale], code: topic.slug })),
    languages: LOCALES.map((language) => ({ value: language, label: languages(language) })),
    statuses: MEDIA_CONTACT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
  };
}
