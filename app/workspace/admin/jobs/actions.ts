'use server';
import { revalidatePath } from 'next/cache';
import { cancelJobAsAdmin, retryJobAsAdmin, type JobChangeResult } from '@/lib/dal/jobs-admin';
import { invalidInput, type FormState } from '@/lib/form-state';
import { JobRefInput } from '@/lib/validation/jobs';

function settled(result: JobChangeResult): FormState {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/admin/jobs');
  revalidatePath('/workspace/admin/outbox');
  return { status: 'done' };
}

export async function retryJob(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = JobRefInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await retryJobAsAdmin(parsed.data));
}

export async function cancelJob(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = JobRefInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await cancelJobAsAdmin(parsed.data));
}
