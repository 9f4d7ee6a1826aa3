import { SiteHeader, type LanguageAlternates } from '@/components/site/site-header';
import { listMenu } from '@/lib/dal/menus';
import type { Locale } from '@/lib/i18n/locales';

/** The header and main landmark of every portal page; the language links follow the page's translations. */
export async function PortalPage({
  locale,
  alternates,
  children,
}: {
  locale: Locale;
  alternates?: LanguageAlternates;
  children: React.ReactNode;
}) {
  const menu = await listMenu('header', locale);
  return (
    <>
      <SiteHeader locale={locale} menu={menu} alternates={alternates} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
