import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatusNotice } from '@/components/portal/status-notice';
import type { Locale } from '@/lib/i18n/locales';

/** What an address that was never in use shows, with ways on to search and the news. */
export async function NotFoundNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
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

/** The head of a page showing NotFoundNotice: its title, and no indexing. */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}
