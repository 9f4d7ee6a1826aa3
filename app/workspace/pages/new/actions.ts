'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { createPage } from '@/lib/dal/pages';
import { invalidInput, type FormState } from '@/lib/form-state';
import { NewPageInput } from '@/lib/validation/pages';

export async function createDraftPage(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = NewPageInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createPage(parsed.data);
  if (!result.ok)
    return result.reason === 'path_taken'
      ? { status: 'invalid', fieldErrors: { path: ['path_taken'] } }
      : { status: 'refused', reason: result.reason };
  await invalidatePortal(result.tags, 'server-action');
  revalidatePath('/workspace/pages');
  redirect(`/workspace/pages/${result.id}`);
}
