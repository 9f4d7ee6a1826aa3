import { z } from 'zod';
import type { CommentRefusal } from '@/lib/dal/comments';
import type { ImportReport } from '@/lib/importer/report';
import type { RefusalCode as WorkflowRefusal } from '@/lib/workflow/transitions';

/** Why the server refused a form, as a code the UI translates. */
export type RefusalCode =
  | WorkflowRefusal
  | CommentRefusal
  | 'busy'
  | 'invalid_credentials'
  | 'locked'
  | 'rate_limited'
  | 'wrong_password'
  | 'email_taken'
  | 'office_code_taken'
  | 'invalid_parent'
  | 'own_account'
  // The release is under review, approved or scheduled: its text may not change.
  | 'frozen'
  // The working copy changed since the person loaded it.
  | 'stale_version'
  | 'language_exists'
  | 'stale_tree'
  | 'invalid_move'
  | 'has_children'
  | 'invalid_target'
  | 'topic_slug_taken'
  | 'invalid_merge'
  | 'picks_full'
  | 'not_live'
  // An image still shown by a release or a page (or kept in their history).
  | 'in_use'
  // A page cannot be published without a title.
  | 'needs_title'
  // Only a release imported from the legacy site can be promoted out of the archive, and only with a summary.
  | 'not_archive'
  | 'needs_summary'
  // A job that has not failed cannot be retried; one that has finished cannot be cancelled.
  | 'not_retryable'
  | 'not_cancellable'
  // A media contact: the office already holds the address, or the address was erased on request.
  | 'contact_email_taken'
  | 'erased_address'
  // A saved-filter list has no members to add or remove.
  | 'not_static_list'
  // A template of another office, or one removed since the form was shown.
  | 'invalid_template'
  // A release's address follows its title until it is first published; then another may not take it.
  | 'not_published_yet'
  | 'slug_taken'
  // A subscription names an office or topic that does not exist (or no longer does).
  | 'unknown_choice'
  // An advance send under embargo needs the release's publication time: it is scheduled first.
  | 'not_scheduled';

/** The one shape every form action returns. */
export type FormState =
  | { status: 'idle' | 'done' }
  | { status: 'invalid'; fieldErrors: Partial<Record<string, string[]>> }
  | { status: 'refused'; reason: RefusalCode }
  // A secret shown exactly once (a new account's temporary password, a preview link's address), never stored in clear.
  | { status: 'created'; id: string; oneTimeSecret: string }
  // What an upload of legacy dumps did, file by file.
  | { status: 'imported'; report: ImportReport };

export const IDLE: FormState = { status: 'idle' };

/** The `invalid` state for a failed `safeParse`, with zod's messages as translation keys. */
export function invalidInput(error: z.ZodError): FormState {
  return { status: 'invalid', fieldErrors: z.flattenError(error).fieldErrors };
}
