import { getTranslations } from 'next-intl/server';
import { StatusNotice } from '@/components/portal/status-notice';
import type { Locale } from '@/lib/i18n/locales';

/** What a withdrawn release's or page's URL shows, with the 410 status its route handler sets. */
export async function GoneNotice({ locale, kind, title }: { locale: Locale; kind: 'release' | 'page'; title: string }) {
  const t = await getTranslations('Gone');
  return (
    <StatusNotice
      locale={locale}
      status={t('status')}
      title={t(`${kind}.title`)}
      explanation={t(`${kind}.explanation`, { title })}
      labels={{ latestNews: t('latestNews'), home: t('home') }}
    />
  );
}
