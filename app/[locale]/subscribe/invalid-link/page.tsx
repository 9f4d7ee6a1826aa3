import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InvalidLinkNotice } from '@/components/portal/invalid-link-notice';
import { answerWithStatus } from '@/lib/cache/page-status';
import type { Locale } from '@/lib/i18n/locales';

/*
 * Where a used, expired or forged confirmation or preferences link is sent. Those pages render for
 * each request, and a notFound() there answers an empty page that only JavaScript fills in; this
 * one is cached with its 404 (lib/cache/page-status), so a reader without JavaScript reads why.
 */
export const dynamic = 'force-static';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/invalid-link'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return { title: t('invalidLink.title'), robots: { index: false, follow: false } };
}

export default async function InvalidSubscriptionLinkPage({ params }: PageProps<'/[locale]/subscribe/invalid-link'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await answerWithStatus(404);
  return <InvalidLinkNotice locale={locale} />;
}
