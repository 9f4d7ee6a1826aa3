import type { EditorDraft } from '@/lib/releases/draft';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';

/** One field of the conflict screen: how it reads, and how it is copied from one side to the other. */
export type ConflictField<Draft> = {
  key: string;
  show: (draft: Draft) => string;
  copy: (from: Draft, to: Draft) => Draft;
};

type TextDraft = { title: string; summary: string; body: RichTextDoc };

/** The fields every editor has: title, summary and body. */
export function textConflictFields<Draft extends TextDraft>(): ConflictField<Draft>[] {
  return [
    { key: 'title', show: (draft) => draft.title, copy: (from, to) => ({ ...to, title: from.title }) },
    { key: 'summary', show: (draft) => draft.summary, copy: (from, to) => ({ ...to, summary: from.summary }) },
    { key: 'body', show: (draft) => toPlainText(draft.body), copy: (from, to) => ({ ...to, body: from.body }) },
  ];
}

/** The release's fields on the conflict screen: the text's, then the dateline, contacts and topics. */
export function releaseConflictFields(topicLabel: (topicId: string) => string): ConflictField<EditorDraft>[] {
  return [
    ...textConflictFields<EditorDraft>(),
    {
      key: 'dateline',
      show: (draft) => [draft.datelineCity, draft.datelineCountry].filter(Boolean).join(', '),
      copy: (from, to) => ({ ...to, datelineCity: from.datelineCity, datelineCountry: from.datelineCountry }),
    },
    {
      key: 'contacts',
      show: (draft) =>
        draft.contacts
          .map((contact) =>
            [contact.name, contact.role, contact.office, ...contact.phones, contact.email]
              .filter((value) => value.trim())
              .join(' · '),
          )
          .join('\n'),
      copy: (from, to) => ({ ...to, contacts: from.contacts }),
    },
    {
      key: 'topics',
      show: (draft) => draft.topicIds.map(topicLabel).join(', '),
      copy: (from, to) => ({ ...to, topicIds: from.topicIds }),
    },
  ];
}
