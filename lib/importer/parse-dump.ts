import type { Locale } from '@/lib/i18n/locales';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';
import { ContactInput, type Contact } from '@/lib/validation/contact';
import { buildBlocks, type Block } from './blocks';
import { stripChrome } from './chrome';
import { findContactIntro, readContactBlock } from './contacts';
import { readDateLine, readDateline, readDatelineLine, findDate } from './dateline';
import { decodeDump } from './decode';
import { decideKind } from './kind';
import { guessLanguage } from '@/lib/text/language';
import { repairMojibake } from './mojibake';
import { normaliseQuotes } from '@/lib/text/typography';
import { normaliseWhitespace, removeLinkFragments } from './normalise';
import { reviewOf, type ImportReview, type ReviewReason } from './review';

export type DumpKind = 'release' | 'page';

export type ParsedDump = {
  kind: DumpKind;
  language: Locale;
  title: string;
  /** True when the dump had no title line and its title was taken from its first sentence. */
  titleDerived: boolean;
  /** The page's own standfirst when it has one; never a copy of the first paragraph (empty otherwise). */
  summary: string;
  datelineCity: string;
  /** The date the text gives (dateline, a date line, the title), as YYYY-MM-DD, or null. */
  date: string | null;
  body: RichTextDoc;
  bodyText: string;
  contacts: Contact[];
  paragraphs: number;
  listItems: number;
  /** How sure the parser is of each field, and what a person should check by hand. */
  review: ImportReview;
};

export const PARSE_FAILURES = ['empty', 'binary', 'no_content', 'no_body'] as const;
export type ParseFailure = (typeof PARSE_FAILURES)[number];

export type ParseResult = { ok: true; dump: ParsedDump } | { ok: false; reason: ParseFailure };
export type ParseOptions = {
  /** The file's path in the dump folder: one of the release-or-page signals. */ sourceName?: string;
};

const LONGEST_TITLE = 250;
const LONGEST_DERIVED_TITLE = 90;
/** A paragraph before the dateline is the page's standfirst only when it is at least this long. */
const SHORTEST_STANDFIRST = 40;
/** How far below the title the date and dateline lines of a page's header are looked for. */
const HEADER_LINES = 6;
/** Past this length a line of a contact block is prose, so what looked like an intro was not one. */
const LONGEST_CONTACT_LINE = 160;
const URL = /https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/g;
/** "FIN", "ENDS", "###", "-30-": where a release's text ends on the wire. */
const END_MARKER = /^(?:-+\s*)?(?:fin|ends?|###|-30-|\*\*\*)(?:\s*-+)?$/iu;

function textNodes(text: string): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  let at = 0;
  for (const match of text.matchAll(URL)) {
    if (match.index > at) nodes.push({ type: 'text', text: text.slice(at, match.index) });
    nodes.push({ type: 'text', text: match[0], marks: [{ type: 'link', attrs: { href: match[0] } }] });
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push({ type: 'text', text: text.slice(at) });
  return nodes;
}

const paragraphNode = (text: string): RichTextNode => ({ type: 'paragraph', content: textNodes(text) });

function toRichText(blocks: Block[]): RichTextDoc {
  return {
    type: 'doc',
    content: blocks.map((block): RichTextNode => {
      if (block.kind === 'heading') return { type: 'heading', attrs: { level: 2 }, content: textNodes(block.text) };
      if (block.kind === 'list') {
        return {
          type: 'bulletList',
          content: block.items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] })),
        };
      }
      return paragraphNode(block.text);
    }),
  };
}

/** Cuts at the last sentence end (else word) that fits, so that a title never stops mid-word. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > limit / 3) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' ')).replace(/[,;:\s]+$/, '')}…`;
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end);
}

const sameText = (a: string, b: string) =>
  a.replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase() ===
  b.replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const reachable = (line: string) => /@|\+?\d[\d\s().-]{6,}\d/.test(line);

/**
 * Where the closing contact block starts: the first contact intro (its text may wrap onto the next
 * line) after which every line is short or holds a phone or an address. Prose after an intro
 * ("please contact us at … Our office …") means it was a sentence, not the block.
 */
function findContactBlock(lines: string[]): { index: number; text: string } | undefined {
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!line) continue;
    const alone = findContactIntro(line);
    const wrapped = alone ? undefined : findContactIntro(`${line} ${lines[index + 1] ?? ''}`);
    if (!alone && !wrapped) continue;
    const following = lines.slice(index + (alone ? 1 : 2));
    if (following.some((next) => next.length > LONGEST_CONTACT_LINE && !reachable(next))) continue;
    const rest = alone ? alone.rest : wrapped!.rest;
    const text = [rest, ...following].join('\n').trim();
    if (!reachable(text) && !/\[\s*e-?mail/i.test(text)) continue;
    return { index, text };
  }
  return undefined;
}

/** A first line that is not a title: a dateline or date of its own, or a paragraph opening with a dateline. */
function isTitleLine(line: string): boolean {
  if (line.length > LONGEST_TITLE || /^[-–•*]\s/.test(line)) return false;
  if (readDatelineLine(line) || readDateLine(line)) return false;
  // A title may end with a full stop; a long sentence with clauses that does is the first paragraph.
  if (/[.!…]$/u.test(line) && (line.split(/\s+/).length > 14 || (line.match(/, /g) ?? []).length >= 2)) return false;
  // A title may start like a dateline ("OCHA - United Nations …"); a paragraph that does goes on into sentences.
  return !(readDateline(line) && (line.length > 150 || /[.!?»”"]$/u.test(line)));
}

/** Everything the importer reads from one dump, without any database: pure and synchronous. */
export function parseDump(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeDump(bytes);
  if (!decoded.ok) return decoded;
  const cleaned = normaliseWhitespace(removeLinkFragments(repairMojibake(decoded.text)));
  const lines = stripChrome(cleaned.split('\n')).filter((line) => !END_MARKER.test(line));
  while (lines.length && !lines[0]) lines.shift();
  if (lines.length === 0) return { ok: false, reason: 'no_content' };

  const reasons: ReviewReason[] = [];
  const hasTitleLine = isTitleLine(lines[0]!);
  let content = hasTitleLine ? lines.slice(1) : lines;
  if (hasTitleLine && content.find(Boolean) && sameText(content.find(Boolean)!, lines[0]!)) {
    content = content.slice(content.findIndex(Boolean) + 1); // the title repeated as the first paragraph
  }
  if (!content.some(Boolean)) return { ok: false, reason: 'no_body' };

  // The header under the title: date lines and dateline lines, with a standfirst or a byline between them.
  let datelineCity = '';
  let date: string | null = hasTitleLine ? (findDate(lines[0]!)?.iso ?? null) : null;
  let lastHeaderLine = -1;
  for (let index = 0, seen = 0; index < content.length && seen < HEADER_LINES; index += 1) {
    const line = content[index]!;
    if (!line) continue;
    seen += 1;
    const datelineLine = readDatelineLine(line);
    const dateLine = datelineLine ? undefined : readDateLine(line);
    if (!datelineLine && !dateLine) continue;
    if (datelineLine) datelineCity = datelineLine.city;
    date = datelineLine?.date ?? dateLine ?? date;
    content[index] = '';
    lastHeaderLine = index;
  }

  const contactBlock = findContactBlock(content);
  const contactReading = contactBlock ? readContactBlock(contactBlock.text) : undefined;
  const bodyLines = contactBlock ? content.slice(0, contactBlock.index) : content;
  const stats = { uncertainJoins: 0 };
  const front = buildBlocks(bodyLines.slice(0, lastHeaderLine + 1));
  const blocks = buildBlocks(bodyLines.slice(lastHeaderLine + 1), stats);

  // A dateline opens the first paragraph, or the one after a short standfirst.
  let datelineStrong = !!datelineCity;
  for (let index = 0; index < Math.min(3, blocks.length) && !datelineCity; index += 1) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph') break;
    const dateline = readDateline(block.text);
    if (dateline) {
      datelineCity = dateline.city;
      datelineStrong = dateline.strong;
      date = dateline.date ?? date;
      block.text = dateline.rest;
      front.push(...blocks.splice(0, index));
      break;
    }
    if (block.text.length > 400) break;
  }
  if (blocks.length === 0) return { ok: false, reason: 'no_body' };

  const plain = blocks.map((block) => (block.kind === 'list' ? block.items.join('\n') : block.text)).join('\n');
  const title = hasTitleLine ? lines[0]! : '';
  const decision = decideKind({
    title: title || plain.slice(0, 80),
    text: plain,
    sourceName: options.sourceName,
    hasDateline: !!datelineCity,
    hasDate: !!date,
    contacts: contactReading?.contacts.length ?? 0,
    headings: blocks.filter((block) => block.kind === 'heading').length,
  });
  const kind = decision.kind;
  // A page keeps every line it had: what looked like a contact block stays in its text.
  if (kind === 'page' && contactBlock) blocks.push(...buildBlocks(content.slice(contactBlock.index)));

  const language = guessLanguage(`${title}\n${plain}`);
  const quoted = (text: string) => normaliseQuotes(text, language.language);
  for (const block of [...blocks, ...front]) {
    if (block.kind === 'list') block.items = block.items.map(quoted);
    else block.text = quoted(block.text);
  }
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const standfirst = front.find((block) => block.kind === 'paragraph' && block.text.length >= SHORTEST_STANDFIRST);
  const body = toRichText(blocks);

  const contacts: Contact[] = [];
  if (kind === 'release' && contactReading) {
    for (const contact of contactReading.contacts) {
      const cleanedContact = {
        ...contact,
        name: quoted(contact.name),
        ...(contact.office ? { office: quoted(contact.office) } : {}),
        ...(contact.role ? { role: quoted(contact.role) } : {}),
      };
      if (ContactInput.safeParse(cleanedContact).success) contacts.push(cleanedContact);
      else reasons.push({ field: 'contacts', code: 'contact_left_out', detail: contact.name });
    }
    for (const unread of contactReading.unread)
      reasons.push({ field: 'contacts', code: 'contacts_unread', detail: unread });
    if (contactReading.contacts.length === 0 && contactReading.unread.length === 0)
      reasons.push({ field: 'contacts', code: 'contacts_unread', detail: contactBlock!.text.slice(0, 120) });
  }

  return {
    ok: true,
    dump: {
      kind,
      language: language.language,
      title: hasTitleLine ? quoted(title) : shorten(firstSentence(firstParagraph), LONGEST_DERIVED_TITLE),
      titleDerived: !hasTitleLine,
      summary: standfirst?.kind === 'paragraph' ? standfirst.text : '',
      datelineCity,
      date,
      body,
      bodyText: toPlainText(body),
      contacts,
      paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
      listItems: blocks.reduce((count, block) => count + (block.kind === 'list' ? block.items.length : 0), 0),
      review: reviewOf({
        kind: decision,
        language: language.confidence,
        titleDerived: !hasTitleLine,
        datelineStrong: !datelineCity || datelineStrong,
        contacts,
        summary: !!standfirst,
        uncertainJoins: stats.uncertainJoins,
        reasons,
      }),
    },
  };
}
