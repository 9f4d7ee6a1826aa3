import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ChoiceOption, OfficeOption, SubscriptionChoicesText } from '@/components/portal/subscription-choices';
import { listPublicOffices, listPublicTopics } from '@/lib/dal/public-offices';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

/** The words and the offices and topics offered by the sign-up form and the preferences page. */
export async function loadSubscriptionChoices(locale: Locale): Promise<{
  text: SubscriptionChoicesText;
  offices: OfficeOption[];
  topics: ChoiceOption[];
}> {
  const [t, languageNames, allOffices, allTopics] = await Promise.all([
    getTranslations({ locale, namespace: 'Subscribe' }),
    getTranslations({ locale, namespace: 'Languages' }),
    listPublicOffices(),
    listPublicTopics(),
  ]);
  const option = (office: (typeof allOffices)[number]) => ({ value: office.code, label: office.names[locale] });
  const offices: OfficeOption[] = allOffices
    .filter((office) => office.kind !== 'country' || office.regionCode === null)
    .map((office) =>
      office.kind === 'regional'
        ? {
            value: office.code,
            label: t('wholeRegion', { name: office.names[locale] }),
            countries: allOffices
              .filter((country) => country.kind === 'country' && country.regionCode === office.code)
              .map(option),
          }
        : { ...option(office), countries: [] },
    );
  return {
    text: {
      languages: t('languages'),
      languagesHint: t('languagesHint'),
      languageChoices: [t('languageChoice.first'), t('languageChoice.second'), t('languageChoice.third')],
      noLanguage: t('noLanguage'),
      languageNames: Object.fromEntries(LOCALES.map((code) => [code, languageNames(code)])) as Record<Locale, string>,
      offices: t('offices'),
      officesHint: t('officesHint'),
      topics: t('topics'),
      topicsHint: t('topicsHint'),
    },
    offices,
    topics: allTopics.map((topic) => ({ value: topic.slug, label: topic.labels[locale] })),
  };
}
