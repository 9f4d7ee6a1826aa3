import { z } from 'zod';

/** A text saved in suggestion mode; the body is checked by parseRichText, then against the stored text. */
export const SaveSuggestionsInput = z.strictObject({
  releaseId: z.uuid(),
  version: z.number().int().min(0),
  body: z.unknown(),
});
export type SaveSuggestionsInput = z.infer<typeof SaveSuggestionsInput>;

/** Accepting or rejecting the named suggestions, or all of them. */
export const DecideSuggestionsInput = z.strictObject({
  releaseId: z.uuid(),
  decision: z.enum(['accept', 'reject']),
  ids: z.union([z.literal('all'), z.array(z.string().min(1).max(64)).min(1).max(500)]),
});
export type DecideSuggestionsInput = z.infer<typeof DecideSuggestionsInput>;
