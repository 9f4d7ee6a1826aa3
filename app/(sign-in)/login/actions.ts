'use server';
import { CredentialsSignin } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { SignInInput } from '@/lib/auth/credentials';
import { invalidInput, type FormState, type RefusalCode } from '@/lib/form-state';
import { isLocale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE } from '@/lib/i18n/preferred-locale';

const SIGN_IN_REFUSALS: RefusalCode[] = ['invalid_credentials', 'locked', 'rate_limited'];

export async function signInWithPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = SignInInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    // Auth.js reports a refused sign-in by throwing; the refusal's code says why.
    if (!(error instanceof CredentialsSignin)) throw error;
    const reason = SIGN_IN_REFUSALS.find((code) => code === error.code) ?? 'invalid_credentials';
    return { status: 'refused', reason };
  }
  redirect('/workspace');
}

/** Remembers the language chosen on the sign-in page (the same cookie the portal uses). */
export async function chooseLanguage(form: FormData): Promise<void> {
  const language = form.get('language');
  if (!isLocale(language)) return;
  (await cookies()).set(LOCALE_COOKIE, language, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
}
