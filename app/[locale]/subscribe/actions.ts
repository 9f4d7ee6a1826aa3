'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/auth/client-ip';
import {
  confirmSubscription,
  requestSubscription,
  setSubscriptionPaused,
  unsubscribeRecipient,
  updateSubscriptionChoices,
} from '@/lib/dal/subscribers';
import { recipientToken } from '@/lib/distribution/recipient-links';
import { invalidInput, type FormState } from '@/lib/form-state';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';
import {
  SubscribeInput,
  SUBSCRIPTION_LIMITS,
  SubscriptionChoicesInput,
  subscriptionFormValues,
} from '@/lib/validation/subscriptions';

/** What was typed, sent back with a refusal: without JavaScript, the page is drawn again from it. */
export type SubscribeFormValues = { email: string; languages: string[]; offices: string[]; topics: string[] };
export type SubscribeFormState = FormState & { values?: SubscribeFormValues };

function echo(values: ReturnType<typeof subscriptionFormValues>): SubscribeFormValues {
  const some = (list: string[]) => list.slice(0, SUBSCRIPTION_LIMITS.choices);
  return {
    email: typeof values.email === 'string' ? values.email.slice(0, SUBSCRIPTION_LIMITS.email) : '',
    languages: some(values.languages),
    offices: some(values.offices),
    topics: some(values.topics),
  };
}

/** The portal's sign-up form. Every accepted request gets the same answer: "check your inbox". */
export async function subscribe(_prev: SubscribeFormState, form: FormData): Promise<SubscribeFormState> {
  const values = subscriptionFormValues(form);
  const parsed = SubscribeInput.safeParse(values);
  if (!parsed.success) return { ...invalidInput(parsed.error), values: echo(values) };
  const result = await requestSubscription(parsed.data, { ip: clientIp(await headers()) });
  if (!result.ok) return { status: 'refused', reason: result.reason, values: echo(values) };
  redirect(portalPaths.subscribeSent(parsed.data.locale));
}

const localeOf = (form: FormData): Locale => {
  const locale = form.get('locale');
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
};
const tokenOf = (form: FormData) => String(form.get('token') ?? '').slice(0, 200);

/** The confirmation page's button: the GET only shows it, since mail scanners open links. */
export async function confirm(form: FormData): Promise<void> {
  const [locale, token] = [localeOf(form), tokenOf(form)];
  const result = await confirmSubscription(token);
  // A link already used or expired: a page says so, with a 404.
  if (!result.ok) redirect(portalPaths.subscriptionLinkInvalid(locale));
  redirect(portalPaths.subscriptionPreferences(locale, recipientToken(result.recipient), 'confirmed'));
}

const back = (form: FormData, notice: string): never =>
  redirect(portalPaths.subscriptionPreferences(localeOf(form), tokenOf(form), notice));

export async function saveChoices(form: FormData): Promise<void> {
  const parsed = SubscriptionChoicesInput.safeParse(subscriptionFormValues(form));
  if (!parsed.success) return back(form, 'invalid');
  const result = await updateSubscriptionChoices(tokenOf(form), parsed.data);
  back(form, result.ok ? 'saved' : result.reason);
}

export async function pause(form: FormData): Promise<void> {
  const result = await setSubscriptionPaused(tokenOf(form), true);
  back(form, result.ok ? 'paused' : result.reason);
}

export async function resume(form: FormData): Promise<void> {
  const result = await setSubscriptionPaused(tokenOf(form), false);
  back(form, result.ok ? 'resumed' : result.reason);
}

export async function unsubscribe(form: FormData): Promise<void> {
  // A link that names nobody: its page answers 404.
  await unsubscribeRecipient(tokenOf(form));
  back(form, 'unsubscribed');
}
