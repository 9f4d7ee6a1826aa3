import { Button } from '@/components/ui/button';
import { getTranslations } from 'next-intl/server';
import type { MenuItemDTO } from '@/lib/dal/menus';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALES } from '@/lib/i18n/locales';

function MenuLink({ item, className }: { item: MenuItemDTO; className: string }) {
  return item.href ? (
    <a href={item.href} className={className}>
      {item.label}
    </a>
  ) : (
    <span className={className}>{item.label}</span>
  );
}

/** Where each language link goes: the translation of the page shown, else that language's home. */
export type LanguageAlternates = Partial<Record<Locale, string>>;

/** Works without JavaScript: sub-menus are always listed, the small-screen menu is a <details>. */
export async function SiteHeader({
  locale,
  menu,
  alternates = {},
}: {
  locale: Locale;
  menu: MenuItemDTO[];
  alternates?: LanguageAlternates;
}) {
  const t = await getTranslations('Site');
  const languageNames = await getTranslations('Languages');
  const navigation = (
    // A long label wraps inside its own item, so the row stays one row instead of leaving an orphan below.
    <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:items-start md:gap-x-6">
      {menu.map((item) => (
        <li key={item.id} className="group relative md:max-w-60">
          <MenuLink
            item={item}
            className="block py-2 font-medium leading-snug text-ink hover:text-brand-700 hover:underline"
          />
          {item.children.length > 0 && (
            <ul className="mb-2 ml-4 border-l border-brand-100 pl-3 md:absolute md:left-0 md:top-full md:z-20 md:ml-0 md:hidden md:min-w-64 md:rounded md:border md:bg-white md:p-3 md:shadow-lg md:group-focus-within:block md:group-hover:block">
              {item.children.map((child) => (
                <li key={child.id}>
                  <MenuLink
                    item={child}
                    className="block py-1.5 text-sm text-muted hover:text-brand-700 hover:underline"
                  />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <header className="border-b border-brand-100 bg-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <a href={`/${locale}`} className="text-xl font-bold tracking-tight text-brand-800">
          {t('siteName')}
        </a>
        <form
          action={`/${locale}/search`}
          method="get"
          role="search"
          aria-label={t('searchLabel')}
          className="order-last flex w-full gap-2 md:order-none md:w-auto"
        >
          <label htmlFor="site-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            maxLength={200}
            placeholder={t('searchPlaceholder')}
            className="min-w-0 flex-1 rounded border border-muted px-3 py-1.5 text-sm md:w-56"
          />
          <Button type="submit" size="sm">
            {t('searchButton')}
          </Button>
        </form>
        <nav aria-label={t('languages')}>
          <ul className="flex gap-3 text-sm">
            {LOCALES.map((language) => (
              <li key={language}>
                <a
                  href={alternates[language] ?? `/${language}`}
                  hrefLang={language}
                  lang={language}
                  aria-current={language === locale ? 'true' : undefined}
                  className="rounded px-2 py-1 text-muted hover:text-brand-700 hover:underline aria-[current]:bg-brand-50 aria-[current]:font-semibold aria-[current]:text-brand-800"
                >
                  {languageNames(language)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <nav aria-label={t('mainNavigation')} className="mx-auto max-w-6xl px-4 pb-2">
        <details className="md:hidden">
          <summary className="cursor-pointer py-2 font-medium">{t('menu')}</summary>
          {navigation}
        </details>
        <div className="hidden md:block">{navigation}</div>
      </nav>
    </header>
  );
}
