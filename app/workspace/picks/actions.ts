'use server';
import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { movePick, pinPublication, unpinPublication, type PickChangeResult } from '@/lib/dal/picks';
import { invalidInput, type FormState } from '@/lib/form-state';
import { MovePickInput, PinInput } from '@/lib/validation/picks';

/** Only the home page of the pick's language shows picks, through its own tag. */
async function settled(result: PickChangeResult): Promise<FormState> {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  await invalidatePortal([CACHE_TAGS.picks(result.language)], 'server-action');
  revalidatePath('/workspace/picks');
  return { status: 'done' };
}

export async function pin(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = PinInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await pinPublication(parsed.data));
}

export async function unpin(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = PinInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await unpinPublication(parsed.data));
}

export async function reorderPick(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MovePickInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await movePick(parsed.data));
}
