'use server';
import { redirect } from 'next/navigation';
import { createRelease } from '@/lib/dal/release-drafts';
import { invalidInput, type FormState } from '@/lib/form-state';
import { NewReleaseInput } from '@/lib/validation/release-draft';

export async function createDraftRelease(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = NewReleaseInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createRelease(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  redirect(`/workspace/releases/${result.id}`);
}
