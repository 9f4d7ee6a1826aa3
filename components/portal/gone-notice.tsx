import { getTranslations } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

/** What a withdrawn release's or page's URL shows, with the 410 status its route handler sets. */
export async function GoneNotice({ locale, kind, title }: { locale: Locale; kind: 'release' | 'page'; title: string }) {
  const t = await getTranslations('Gone');
  return (
    <PortalPage locale={locale}>
      <div className="mx-auto max-w-2xl py-8">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('status')}</p>
        <h1 className="mb-4 text-3xl font-bold text-brand-800">{t(`${kind}.title`)}</h1>
        <p className="mb-6">{t(`${kind}.explanation`, { title })}</p>
        <p className="flex flex-wrap gap-4">
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
