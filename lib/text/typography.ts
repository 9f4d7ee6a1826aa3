import type { Locale } from '@/lib/i18n/locales';
import type { RichTextDoc, RichTextNode } from '@/lib/rich-text/types';

const OPENING_QUOTE: Record<Locale, string> = { fr: '«\u00a0', en: '“', es: '«' };
const CLOSING_QUOTE: Record<Locale, string> = { fr: '\u00a0»', en: '”', es: '»' };

/**
 * One apostrophe (’) and the language's quotation marks, without touching the words: straight
 * double quotes become «…» (fr, es) or “…” (en), and French guillemets get their no-break spaces.
 */
export function normaliseQuotes(text: string, language: Locale): string {
  let result = text.replace(/(\p{L})['`´‘](?=\p{L})/gu, '$1’');
  result = result.replace(
    /(^|[\s(\[])"(?=\S)([^"\n]*?\S)"(?=$|[\s.,;:!?)\]])/gu,
    (_m, before: string, inner: string) => {
      return `${before}${OPENING_QUOTE[language]}${inner}${CLOSING_QUOTE[language]}`;
    },
  );
  if (language === 'fr') {
    result = result.replace(/«[ \u00a0]*/g, '«\u00a0').replace(/[ \u00a0]*»/g, '\u00a0»');
  } else {
    result = result.replace(/«[ \u00a0]+/g, '«').replace(/[ \u00a0]+»/g, '»');
  }
  return result;
}

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** Web and e-mail addresses, which typography never touches. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>«»"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** French spacing outside addresses: no-break spaces before ; ! ? and : and inside digit groups. */
function frenchSpacing(text: string): string {
  return (
    normaliseQuotes(text, 'fr')
      // A space (or none) after a word before ; ! ? becomes a narrow no-break space.
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${NARROW_NBSP}$1`)
      .replace(/(?<=[\p{L}\p{N}»)\]’])([;!?])/gu, `${NARROW_NBSP}$1`)
      // Before a colon only the space typed is made no-break: "10:30" and "3:1" keep theirs.
      .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
      // "2 143", "1 000 000": groups of three digits held together, not a phone number or a year followed by a number.
      .replace(/(?<![\d+,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[ \u00a0\u202f]\d)/g, (group) =>
        group.replace(/[ \u00a0\u202f]/g, NARROW_NBSP),
      )
  );
}

/**
 * A French text set as French typography wants it: curly apostrophes, «\u00a0guillemets\u00a0»,
 * no-break spaces before ; : ! ? and in numbers ("2 143"), web and e-mail addresses left as typed.
 * Setting a text twice changes nothing more.
 */
export function typesetFrench(text: string): string {
  let result = '';
  let from = 0;
  for (const address of text.matchAll(ADDRESS)) {
    result += frenchSpacing(text.slice(from, address.index)) + address[0];
    from = address.index + address[0].length;
  }
  return result + frenchSpacing(text.slice(from));
}

function typesetNode(node: RichTextNode): RichTextNode {
  if (node.type === 'text') {
    // Code is quoted as typed.
    if (!node.text || node.marks?.some((mark) => mark.type === 'code')) return node;
    return { ...node, text: typesetFrench(node.text) };
  }
  if (node.type === 'codeBlock' || !node.content) return node;
  return { ...node, content: node.content.map(typesetNode) };
}

/** The texts of a release's working copy, set in its language's typography (French only, so far). */
export function typesetDraft<Draft extends { title: string; summary: string; body: RichTextDoc }>(
  draft: Draft,
  language: Locale,
): Draft {
  if (language !== 'fr') return draft;
  return {
    ...draft,
    title: typesetFrench(draft.title),
    summary: typesetFrench(draft.summary),
    body: { ...draft.body, content: draft.body.content.map(typesetNode) },
  };
}
