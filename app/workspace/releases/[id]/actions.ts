'use server';
import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidatePortal, revalidatePublication } from '@/lib/cache/revalidate';
import { changeReleaseSlug } from '@/lib/dal/release-slugs';
import { acknowledgeSourceChange } from '@/lib/dal/translations';
import { setArchivePromotion } from '@/lib/dal/legacy-archive';
import { requestTransition } from '@/lib/dal/releases';
import { invalidInput, type FormState } from '@/lib/form-state';
import { ArchivePromotionInput } from '@/lib/validation/legacy-archive';
import { ChangeReleaseSlugInput } from '@/lib/validation/release-slug';
import { AcknowledgeSourceInput } from '@/lib/validation/revisions';
import { TransitionRequestInput } from '@/lib/validation/transition';

export async function transitionRelease(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = TransitionRequestInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await requestTransition(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  // Published means visible now: the portal's pages for this release are rendered afresh.
  if (result.publication) await revalidatePublication(result.publication, 'server-action');
  revalidatePath('/workspace', 'layout');
  // The release's page says what was done, and stays saying it until dismissed, whatever the step
  // turned the page into (publishing turns the read-only view back into the editor).
  redirect(`/workspace/releases/${parsed.data.releaseId}?done=${parsed.data.transition}`);
}

/** An editor promotes an imported archive release into the current news, or returns it to the archive. */
export async function promoteArchiveRelease(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ArchivePromotionInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await setArchivePromotion(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  result.tags.forEach((tag) => updateTag(tag));
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`);
  return { status: 'done' };
}

/** An editor gives a published release a new address; the old one redirects permanently. */
export async function changeAddress(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ChangeReleaseSlugInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await changeReleaseSlug(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  await invalidatePortal(result.tags, 'server-action');
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`);
  return { status: 'done' };
}

/** The translator has carried the source's changes over into the translation. */
export async function followSource(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = AcknowledgeSourceInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await acknowledgeSourceChange(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}
