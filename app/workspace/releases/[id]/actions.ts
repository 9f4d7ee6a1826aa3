'use server';
import { revalidatePath } from 'next/cache';
import { revalidatePublication } from '@/lib/cache/revalidate';
import { requestTransition } from '@/lib/dal/releases';
import { invalidInput, type FormState } from '@/lib/form-state';
import { TransitionRequestInput } from '@/lib/validation/transition';

export async function transitionRelease(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = TransitionRequestInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await requestTransition(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  // Published means visible now: the portal's pages for this release are rendered afresh.
  if (result.publication) await revalidatePublication(result.publication, 'server-action');
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}
