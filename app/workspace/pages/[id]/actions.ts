'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { invalidatePortal } from '@/lib/cache/revalidate';
import {
  createPageTranslation,
  publishPage,
  renamePage,
  restorePageRevision,
  savePageVersion,
  unpublishPage,
  type PageChangeResult,
} from '@/lib/dal/pages';
import { invalidInput, type FormState } from '@/lib/form-state';
import {
  CreatePageTranslationInput,
  PageIdInput,
  RenamePageInput,
  RestorePageRevisionInput,
  SavePageVersionInput,
} from '@/lib/validation/pages';

/** Invalidates what the change touched on the portal (nothing for a change the portal does not read). */
async function settled(pageId: string, result: PageChangeResult): Promise<FormState> {
  if (!result.ok)
    return result.reason === 'path_taken'
      ? { status: 'invalid', fieldErrors: { path: ['path_taken'] } }
      : { status: 'refused', reason: result.reason };
  await invalidatePortal(result.tags, 'server-action');
  revalidatePath(`/workspace/pages/${pageId}`, 'layout');
  revalidatePath('/workspace/pages');
  return { status: 'done' };
}

export async function publishStaticPage(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = PageIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(parsed.data.pageId, await publishPage(parsed.data));
}

export async function unpublishStaticPage(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = PageIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(parsed.data.pageId, await unpublishPage(parsed.data));
}

export async function renameStaticPage(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = RenamePageInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(parsed.data.pageId, await renamePage(parsed.data));
}

export async function savePageVersionNow(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = SavePageVersionInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await savePageVersion(parsed.data);
  revalidatePath(`/workspace/pages/${parsed.data.pageId}`, 'layout');
  return { status: 'done' };
}

export async function restoreStaticPageRevision(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = RestorePageRevisionInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(parsed.data.pageId, await restorePageRevision(parsed.data));
}

export async function createStaticPageTranslation(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CreatePageTranslationInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createPageTranslation(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  await invalidatePortal(result.tags, 'server-action');
  revalidatePath(`/workspace/pages/${parsed.data.sourceId}`);
  revalidatePath('/workspace/pages');
  redirect(`/workspace/pages/${result.id}`);
}
