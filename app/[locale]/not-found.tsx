import { getLocale } from 'next-intl/server';
import { NotFoundNotice } from '@/components/portal/not-found-notice';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/locales';

export default async function NotFound() {
  const requested = await getLocale();
  return <NotFoundNotice locale={isLocale(requested) ? requested : DEFAULT_LOCALE} />;
}
