import type { Contact } from '@/lib/validation/contact';
import type { KindDecision } from './kind';

/** The fields of an imported item the importer rates, and a person may have to check. */
export const REVIEW_FIELDS = [
  'kind',
  'language',
  'title',
  'dateline',
  'paragraphs',
  'contacts',
  'summary',
  'date',
  'office',
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

export const REVIEW_CODES = [
  'kind_unsure',
  'language_unsure',
  'title_derived',
  'dateline_unsure',
  'paragraphs_unsure',
  'contacts_unread',
  'contact_left_out',
  'contact_name_unsure',
  'summary_missing',
  'date_from_file',
  'date_missing',
  'office_from_dateline',
] as const;
export type ReviewCode = (typeof REVIEW_CODES)[number];

/** What a person should check, and on which field; `detail` quotes the text concerned. */
export type ReviewReason = { field: ReviewField; code: ReviewCode; detail?: string };

/**
 * How sure the importer is of each field (0–1). Below REVIEW_THRESHOLD on any field, the item is
 * imported as a draft that needs review; the reasons of surer fields are notes the editor sees.
 */
export type ImportReview = {
  needsReview: boolean;
  confidence: Partial<Record<ReviewField, number>>;
  reasons: ReviewReason[];
};

export const REVIEW_THRESHOLD = 0.6;

/** Codes that always make an item a draft to review: a field was guessed or could not be read. */
const BLOCKING: ReadonlySet<ReviewCode> = new Set([
  'kind_unsure',
  'language_unsure',
  'title_derived',
  'paragraphs_unsure',
  'contacts_unread',
  'contact_left_out',
  'contact_name_unsure',
]);

const personName = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|del|da|di|du|van|von|la|le|y|bin|al|el)){1,4}$/u;

export function reviewOf(input: {
  kind: KindDecision;
  language: number;
  titleDerived: boolean;
  datelineStrong: boolean;
  contacts: Contact[];
  summary: boolean;
  uncertainJoins: number;
  reasons: ReviewReason[];
}): ImportReview {
  const reasons = [...input.reasons];
  const margin = Math.abs(input.kind.score);
  const confidence: ImportReview['confidence'] = {
    kind: margin >= 2 ? 1 : margin === 1 ? 0.7 : 0.4,
    language: input.language,
    title: input.titleDerived ? 0.3 : 1,
    dateline: input.datelineStrong ? 1 : 0.8,
    summary: input.summary ? 1 : 0.7,
    paragraphs: input.uncertainJoins > 0 ? 0.5 : 1,
  };
  if (confidence.kind! < REVIEW_THRESHOLD)
    reasons.push({ field: 'kind', code: 'kind_unsure', detail: input.kind.signals.join(', ') });
  if (input.language < REVIEW_THRESHOLD) reasons.push({ field: 'language', code: 'language_unsure' });
  if (input.titleDerived) reasons.push({ field: 'title', code: 'title_derived' });
  if (!input.datelineStrong) reasons.push({ field: 'dateline', code: 'dateline_unsure' });
  if (input.uncertainJoins > 0)
    reasons.push({ field: 'paragraphs', code: 'paragraphs_unsure', detail: String(input.uncertainJoins) });
  if (input.kind.kind === 'release') {
    for (const contact of input.contacts) {
      // One word, or words that are not a name ("the press office"), is a guess at who to call.
      if (!personName.test(contact.name))
        reasons.push({ field: 'contacts', code: 'contact_name_unsure', detail: contact.name });
    }
    if (!input.summary) reasons.push({ field: 'summary', code: 'summary_missing' });
  }
  const contactsBlocked = reasons.some((reason) => reason.field === 'contacts' && BLOCKING.has(reason.code));
  confidence.contacts = contactsBlocked ? 0.3 : 1;
  return {
    needsReview: reasons.some((reason) => BLOCKING.has(reason.code)),
    confidence,
    reasons,
  };
}

/** Adds what the database step learns (the office, the date) to a parse's review. */
export function withReasons(
  review: ImportReview,
  extra: ReviewReason[],
  confidence: ImportReview['confidence'] = {},
): ImportReview {
  const reasons = [...review.reasons, ...extra];
  return {
    needsReview: reasons.some((reason) => BLOCKING.has(reason.code)),
    confidence: { ...review.confidence, ...confidence },
    reasons,
  };
}
