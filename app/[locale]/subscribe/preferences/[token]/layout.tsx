import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

// The language is set here, above this segment's not-found page, which has no params to read it from.
export default async function SubscriptionLinkLayout({
  children,
  params,
}: LayoutProps<'/[locale]/subscribe/preferences/[token]'>) {
  setRequestLocale((await params).locale as Locale);
  return children;
}
