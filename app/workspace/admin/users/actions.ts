'use server';
import { revalidatePath } from 'next/cache';
import { createUser, setUserActive, signOutEverywhere, updateUser, type UserChangeResult } from '@/lib/dal/users';
import { invalidInput, type FormState } from '@/lib/form-state';
import { CreateUserInput, UpdateUserInput, UserIdInput } from '@/lib/validation/accounts';

function toFormState(result: UserChangeResult): FormState {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/admin/users', 'layout');
  return { status: 'done' };
}

export async function createAccount(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = CreateUserInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createUser(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/admin/users');
  return { status: 'created', id: result.id, oneTimeSecret: result.temporaryPassword };
}

export async function updateAccount(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UpdateUserInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return toFormState(await updateUser(parsed.data));
}

export async function deactivateAccount(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UserIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return toFormState(await setUserActive(parsed.data.userId, false));
}

export async function reactivateAccount(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UserIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return toFormState(await setUserActive(parsed.data.userId, true));
}

export async function endSessions(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UserIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return toFormState(await signOutEverywhere(parsed.data.userId));
}
