'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createTranslation } from '@/lib/dal/translations';
import { invalidInput, type FormState } from '@/lib/form-state';
import { CreateTranslationInput } from '@/lib/validation/revisions';

export async function createReleaseTranslation(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CreateTranslationInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createTranslation(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace', 'layout');
  redirect(`/workspace/releases/${result.id}`);
}
