import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { Button } from '@/components/ui/button';
import { isPendingConfirmation } from '@/lib/dal/subscribers';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';
import { confirm } from '../../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/subscribe/confirm/[token]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return { title: t('confirm.title'), robots: { index: false, follow: false } };
}

/**
 * Opening the link only shows a button: mail scanners and link previews open every link in a
 * message, and must not confirm on the reader's behalf. The button posts (no JavaScript needed).
 */
export default async function ConfirmSubscriptionPage({ params }: PageProps<'/[locale]/subscribe/confirm/[token]'>) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  if (!(await isPendingConfirmation(token))) redirect(portalPaths.subscriptionLinkInvalid(locale));
  const t = await getTranslations('Subscribe');
  return (
    <PortalPage locale={locale}>
      <div className="mx-auto max-w-2xl py-4">
        <h1 className="mb-4 text-3xl font-bold text-brand-800">{t('confirm.title')}</h1>
        <p className="mb-6 text-lg">{t('confirm.body')}</p>
        <form action={confirm}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <Button type="submit">{t('confirm.button')}</Button>
        </form>
      </div>
    </PortalPage>
  );
}
