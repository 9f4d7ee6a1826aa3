import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { listMenu } from '@/lib/dal/menus';
import { isLocale } from '@/lib/i18n/locales';
import '../globals.css';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return { title: { default: t('siteName'), template: `%s · ${t('siteName')}` }, description: t('tagline') };
}

export default async function PortalLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Site');
  const [header, footer] = await Promise.all([listMenu('header', locale), listMenu('footer', locale)]);

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">
        <NextIntlClientProvider>
          <SkipLink label={t('skipToContent')} />
          <SiteHeader locale={locale} menu={header} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter menu={footer} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
