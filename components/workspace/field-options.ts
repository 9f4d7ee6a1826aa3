import { getLocale, getTranslations } from 'next-intl/server';
import type { OfficeAdminDTO } from '@/lib/dal/offices';
import { ROLES } from '@/lib/auth/roles';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

/** Select options shared by the admin forms, labelled in the reader's language. */
export async function fieldOptions(offices: OfficeAdminDTO[]) {
  const [t, locale] = await Promise.all([getTranslations('Workspace'), getLocale() as Promise<Locale>]);
  return {
    roles: ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    languages: LOCALES.map((language) => ({ value: language, label: t(`languages.${language}`) })),
    // Indented by depth, so the select shows the hierarchy.
    offices: offices.map((office) => ({
      value: office.id,
      label: `${'\u00a0\u00a0'.repeat(office.depth)}${office.names[locale]}`,
    })),
  };
}
