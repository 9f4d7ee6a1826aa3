'use server';
import { revalidatePath } from 'next/cache';
import { chooseReleaseLists } from '@/lib/dal/release-lists';
import { invalidInput, type FormState } from '@/lib/form-state';
import { ReleaseListsInput } from '@/lib/validation/distribution';

/** An editor sets the media lists that receive a release (check boxes: read with getAll). */
export async function chooseDistributionLists(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ReleaseListsInput.safeParse({ releaseId: form.get('releaseId'), listIds: form.getAll('listIds') });
  if (!parsed.success) return invalidInput(parsed.error);
  await chooseReleaseLists(parsed.data);
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  return { status: 'done' };
}
