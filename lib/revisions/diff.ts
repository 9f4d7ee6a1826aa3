import { diffWordsWithSpace } from 'diff';
import type { Contact } from '@/lib/validation/contact';

/** A run of text that both revisions share, or that only the newer (`added`) or older (`removed`) one has. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export const DIFFED_FIELDS = ['title', 'summary', 'dateline', 'body', 'contacts', 'topics'] as const;
export type DiffedField = (typeof DIFFED_FIELDS)[number];

export type FieldDiff = { field: DiffedField; changed: boolean; parts: DiffPart[] };

/** What a comparison reads of a revision: text only, with topics already named in the reader's language. */
export type ComparableRevision = {
  title: string;
  summary: string;
  datelineCity: string;
  datelineCountry: string;
  /** Plain text, one block per line. */
  bodyText: string;
  contacts: Contact[];
  topicLabels: string[];
};

/** One line per contact: name, role, office, phones, e-mail, so that a changed phone shows as one changed word. */
export function contactLines(contacts: Contact[]): string {
  return contacts
    .map((contact) =>
      [contact.name, contact.role, contact.office, ...contact.phones, contact.email]
        .filter((part) => part && part.trim())
        .join(' · '),
    )
    .join('\n');
}

function datelineOf(revision: ComparableRevision): string {
  return [revision.datelineCity, revision.datelineCountry].filter(Boolean).join(', ');
}

function textOf(revision: ComparableRevision, field: DiffedField): string {
  switch (field) {
    case 'title':
      return revision.title;
    case 'summary':
      return revision.summary;
    case 'dateline':
      return datelineOf(revision);
    case 'body':
      return revision.bodyText;
    case 'contacts':
      return contactLines(revision.contacts);
    case 'topics':
      return [...revision.topicLabels].sort((a, b) => a.localeCompare(b)).join('\n');
  }
}

/** A word-level diff of two texts; whitespace counts, so changed line breaks show too. */
export function diffText(from: string, to: string): DiffPart[] {
  return diffWordsWithSpace(from, to).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** The word-level differences between two revisions, field by field, in reading order. */
export function diffRevisions(from: ComparableRevision, to: ComparableRevision): FieldDiff[] {
  return DIFFED_FIELDS.map((field) => {
    const parts = diffText(textOf(from, field), textOf(to, field));
    return { field, changed: parts.some((part) => part.kind !== 'same'), parts };
  });
}
