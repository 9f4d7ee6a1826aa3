import { getLocale } from 'next-intl/server';
import { InvalidLinkNotice } from '@/components/portal/invalid-link-notice';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';

export default async function InvalidLink() {
  const requested = await getLocale();
  return <InvalidLinkNotice locale={isLocale(requested) ? requested : DEFAULT_LOCALE} />;
}
