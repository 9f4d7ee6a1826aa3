import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatusNotice } from '@/components/portal/status-notice';
import type { Locale } from '@/lib/i18n/locales';

/** What a withdrawn release's or page's URL shows, with a 410 status. */
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

/** The head of a page showing GoneNotice: its title, and no indexing. */
export async function goneMetadata(locale: Locale, kind: 'release' | 'page'): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Gone' });
  return { title: t(`${kind}.title`), robots: { index: false } };
}
