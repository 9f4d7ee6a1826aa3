'use server';
import { revalidatePath } from 'next/cache';
import { restoreRevision, saveVersion } from '@/lib/dal/revisions';
import { invalidInput, type FormState } from '@/lib/form-state';
import { RestoreRevisionInput, SaveVersionInput } from '@/lib/validation/revisions';

export async function saveReleaseVersion(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = SaveVersionInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await saveVersion(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  return { status: 'done' };
}

export async function restoreReleaseRevision(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = RestoreRevisionInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await restoreRevision(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  return { status: 'done' };
}
