import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { Muted } from '@/components/ui/muted';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import { loadSubscriptionChoices } from './choices';
import { SubscribeForm } from './subscribe-form.client';

// A posted form comes back on this page with its answer: it is drawn for each request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return {
    title: t('title'),
    description: t('intro'),
    alternates: {
      canonical: absoluteUrl(portalPaths.subscribe(locale)),
      languages: Object.fromEntries(LOCALES.map((other) => [other, absoluteUrl(portalPaths.subscribe(other))])),
    },
  };
}

export default async function SubscribePage({ params }: PageProps<'/[locale]/subscribe'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, choices] = await Promise.all([getTranslations('Subscribe'), loadSubscriptionChoices(locale)]);
  const keys = <K extends string>(prefix: string, codes: readonly K[]) =>
    Object.fromEntries(codes.map((code) => [code, t(`${prefix}.${code}` as Parameters<typeof t>[0])]));

  return (
    <PortalPage
      locale={locale}
      alternates={Object.fromEntries(LOCALES.map((language) => [language, portalPaths.subscribe(language)]))}
    >
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-3 text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mb-8 text-lg">{t('intro')}</p>
        <SubscribeForm
          locale={locale}
          offices={choices.offices}
          topics={choices.topics}
          text={{
            email: t('email'),
            submit: t('submit'),
            correct: t('correct'),
            errors: keys('errors', [
              'required',
              'invalid_email',
              'too_long',
              'too_many',
              'control_characters',
              'unknown_choice',
              'unknown_language',
            ]),
            refused: keys('refused', ['rate_limited', 'unknown_choice']),
            choices: choices.text,
          }}
        />
        <Muted className="mt-8">{t('privacy')}</Muted>
      </div>
    </PortalPage>
  );
}
