import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { findCurrentUser } from '@/lib/dal/session';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { LOCALE_COOKIE, localeFromAcceptLanguage } from './preferred-locale';

/**
 * Pages without a [locale] segment (the workspace, sign-in) speak the signed-in user's language;
 * before sign-in, the language last chosen (cookie) or the browser's.
 */
async function localeOutsidePortal(): Promise<Locale> {
  const user = await findCurrentUser();
  if (user) return user.uiLanguage;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}

/** Outside the portal, times are read in the signed-in person's zone (their own, or their office's). */
async function timeZoneOutsidePortal(): Promise<string> {
  return (await findCurrentUser())?.timeZone ?? 'UTC';
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // A portal path whose first segment is no language (`/foo/bar.txt`) renders the portal's 404 in
  // the default language, reading no cookie or header: its page is cached like any portal page.
  const locale = isLocale(requested)
    ? requested
    : requested !== undefined
      ? DEFAULT_LOCALE
      : await localeOutsidePortal();
  return {
    locale,
    ...(requested === undefined ? { timeZone: await timeZoneOutsidePortal() } : {}),
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
