'use server';
import { revalidatePath } from 'next/cache';
import { revokeEmbargoLinks, sendEmbargoedAdvance } from '@/lib/dal/embargo';
import { invalidInput, type FormState } from '@/lib/form-state';
import { RevokeEmbargoInput, SendEmbargoInput } from '@/lib/validation/embargo';

export async function sendReleaseUnderEmbargo(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = SendEmbargoInput.safeParse({
    releaseId: form.get('releaseId'),
    listIds: form.getAll('listIds'),
    confirm: form.get('confirm') ?? undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await sendEmbargoedAdvance(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  return { status: 'done' };
}

export async function revokeReleaseEmbargoLinks(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = RevokeEmbargoInput.safeParse({
    releaseId: form.get('releaseId'),
    deliveryId: form.get('deliveryId') || undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error);
  await revokeEmbargoLinks(parsed.data);
  revalidatePath(`/workspace/releases/${parsed.data.releaseId}`, 'layout');
  return { status: 'done' };
}
