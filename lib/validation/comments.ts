import { z } from 'zod';
import { ANCHOR_CONTEXT } from '@/lib/comments/anchor';

export const COMMENT_MAX_LENGTH = 5000;
/** A quoted passage longer than this is a sign the whole text was selected by mistake. */
export const QUOTE_MAX_LENGTH = 1000;
export const MAX_MENTIONS = 20;

const body = z.string().trim().min(1, 'required').max(COMMENT_MAX_LENGTH, 'too_long');
// Forms send one value per mentioned person; the server decides who they are and whether they may be named.
const mentionedUserIds = z
  .array(z.uuid())
  .max(MAX_MENTIONS, 'too_many_mentions')
  .transform((ids) => [...new Set(ids)]);

/** The passage an inline comment is about, as the browser quoted it from the rendered text. */
export const AnchorInput = z.object({
  quote: z
    .string()
    .max(QUOTE_MAX_LENGTH, 'quote_too_long')
    .refine((quote) => quote.trim().length > 0, 'required'),
  prefix: z.string().max(ANCHOR_CONTEXT),
  suffix: z.string().max(ANCHOR_CONTEXT),
});

export const CommentInput = z.object({
  releaseId: z.uuid(),
  body,
  mentionedUserIds,
  anchor: AnchorInput.optional(),
});
export type CommentInput = z.infer<typeof CommentInput>;

export const ReplyInput = z.object({ commentId: z.uuid(), body, mentionedUserIds });
export type ReplyInput = z.infer<typeof ReplyInput>;

export const CommentIdInput = z.object({ commentId: z.uuid() });

export const NotificationIdInput = z.object({ notificationId: z.uuid() });

/** The fields of a comment form, with the repeated and grouped fields `Object.fromEntries` would lose. */
export function commentFormFields(form: FormData) {
  const quote = form.get('quote');
  return {
    ...Object.fromEntries(form),
    mentionedUserIds: form.getAll('mentionedUserIds'),
    anchor:
      typeof quote === 'string' && quote !== ''
        ? { quote, prefix: form.get('prefix') ?? '', suffix: form.get('suffix') ?? '' }
        : undefined,
  };
}
