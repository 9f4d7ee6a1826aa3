'use server';
import { revalidatePath } from 'next/cache';
import { createOffice, updateOffice } from '@/lib/dal/offices';
import { invalidInput, type FormState } from '@/lib/form-state';
import { CreateOfficeInput, UpdateOfficeInput } from '@/lib/validation/offices';

export async function addOffice(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = CreateOfficeInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createOffice(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/admin/offices', 'layout');
  return { status: 'done' };
}

export async function saveOffice(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UpdateOfficeInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updateOffice(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/admin/offices', 'layout');
  return { status: 'done' };
}
