'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createPressOfficer, deletePressOfficer, updatePressOfficer } from '@/lib/dal/press-officers';
import { invalidInput, type FormState } from '@/lib/form-state';
import { PressOfficerIdInput, PressOfficerInput, UpdatePressOfficerInput } from '@/lib/validation/press-directory';

// Phones and languages are repeated fields: fromEntries would keep only the last one.
const officerFields = (form: FormData) => ({
  ...Object.fromEntries(form),
  phones: form.getAll('phones'),
  languages: form.getAll('languages'),
});

export async function addPressOfficer(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = PressOfficerInput.safeParse(officerFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await createPressOfficer(parsed.data);
  revalidatePath('/workspace/press-officers');
  redirect('/workspace/press-officers?saved=1');
}

export async function savePressOfficer(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UpdatePressOfficerInput.safeParse(officerFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await updatePressOfficer(parsed.data);
  revalidatePath('/workspace/press-officers');
  return { status: 'done' };
}

export async function removePressOfficer(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = PressOfficerIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await deletePressOfficer(parsed.data);
  revalidatePath('/workspace/press-officers');
  redirect('/workspace/press-officers?removed=1');
}
