'use server';
import { revalidatePath } from 'next/cache';
import { signIn } from '@/lib/auth/auth';
import { changeOwnPassword, setOwnLanguage, setOwnTimeZone } from '@/lib/dal/users';
import { invalidInput, type FormState } from '@/lib/form-state';
import { ChangePasswordInput, LanguageInput, TimeZoneInput } from '@/lib/validation/accounts';

export async function changePassword(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ChangePasswordInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await changeOwnPassword(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  // The change ended every session, this one included: sign this browser in again with the new password.
  await signIn('credentials', { email: result.email, password: parsed.data.newPassword, redirect: false });
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}

export async function changeLanguage(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = LanguageInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await setOwnLanguage(parsed.data.uiLanguage);
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}

export async function changeTimeZone(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = TimeZoneInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await setOwnTimeZone(parsed.data.timeZone);
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}
