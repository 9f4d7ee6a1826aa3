'use server';
import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { createTopic, mergeTopic, renameTopic, retireTopic, type TopicChangeResult } from '@/lib/dal/topic-admin';
import { invalidInput, type FormState } from '@/lib/form-state';
import { CreateTopicInput, MergeTopicInput, RenameTopicInput, RetireTopicInput } from '@/lib/validation/topics';

async function settled(result: TopicChangeResult): Promise<FormState> {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  await invalidatePortal(result.tags, 'server-action');
  revalidatePath('/workspace/admin/topics');
  return { status: 'done' };
}

export async function addTopic(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = CreateTopicInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await createTopic(parsed.data));
}

export async function saveTopicLabels(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = RenameTopicInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await renameTopic(parsed.data));
}

export async function mergeTopicInto(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MergeTopicInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await mergeTopic(parsed.data));
}

export async function retireTopicNow(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = RetireTopicInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await retireTopic(parsed.data));
}
