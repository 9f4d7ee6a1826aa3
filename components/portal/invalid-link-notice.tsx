import { getTranslations } from 'next-intl/server';
import { StatusNotice } from '@/components/portal/status-notice';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

/** A confirmation or preferences link that is used, expired, incomplete or forged (served with a 404). */
export async function InvalidLinkNotice({ locale }: { locale: Locale }) {
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
