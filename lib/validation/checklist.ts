import type { Locale } from '@/lib/i18n/locales';
import { countTablesWithoutHeaderRow } from '@/lib/rich-text/attachments';
import { listImages } from '@/lib/rich-text/plain-text';
import { countUntranslatedBlocks } from '@/lib/rich-text/untranslated';
import { otherLanguageOf } from '@/lib/text/language';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { ContactInput } from './contact';

/**
 * The pre-submit checklist: run live in the editor's sidebar and again on the server when a
 * release is submitted, scheduled or published, so both always agree.
 */
export const CHECKLIST_LIMITS = { titleMax: 120, summaryMax: 300, bodyMinWords: 80 } as const;

export type ChecklistRule =
  | 'title_length'
  | 'summary_length'
  | 'dateline_city'
  | 'contact'
  | 'topic'
  | 'image_alt'
  | 'table_header'
  | 'no_placeholder'
  | 'body_length'
  | 'translated'
  | 'language';

export type ChecklistItem = {
  rule: ChecklistRule;
  passed: boolean;
  count?: number;
  /** For `language`: the field and the language it was found written in. */
  found?: { field: 'title' | 'summary' | 'body'; language: Locale };
};

export type ChecklistDraft = {
  /** The release's language, which the title, summary and text must be written in. */
  language: Locale;
  /** A translation lists its untranslated blocks even when none is left. */
  isTranslation?: boolean;
  title: string;
  summary: string;
  datelineCity: string;
  contacts: { name?: string; phones?: string[]; email?: string }[];
  topicIds: readonly string[];
  body: RichTextDoc;
  bodyText: string;
};

// Reminders are written in capitals ("TODO", "XXX"); in lower case "todo" is Spanish for "all".
const isPlaceholder = (text: string) => /\b(lorem|ipsum)\b/i.test(text) || /\b(TODO|TBC|FIXME|XXX+)\b/.test(text);

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function hasReachableContact(contacts: ChecklistDraft['contacts']): boolean {
  const phone = ContactInput.shape.phones.element;
  const email = ContactInput.shape.email.unwrap();
  return contacts.some(
    (contact) =>
      Boolean(contact.name?.trim()) &&
      ((contact.email !== undefined && email.safeParse(contact.email).success) ||
        (contact.phones ?? []).some((number) => phone.safeParse(number).success)),
  );
}

export function runChecklist(draft: ChecklistDraft): ChecklistItem[] {
  const title = draft.title.trim();
  const summary = draft.summary.trim();
  const images = listImages(draft.body);
  const words = countWords(draft.bodyText);
  const headerless = countTablesWithoutHeaderRow(draft.body);
  const searched = [draft.title, draft.summary, draft.bodyText].join('\n');
  const untranslated = countUntranslatedBlocks(draft.body);
  return [
    {
      rule: 'title_length',
      passed: title.length > 0 && title.length <= CHECKLIST_LIMITS.titleMax,
      count: title.length,
    },
    {
      rule: 'summary_length',
      passed: summary.length > 0 && summary.length <= CHECKLIST_LIMITS.summaryMax,
      count: summary.length,
    },
    { rule: 'dateline_city', passed: draft.datelineCity.trim().length > 0 },
    { rule: 'contact', passed: hasReachableContact(draft.contacts) },
    { rule: 'topic', passed: draft.topicIds.length > 0 },
    {
      rule: 'image_alt',
      passed: images.every((image) => image.alt.trim().length > 0),
      count: images.filter((image) => !image.alt.trim()).length,
    },
    { rule: 'table_header', passed: headerless === 0, count: headerless },
    { rule: 'no_placeholder', passed: !isPlaceholder(searched) },
    { rule: 'body_length', passed: words >= CHECKLIST_LIMITS.bodyMinWords, count: words },
    ...(draft.isTranslation || untranslated > 0
      ? [{ rule: 'translated' as const, passed: untranslated === 0, count: untranslated }]
      : []),
    languageItem(draft),
  ];
}

function languageItem(draft: ChecklistDraft): ChecklistItem {
  const fields = [
    ['title', draft.title],
    ['summary', draft.summary],
    ['body', draft.bodyText],
  ] as const;
  for (const [field, text] of fields) {
    const language = otherLanguageOf(text, draft.language);
    if (language) return { rule: 'language', passed: false, found: { field, language } };
  }
  return { rule: 'language', passed: true };
}

export const checklistPasses = (draft: ChecklistDraft) => runChecklist(draft).every((item) => item.passed);
