import type { Locale } from '@/lib/i18n/locales';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';
import { ContactInput, type Contact } from '@/lib/validation/contact';
import { buildBlocks, type Block } from './blocks';
import { stripChrome } from './chrome';
import { findContactIntro, parseContacts } from './contacts';
import { decodeDump } from './decode';
import { detectLanguage } from './language';
import { repairMojibake } from './mojibake';
import { normaliseQuotes, normaliseWhitespace, removeLinkFragments } from './normalise';

export type DumpKind = 'release' | 'page';

export type ParsedDump = {
  kind: DumpKind;
  language: Locale;
  title: string;
  /** True when the page had no heading and its title was taken from its first sentence. */
  titleDerived: boolean;
  summary: string;
  datelineCity: string;
  body: RichTextDoc;
  bodyText: string;
  contacts: Contact[];
  paragraphs: number;
  listItems: number;
  /** What a person should check by hand, in plain words. */
  warnings: string[];
};

export const PARSE_FAILURES = ['empty', 'binary', 'no_content', 'no_title', 'no_body'] as const;
export type ParseFailure = (typeof PARSE_FAILURES)[number];

export type ParseResult = { ok: true; dump: ParsedDump } | { ok: false; reason: ParseFailure };

const LONGEST_TITLE = 200;
const LONGEST_DERIVED_TITLE = 90;
const LONGEST_SUMMARY = 300;
/** "Panama City - ", "New York – ", "GENÈVE, 3 mars 2016 - ": a short place name, then a dash. */
const DATELINE = /^([\p{Lu}][\p{L}.’'\-]*(?:\s+[\p{L}.’'\-]+){0,4}?)(?:,\s*[^-–—,]{1,40})?\s+[-–—]\s+(?=\S)/u;
const URL = /https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/g;

function isTitleLine(line: string): boolean {
  return line.length <= LONGEST_TITLE && !/[.,;:]$/.test(line) && !/^[-–•*]\s/.test(line);
}

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

/** Cuts at the last sentence end (else word) that fits, so that a summary or title never stops mid-word. */
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

/** Where the closing contact block starts (its intro may be wrapped onto a second line). */
function findContactBlock(lines: string[]): { index: number; text: string } | undefined {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index]!;
    if (!line) continue;
    const alone = findContactIntro(line);
    const wrapped = alone ? undefined : findContactIntro(`${line} ${lines[index + 1] ?? ''}`);
    if (!alone && !wrapped) continue;
    const rest = alone ? alone.rest : wrapped!.rest;
    const following = lines.slice(index + (alone ? 1 : 2));
    return { index, text: [rest, ...following].join('\n').trim() };
  }
  return undefined;
}

/** Everything the importer reads from one dump, without any database: pure and synchronous. */
export function parseDump(bytes: Uint8Array): ParseResult {
  const decoded = decodeDump(bytes);
  if (!decoded.ok) return decoded;
  const cleaned = normaliseWhitespace(removeLinkFragments(repairMojibake(decoded.text)));
  const lines = stripChrome(cleaned.split('\n'));
  while (lines.length && !lines[0]) lines.shift();
  if (lines.length === 0) return { ok: false, reason: 'no_content' };

  const contactBlock = findContactBlock(lines);
  const contacts = contactBlock ? parseContacts(contactBlock.text) : [];
  const content = contactBlock ? lines.slice(0, contactBlock.index) : lines;
  const hasTitleLine = isTitleLine(content[0] ?? '');
  if (hasTitleLine && !content.slice(1).some(Boolean)) return { ok: false, reason: 'no_body' };
  const blocks = buildBlocks(hasTitleLine ? content.slice(1) : content);

  let datelineCity = '';
  const first = blocks[0];
  const dateline = first?.kind === 'paragraph' ? DATELINE.exec(first.text) : null;
  if (first?.kind === 'paragraph' && dateline) {
    datelineCity = dateline[1]!;
    first.text = first.text.slice(dateline[0].length);
  }
  const kind: DumpKind = datelineCity || contactBlock ? 'release' : 'page';
  if (blocks.length === 0) return { ok: false, reason: 'no_body' };
  if (!hasTitleLine && kind === 'release') return { ok: false, reason: 'no_title' };

  const plain = blocks.map((block) => (block.kind === 'list' ? block.items.join('\n') : block.text)).join('\n');
  const language = detectLanguage(`${content[0]}\n${plain}`);
  const quoted = (text: string) => normaliseQuotes(text, language);
  for (const block of blocks) {
    if (block.kind === 'list') block.items = block.items.map(quoted);
    else block.text = quoted(block.text);
  }
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  const title = hasTitleLine ? quoted(content[0]!) : shorten(firstSentence(firstParagraph), LONGEST_DERIVED_TITLE);
  const body = toRichText(blocks);
  const readContacts = contacts
    .map((contact) => ({
      ...contact,
      name: quoted(contact.name),
      ...(contact.office ? { office: quoted(contact.office) } : {}),
    }))
    .filter((contact) => ContactInput.safeParse(contact).success);
  const warnings: string[] = [];
  if (!hasTitleLine) warnings.push('no title line: the title was taken from the first sentence');
  if (contactBlock && readContacts.length === 0) warnings.push('no person could be read from the contact block');
  if (readContacts.length < contacts.length) warnings.push('a contact with an invalid e-mail address was left out');

  return {
    ok: true,
    dump: {
      kind,
      language,
      title,
      titleDerived: !hasTitleLine,
      summary: shorten(firstParagraph, LONGEST_SUMMARY),
      datelineCity,
      body,
      bodyText: toPlainText(body),
      contacts: readContacts,
      paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
      listItems: blocks.reduce((count, block) => count + (block.kind === 'list' ? block.items.length : 0), 0),
      warnings,
    },
  };
}
