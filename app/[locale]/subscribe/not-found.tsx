import { getLocale, getTranslations } from 'next-intl/server';
import { StatusNotice } from '@/components/portal/status-notice';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

/** A confirmation or preferences link that is used, expired, incomplete or forged (404). */
export default async function SubscriptionLinkNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return (
    <StatusNotice
      locale={locale}
      status={t('invalidLink.status')}
      title={t('invalidLink.title')}
      explanation={t('invalidLink.body')}
      labels={{ latestNews: t('sent.back'), home: t('invalidLink.home') }}
      lead={{ href: portalPaths.subscribe(locale), label: t('invalidLink.subscribe') }}
    />
  );
}
