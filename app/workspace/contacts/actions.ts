'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createMediaContact, eraseMediaContact, updateMediaContact } from '@/lib/dal/media-contacts';
import { addMediaListMember, createMediaList, deleteMediaList, removeMediaListMember } from '@/lib/dal/media-lists';
import { invalidInput, type FormState } from '@/lib/form-state';
import {
  CreateMediaListInput,
  MediaContactIdInput,
  MediaContactInput,
  MediaListIdInput,
  MediaListMemberInput,
  UpdateMediaContactInput,
} from '@/lib/validation/media-contacts';

// Multi-value fields (check boxes, multiple selects) must be read with getAll: fromEntries keeps the last value only.
const contactFields = (form: FormData) => ({
  ...Object.fromEntries(form),
  languages: form.getAll('languages'),
  regionIds: form.getAll('regionIds'),
  topicIds: form.getAll('topicIds'),
});

export async function createContact(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaContactInput.safeParse(contactFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createMediaContact(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/contacts');
  redirect(`/workspace/contacts/${result.id}`);
}

export async function updateContact(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UpdateMediaContactInput.safeParse(contactFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updateMediaContact(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/contacts');
  return { status: 'done' };
}

export async function eraseContact(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaContactIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await eraseMediaContact(parsed.data);
  revalidatePath('/workspace/contacts');
  redirect('/workspace/contacts?erased=1');
}

export async function createList(_prev: FormState, form: FormData): Promise<FormState> {
  const kind = form.get('kind');
  const parsed = CreateMediaListInput.safeParse({
    kind,
    officeId: form.get('officeId'),
    name: form.get('name'),
    ...(kind === 'filter'
      ? {
          filter: {
            languages: form.getAll('filterLanguages'),
            officeIds: form.getAll('filterOfficeIds'),
            topicIds: form.getAll('filterTopicIds'),
            beat: form.get('filterBeat') ?? '',
          },
        }
      : {}),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createMediaList(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/contacts/lists');
  redirect(`/workspace/contacts/lists/${result.id}`);
}

export async function deleteList(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaListIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await deleteMediaList(parsed.data);
  revalidatePath('/workspace/contacts/lists');
  redirect('/workspace/contacts/lists');
}

export async function addListMember(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaListMemberInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await addMediaListMember(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/contacts/lists/${parsed.data.listId}`);
  return { status: 'done' };
}

export async function removeListMember(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MediaListMemberInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await removeMediaListMember(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/contacts/lists/${parsed.data.listId}`);
  return { status: 'done' };
}
