'use server';
import { revalidatePath } from 'next/cache';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/dal/notifications';
import { invalidInput, type FormState } from '@/lib/form-state';
import { NotificationIdInput } from '@/lib/validation/comments';

export async function markRead(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = NotificationIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await markNotificationRead(parsed.data.notificationId);
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}

export async function markAllRead(): Promise<FormState> {
  await markAllNotificationsRead();
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}
