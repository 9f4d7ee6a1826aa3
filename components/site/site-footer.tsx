import { getTranslations } from 'next-intl/server';
import type { MenuItemDTO } from '@/lib/dal/menus';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

export async function SiteFooter({ locale, menu }: { locale: Locale; menu: MenuItemDTO[] }) {
  const t = await getTranslations('Site');
  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50 no-print">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-muted md:flex-row md:justify-between">
        <p>{t('footerNote')}</p>
        <nav aria-label={t('footerNavigation')}>
          <ul className="flex flex-wrap gap-4">
            {menu.map((item) =>
              item.href ? (
                <li key={item.id}>
                  <a href={item.href} className="underline-offset-2 hover:text-brand-700 hover:underline">
                    {item.label}
                  </a>
                </li>
              ) : null,
            )}
            <li>
              <a
                href={portalPaths.subscribe(locale)}
                className="underline-offset-2 hover:text-brand-700 hover:underline"
              >
                {t('subscribeLink')}
              </a>
            </li>
            <li>
              <a href={portalPaths.rss(locale)} className="underline-offset-2 hover:text-brand-700 hover:underline">
                {t('rssLink')}
              </a>
            </li>
            <li>
              <a href={portalPaths.atom(locale)} className="underline-offset-2 hover:text-brand-700 hover:underline">
                {t('atomLink')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
