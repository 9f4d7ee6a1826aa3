'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { deleteMedia, updateMediaDetails, type MediaChangeResult } from '@/lib/dal/media';
import { invalidInput, type FormState } from '@/lib/form-state';
import { MediaDeleteInput, MediaDetailsInput } from '@/lib/validation/media';

async function settled(mediaId: string, result: MediaChangeResult): Promise<FormState> {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  // The portal shows the change on its next request: main images and bodies of live releases, published pages.
  await invalidatePortal(result.tags, 'server-action');
  revalidatePath(`/workspace/media/${mediaId}`);
  revalidatePath('/workspace/media');
  return { status: 'done' };
}

export async function saveMediaDetails(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaDetailsInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(parsed.data.mediaId, await updateMediaDetails(parsed.data));
}

export async function deleteMediaImage(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaDeleteInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await deleteMedia(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/media');
  redirect('/workspace/media?deleted=1');
}
