import { getLocale, getTranslations } from 'next-intl/server';
import { StatusNotice } from '@/components/portal/status-notice';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/locales';

export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations('NotFound');
  return (
    <StatusNotice
      locale={locale}
      status={t('status')}
      title={t('title')}
      explanation={t('explanation')}
      labels={{ search: t('search'), latestNews: t('latestNews'), home: t('home') }}
    />
  );
}
