'use server';
import { revalidatePath } from 'next/cache';
import { addComment, reopenComment, replyToComment, resolveComment, type CommentResult } from '@/lib/dal/comments';
import { invalidInput, type FormState } from '@/lib/form-state';
import { CommentIdInput, CommentInput, commentFormFields, ReplyInput } from '@/lib/validation/comments';

function settled(result: CommentResult): FormState {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  // The thread and everyone's notification count change.
  revalidatePath('/workspace', 'layout');
  return { status: 'done' };
}

export async function postComment(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CommentInput.safeParse(commentFormFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await addComment(parsed.data));
}

export async function postReply(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = ReplyInput.safeParse(commentFormFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await replyToComment(parsed.data));
}

export async function resolveThread(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CommentIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await resolveComment(parsed.data.commentId));
}

export async function reopenThread(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = CommentIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await reopenComment(parsed.data.commentId));
}
