import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteFooter } from '@/components/site/site-footer';
import { SkipLink } from '@/components/site/skip-link';
import { listMenu } from '@/lib/dal/menus';
import { isLocale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths, siteUrl } from '@/lib/portal/urls';
import '../globals.css';

// Nothing is rendered at build time (the build never opens the database): each page is
// rendered on its first request, then served from Next's cache until a tag is invalidated.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('tagline'),
    openGraph: { siteName: t('siteName'), locale, type: 'website' },
    twitter: { card: 'summary' },
    alternates: {
      types: {
        'application/rss+xml': [{ url: absoluteUrl(portalPaths.rss(locale)), title: t('rssTitle') }],
        'application/atom+xml': [{ url: absoluteUrl(portalPaths.atom(locale)), title: t('atomTitle') }],
      },
    },
  };
}

export default async function PortalLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Site');
  const footer = await listMenu('footer', locale);

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">
        {/* No NextIntlClientProvider: the portal's one client component (the subscription form) gets its words translated, so it ships no i18n runtime. */}
        <SkipLink label={t('skipToContent')} />
        {children}
        <SiteFooter locale={locale} menu={footer} />
      </body>
    </html>
  );
}
