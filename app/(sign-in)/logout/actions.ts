'use server';
import { cookies } from 'next/headers';
import { signOut } from '@/lib/auth/auth';
import { endCurrentSession, findCurrentUser } from '@/lib/dal/session';
import { LOCALE_COOKIE } from '@/lib/i18n/preferred-locale';

export async function signOutNow(): Promise<void> {
  const user = await findCurrentUser();
  // The sign-in page that follows keeps speaking the language the person just used.
  if (user)
    (await cookies()).set(LOCALE_COOKIE, user.uiLanguage, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
  await endCurrentSession();
  await signOut({ redirectTo: '/login?notice=signed_out' });
}
