import type { Locale } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';
import type { DumpKind, ParsedDump } from './parse-dump';
import type { ImportReview } from './review';

/** What is compared with the key: a parse, or what an import stored. */
export type ScoredReading = Pick<
  ParsedDump,
  'kind' | 'language' | 'title' | 'datelineCity' | 'paragraphs' | 'contacts'
> & {
  review: Pick<ImportReview, 'needsReview' | 'reasons'>;
};

/** What a careful reader finds in one corpus file (lib/importer/corpus/<split>/answers.json). */
export type AnswerKey = {
  source: string;
  organisation: string;
  kind: DumpKind;
  language: Locale;
  /** null when the page has no title line: then only a title flagged for review counts as right. */
  title: string | null;
  datelineCity: string;
  date: string | null;
  paragraphs: number;
  listItems: number;
  summary?: string;
  contacts: Contact[];
};

export const SCORED_FIELDS = [
  'kind',
  'language',
  'title',
  'dateline',
  'paragraphs',
  'contact.name',
  'contact.emails',
  'contact.phones',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export type ItemScore = {
  id: string;
  /** Every field compared, with whether the parser got it right. */
  fields: { field: ScoredField; right: boolean; expected?: unknown; found?: unknown }[];
  needsReview: boolean;
};

export type CorpusScore = {
  items: ItemScore[];
  byField: Record<ScoredField, { right: number; total: number }>;
  right: number;
  total: number;
  /** Items with at least one wrong field that would have been published without a review flag. */
  publishedWrong: string[];
};

/** Quotes, apostrophes and spaces as the importer writes them differ from the key's plain ones. */
const plainText = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[’‘´`]/g, "'")
    .replace(/[«»“”"]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
const placeText = (text: string) =>
  plainText(text)
    .toLowerCase()
    .replace(/\s*(?:\/|\s-\s)\s*/g, '/');
const nameText = (text: string) => plainText(text).toLowerCase();
const digits = (phones: string[]) => phones.map((phone) => phone.replace(/\D/g, '')).sort();
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Compares one parse with its answer key, field by field. */
export function scoreItem(id: string, key: AnswerKey, dump: ScoredReading | undefined): ItemScore {
  const fields: ItemScore['fields'] = [];
  const push = (field: ScoredField, right: boolean, expected?: unknown, found?: unknown) =>
    fields.push(right ? { field, right } : { field, right, expected, found });
  const needsReview = dump?.review.needsReview ?? true;
  push('kind', dump?.kind === key.kind, key.kind, dump?.kind);
  push('language', dump?.language === key.language, key.language, dump?.language);
  const titleRight =
    key.title === null
      ? !!dump && dump.review.reasons.some((reason) => reason.field === 'title')
      : !!dump && plainText(dump.title) === plainText(key.title);
  push('title', titleRight, key.title, dump?.title);
  push(
    'dateline',
    placeText(dump?.datelineCity ?? '') === placeText(key.datelineCity),
    key.datelineCity,
    dump?.datelineCity,
  );
  push('paragraphs', dump?.paragraphs === key.paragraphs, key.paragraphs, dump?.paragraphs);

  const found = dump?.kind === 'release' ? [...dump.contacts] : [];
  const unmatched = new Set(found.map((_, index) => index));
  for (const [index, expected] of key.contacts.entries()) {
    let at = found.findIndex(
      (contact, candidate) => unmatched.has(candidate) && nameText(contact.name) === nameText(expected.name),
    );
    if (at === -1 && unmatched.has(index)) at = index;
    const contact = at === -1 ? undefined : found[at];
    if (at !== -1) unmatched.delete(at);
    push('contact.name', !!contact && nameText(contact.name) === nameText(expected.name), expected.name, contact?.name);
    const emails = (value?: string) => (value ? [value.toLowerCase()] : []);
    push(
      'contact.emails',
      !!contact && sameList(emails(contact.email), emails(expected.email)),
      expected.email ?? null,
      contact?.email ?? null,
    );
    push(
      'contact.phones',
      !!contact && sameList(digits(contact.phones), digits(expected.phones)),
      expected.phones,
      contact?.phones,
    );
  }
  // A contact read where the key has none (a merge split in two, a sentence taken for a person) is a wrong name.
  for (const extra of unmatched) push('contact.name', false, null, found[extra]!.name);
  return { id, fields, needsReview };
}

export function scoreCorpus(items: ItemScore[]): CorpusScore {
  const byField = Object.fromEntries(
    SCORED_FIELDS.map((field) => [field, { right: 0, total: 0 }]),
  ) as CorpusScore['byField'];
  for (const item of items) {
    for (const { field, right } of item.fields) {
      byField[field].total += 1;
      if (right) byField[field].right += 1;
    }
  }
  const right = Object.values(byField).reduce((sum, field) => sum + field.right, 0);
  const total = Object.values(byField).reduce((sum, field) => sum + field.total, 0);
  const publishedWrong = items
    .filter((item) => !item.needsReview && item.fields.some((field) => !field.right))
    .map((item) => item.id);
  return { items, byField, right, total, publishedWrong };
}

/** The per-field table the corpus test prints. */
export function formatCorpusScore(label: string, score: CorpusScore): string {
  const percent = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)} %` : '—');
  const lines = [
    `${label}: ${score.right}/${score.total} fields right (${percent(score.right, score.total)}), ${score.items.filter((item) => item.needsReview).length}/${score.items.length} items flagged for review, ${score.publishedWrong.length} published with a wrong field`,
  ];
  for (const field of SCORED_FIELDS) {
    const { right, total } = score.byField[field];
    lines.push(
      `  ${field.padEnd(15)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${percent(right, total)}`,
    );
  }
  for (const item of score.items) {
    const wrong = item.fields.filter((field) => !field.right);
    if (!wrong.length) continue;
    lines.push(
      `  ${item.needsReview ? 'review ' : 'WRONG  '} ${item.id}: ${wrong
        .map(
          (field) =>
            `${field.field} (expected ${JSON.stringify(field.expected)}, found ${JSON.stringify(field.found)})`,
        )
        .join('; ')}`,
    );
  }
  return lines.join('\n');
}
