import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { SubscriptionChoices } from '@/components/portal/subscription-choices';
import { Button } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { getRecipientPreferences } from '@/lib/dal/subscribers';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';
import { pause, resume, saveChoices, unsubscribe } from '../../actions';
import { loadSubscriptionChoices } from '../../choices';

// A reader's own page, reached by the signed link in their messages: never cached nor indexed
// (next.config.ts and the edge keep it out of every shared cache as well).
export const dynamic = 'force-dynamic';

const NOTICES = [
  'confirmed',
  'saved',
  'paused',
  'resumed',
  'unsubscribed',
  'invalid',
  'unknown_choice',
  'bounced',
] as const;
const FAILURES: readonly string[] = ['invalid', 'unknown_choice', 'bounced'];

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/subscribe/preferences/[token]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return { title: t('preferences.title'), robots: { index: false, follow: false } };
}

export default async function SubscriptionPreferencesPage({
  params,
  searchParams,
}: PageProps<'/[locale]/subscribe/preferences/[token]'>) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const preferences = await getRecipientPreferences(token);
  if (!preferences) redirect(portalPaths.subscriptionLinkInvalid(locale));
  const [t, { notice }] = await Promise.all([getTranslations('Subscribe'), searchParams]);
  const shown = NOTICES.find((known) => known === notice);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
    </>
  );

  const unsubscribeForm = (
    <Panel as="section" padding="lg" aria-labelledby="unsubscribe-heading">
      <PanelTitle id="unsubscribe-heading">{t('preferences.unsubscribeHeading')}</PanelTitle>
      <Muted className="mb-3">{t('preferences.unsubscribeHint')}</Muted>
      <form action={unsubscribe}>
        {hidden}
        <Button type="submit" variant="danger">
          {t('preferences.unsubscribe')}
        </Button>
      </form>
    </Panel>
  );

  return (
    <PortalPage locale={locale}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <div>
          <h1 className="mb-2 text-3xl font-bold text-brand-800">{t('preferences.title')}</h1>
          <p className="break-all">{t('preferences.address', { email: preferences.email })}</p>
        </div>
        {shown && (
          <Notice tone={FAILURES.includes(shown) ? 'error' : 'success'}>{t(`preferences.notice.${shown}`)}</Notice>
        )}
        {preferences.kind === 'contact' ? (
          <>
            <p>{t('preferences.contactIntro')}</p>
            <p className="font-medium">{t(`preferences.contactStatus.${preferences.status}`)}</p>
            {preferences.status === 'active' && unsubscribeForm}
          </>
        ) : (
          <SubscriberPreferences
            locale={locale}
            preferences={preferences}
            hidden={hidden}
            unsubscribeForm={unsubscribeForm}
          />
        )}
      </div>
    </PortalPage>
  );
}

async function SubscriberPreferences({
  locale,
  preferences,
  hidden,
  unsubscribeForm,
}: {
  locale: Locale;
  preferences: Extract<NonNullable<Awaited<ReturnType<typeof getRecipientPreferences>>>, { kind: 'subscriber' }>;
  hidden: React.ReactNode;
  unsubscribeForm: React.ReactNode;
}) {
  const [t, choices] = await Promise.all([getTranslations('Subscribe'), loadSubscriptionChoices(locale)]);
  const { status } = preferences;
  return (
    <>
      <p className="font-medium">{t(`preferences.status.${status}`)}</p>
      <Panel as="section" padding="lg" aria-labelledby="choices-heading">
        <PanelTitle id="choices-heading">{t('preferences.choices')}</PanelTitle>
        <form action={saveChoices} className="flex flex-col gap-6">
          {hidden}
          <SubscriptionChoices
            text={choices.text}
            offices={choices.offices}
            topics={choices.topics}
            values={preferences}
          />
          <div>
            <Button type="submit">{t('preferences.save')}</Button>
          </div>
        </form>
      </Panel>
      {status !== 'bounced' && (
        <Panel as="section" padding="lg" aria-labelledby="pause-heading">
          <PanelTitle id="pause-heading">
            {status === 'active' ? t('preferences.pauseHeading') : t('preferences.resume')}
          </PanelTitle>
          <Muted className="mb-3">
            {status === 'active' ? t('preferences.pauseHint') : t('preferences.resumeHint')}
          </Muted>
          <form action={status === 'active' ? pause : resume}>
            {hidden}
            <Button type="submit" variant="secondary">
              {status === 'active' ? t('preferences.pause') : t('preferences.resume')}
            </Button>
          </form>
        </Panel>
      )}
      {status !== 'unsubscribed' && status !== 'bounced' && unsubscribeForm}
    </>
  );
}
