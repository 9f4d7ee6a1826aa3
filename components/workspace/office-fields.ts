import { getLocale, getTranslations } from 'next-intl/server';
import type { OfficeAdminDTO } from '@/lib/dal/offices';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { zoneDisplayName } from '@/lib/time/zone-name';
import { TIME_ZONE_CHOICES } from '@/lib/validation/time-zone';
import type { FieldSpec } from './action-form.client';

/** The fields an office has after creation, filled from `office` when editing. */
export async function officeFields(offices: OfficeAdminDTO[], office?: OfficeAdminDTO): Promise<FieldSpec[]> {
  const [t, workspace, locale] = await Promise.all([
    getTranslations('AdminOffices'),
    getTranslations('Workspace'),
    getLocale() as Promise<Locale>,
  ]);
  const parents = offices.filter((candidate) => candidate.kind !== 'country' && candidate.id !== office?.id);
  return [
    {
      name: 'parentId',
      label: t('parent'),
      type: 'select',
      defaultValue: office?.parentId ?? '',
      hint: t('parentHint'),
      options: [
        { value: '', label: t('noParent') },
        ...parents.map((parent) => ({ value: parent.id, label: parent.names[locale] })),
      ],
    },
    {
      name: 'nameFr',
      label: t('nameIn', { language: workspace('languages.fr') }),
      type: 'text',
      defaultValue: office?.names.fr,
      required: true,
    },
    {
      name: 'nameEn',
      label: t('nameIn', { language: workspace('languages.en') }),
      type: 'text',
      defaultValue: office?.names.en,
      required: true,
    },
    {
      name: 'nameEs',
      label: t('nameIn', { language: workspace('languages.es') }),
      type: 'text',
      defaultValue: office?.names.es,
      required: true,
    },
    ...LOCALES.map((language): FieldSpec => ({
      name: `city${language[0]!.toUpperCase()}${language[1]}`,
      label: t('cityIn', { language: workspace(`languages.${language}`) }),
      type: 'text',
      defaultValue: office?.cities[language],
      required: true,
    })),
    {
      name: 'countryCode',
      label: t('countryCode'),
      type: 'text',
      defaultValue: office?.countryCode,
      hint: t('countryCodeHint'),
      required: true,
    },
    {
      name: 'timeZone',
      label: t('timeZone'),
      type: 'select',
      defaultValue: office?.timeZone ?? 'UTC',
      options: TIME_ZONE_CHOICES.map((zone) => ({
        value: zone,
        label: zoneDisplayName(zone, locale),
      })),
    },
    {
      name: 'defaultLanguage',
      label: t('defaultLanguage'),
      type: 'select',
      defaultValue: office?.defaultLanguage,
      options: LOCALES.map((language) => ({ value: language, label: workspace(`languages.${language}`) })),
    },
  ];
}
