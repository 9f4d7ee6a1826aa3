import { getLocale, getTranslations } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations('NotFound');
  return (
    <PortalPage locale={locale}>
      <div className="mx-auto max-w-2xl py-8">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('status')}</p>
        <h1 className="mb-4 text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mb-6">{t('explanation')}</p>
        <p className="flex flex-wrap gap-4">
          <a href={portalPaths.search(locale)} className="font-medium text-brand-700 underline">
            {t('search')}
          </a>
          <a href={portalPaths.news(locale)} className="font-medium text-brand-700 underline">
            {t('latestNews')}
          </a>
          <a href={portalPaths.home(locale)} className="font-medium text-brand-700 underline">
            {t('home')}
          </a>
        </p>
      </div>
    </PortalPage>
  );
}
