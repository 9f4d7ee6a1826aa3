'use server';
import { revalidatePath } from 'next/cache';
import { createPreviewLink, revokePreviewLink } from '@/lib/dal/preview-links';
import { invalidInput, type FormState } from '@/lib/form-state';
import { absoluteUrl } from '@/lib/portal/urls';
import { CreatePreviewLinkInput, RevokePreviewLinkInput } from '@/lib/validation/revisions';

export async function createReleasePreviewLink(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CreatePreviewLinkInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createPreviewLink(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  // The address is shown this once: only the token's hash is kept.
  return { status: 'created', id: result.linkId, oneTimeSecret: absoluteUrl(`/preview/${result.token}`) };
}

export async function revokeReleasePreviewLink(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = RevokePreviewLinkInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await revokePreviewLink(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  return { status: 'done' };
}
