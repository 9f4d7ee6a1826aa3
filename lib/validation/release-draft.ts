import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';
import { parseRichText } from '@/lib/rich-text/schema';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { ContactInput } from './contact';

export const DRAFT_LIMITS = {
  title: 500,
  summary: 2000,
  datelineCity: 120,
  datelineCountry: 120,
  contacts: 10,
  topics: 20,
} as const;

/** A body problem as one zod message, `rich_text.<code>`, with its path in the document kept in `params`. */
export const richTextBody = z.unknown().transform((value, context): RichTextDoc => {
  const parsed = parseRichText(value);
  if (parsed.ok) return parsed.doc;
  context.addIssue({
    code: 'custom',
    message: `rich_text.${parsed.problem.code}`,
    params: { path: parsed.problem.path },
  });
  return z.NEVER;
});

/**
 * The working copy of a release, as the editor saves it: checked in the browser before a save and
 * again by the server, which also refuses any body node, mark or link the allowlist does not name.
 */
export const ReleaseDraftInput = z.strictObject({
  title: z.string().max(DRAFT_LIMITS.title),
  summary: z.string().max(DRAFT_LIMITS.summary),
  datelineCity: z.string().max(DRAFT_LIMITS.datelineCity),
  datelineCountry: z.string().max(DRAFT_LIMITS.datelineCountry),
  body: richTextBody,
  contacts: z.array(ContactInput).max(DRAFT_LIMITS.contacts),
  topicIds: z
    .array(z.uuid())
    .max(DRAFT_LIMITS.topics)
    .refine((ids) => new Set(ids).size === ids.length, 'duplicate_topic'),
  heroMediaId: z.uuid().nullable(),
});

export type ReleaseDraftInput = z.infer<typeof ReleaseDraftInput>;

/** One autosave: the working copy and the version it was edited from. */
export const SaveReleaseDraftInput = z.strictObject({
  expectedVersion: z.number().int().positive(),
  draft: ReleaseDraftInput,
});

export type SaveReleaseDraftInput = z.infer<typeof SaveReleaseDraftInput>;

/** A release to create: its title (the slug comes from it), language, office and template. */
export const NewReleaseInput = z.object({
  title: z.string().trim().min(1, 'required').max(DRAFT_LIMITS.title),
  language: z.enum(LOCALES),
  officeId: z
    .uuid()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The template to start from; none (or "blank") starts from an empty text. */
  templateId: z
    .uuid()
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type NewReleaseInput = z.infer<typeof NewReleaseInput>;

/** A refused field: its path (`contacts.1.email`), a key of `ReleaseEditor.problems`, and for a body problem where it sits. */
export type DraftProblem = { field: string; message: string; at?: string };

function problemMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' || /^invalid_(email|phone)$/.test(issue.message)) return issue.message;
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return 'required';
  return 'invalid';
}

export function draftProblems(error: z.ZodError): DraftProblem[] {
  return error.issues.map((issue) => {
    const at = (issue as { params?: { path?: string } }).params?.path;
    return {
      field: issue.path
        .filter((part) => part !== 'draft')
        .map(String)
        .join('.'),
      message: problemMessage(issue),
      ...(at ? { at } : {}),
    };
  });
}
