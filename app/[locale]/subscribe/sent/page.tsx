import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { TextLink } from '@/components/ui/text-link';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/sent'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return { title: t('sent.title'), robots: { index: false } };
}

/** Where every accepted request lands, whatever the address: it says nothing about who is subscribed. */
export default async function SubscriptionSentPage({ params }: PageProps<'/[locale]/subscribe/sent'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('Subscribe');
  return (
    <PortalPage locale={locale}>
      <div className="mx-auto max-w-2xl py-4">
        <h1 className="mb-4 text-3xl font-bold text-brand-800">{t('sent.title')}</h1>
        <p className="mb-4 text-lg" role="status">
          {t('sent.body')}
        </p>
        <p className="mb-8">{t('sent.spam')}</p>
        <p className="flex flex-wrap gap-4">
          <TextLink href={portalPaths.subscribe(locale)}>{t('invalidLink.subscribe')}</TextLink>
          <TextLink href={portalPaths.news(locale)}>{t('sent.back')}</TextLink>
        </p>
      </div>
    </PortalPage>
  );
}
