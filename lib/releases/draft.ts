import type { PublicationHero } from '@/db/schema/publications';
import type { Locale } from '@/lib/i18n/locales';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { fingerprintOf } from './fingerprint';
import type { ChecklistDraft } from '@/lib/validation/checklist';
import type { Contact } from '@/lib/validation/contact';
import type { ReleaseState } from '@/lib/workflow/states';

/** A release's working copy as the editor loads it, and as a conflict shows the server's side. */
export type ReleaseDraftDTO = {
  id: string;
  version: number;
  language: Locale;
  state: ReleaseState;
  title: string;
  summary: string;
  datelineCity: string;
  datelineCountry: string;
  body: RichTextDoc;
  contacts: Contact[];
  topicIds: string[];
  heroMediaId: string | null;
  /** The main image as the article will show it, for the editor's thumbnail. */
  hero: PublicationHero | null;
  updatedAt: string;
  lastEditedByName: string | null;
  /** Last saved by the person reading it: a conflict then comes from their own other tab or device. */
  lastEditedByYou: boolean;
  /** Made from another language's version: its untranslated blocks keep it from being submitted. */
  isTranslation: boolean;
};

/** What a translation is made from, shown beside the fields being translated. */
export type TranslationSourceDTO = {
  language: Locale;
  title: string;
  summary: string;
  /** The source's top-level blocks as HTML from lib/rich-text/render-html. */
  blocks: string[];
};

export type SaveDraftResult =
  | { ok: true; version: number; updatedAt: string }
  /** Someone saved since `expectedVersion`: nothing was written, here is what the server holds. */
  | { ok: false; reason: 'conflict'; current: ReleaseDraftDTO }
  /** The release left the editable states (submitted, approved…): its text is frozen. */
  | { ok: false; reason: 'frozen'; state: ReleaseState }
  | { ok: false; reason: 'unknown_topic' | 'unknown_media' };

/** A contact as its form fields hold it: empty strings for what is not filled in yet. */
export type ContactFields = { name: string; role: string; office: string; phones: string[]; email: string };

/** The editor's working copy, field by field. */
export type EditorDraft = {
  title: string;
  summary: string;
  datelineCity: string;
  datelineCountry: string;
  body: RichTextDoc;
  contacts: ContactFields[];
  topicIds: string[];
  heroMediaId: string | null;
};

export const EMPTY_CONTACT: ContactFields = { name: '', role: '', office: '', phones: [''], email: '' };

export function toEditorDraft(dto: Omit<EditorDraft, 'contacts'> & { contacts: Contact[] }): EditorDraft {
  return {
    title: dto.title,
    summary: dto.summary,
    datelineCity: dto.datelineCity,
    datelineCountry: dto.datelineCountry,
    body: dto.body,
    contacts: dto.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      office: contact.office ?? '',
      phones: contact.phones.length ? [...contact.phones] : [''],
      email: contact.email ?? '',
    })),
    topicIds: [...dto.topicIds],
    heroMediaId: dto.heroMediaId,
  };
}

const filled = (value: string) => (value.trim() ? value.trim() : undefined);

/**
 * The draft as the server stores it (ReleaseDraftInput): contact rows nobody has started are left
 * out, empty optional fields are omitted, and topics are sorted so that equal drafts compare equal.
 */
export function toDraftPayload(draft: EditorDraft) {
  return {
    title: draft.title,
    summary: draft.summary,
    datelineCity: draft.datelineCity,
    datelineCountry: draft.datelineCountry,
    body: draft.body,
    contacts: draft.contacts
      .filter((contact) =>
        [contact.name, contact.role, contact.office, contact.email, ...contact.phones].some((value) => value.trim()),
      )
      .map((contact) => {
        const [role, office, email] = [filled(contact.role), filled(contact.office), filled(contact.email)];
        return {
          name: contact.name.trim(),
          ...(role ? { role } : {}),
          ...(office ? { office } : {}),
          phones: contact.phones.map((phone) => phone.trim()).filter(Boolean),
          ...(email ? { email } : {}),
        };
      }),
    topicIds: [...draft.topicIds].sort(),
    heroMediaId: draft.heroMediaId,
  };
}

/** One string per content, to tell whether two drafts hold the same text. */
export const draftFingerprint = (draft: EditorDraft) => fingerprintOf(toDraftPayload(draft));

export const toChecklistDraft = (
  draft: EditorDraft,
  release: { language: Locale; isTranslation: boolean },
): ChecklistDraft => {
  const payload = toDraftPayload(draft);
  return { ...payload, ...release, bodyText: toPlainText(draft.body) };
};
