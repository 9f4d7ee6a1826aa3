/**
 * Inline comments point at a passage by quoting it (a W3C-style text-quote selector): the passage
 * itself and a little of the text around it. Positions would break with the first edit above the
 * passage; a quote survives any edit that leaves the passage itself alone.
 */
export type TextQuote = { quote: string; prefix: string; suffix: string };

/** How much text around a passage is kept to tell apart two places that quote the same words. */
export const ANCHOR_CONTEXT = 32;

/** The quote selector for the characters [start, end) of a text. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}

type Folded = { key: string; starts: number[]; ends: number[] };

/**
 * The text as it is compared: Unicode-decomposed (so "é" typed as one character or as "e" plus an
 * accent is the same), without whitespace (so the line breaks between paragraphs, which the server's
 * plain text and the browser's rendered text spell differently, never matter). Each folded character
 * remembers where it came from in the original text.
 */
function fold(text: string): Folded {
  let key = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const codePoint of text) {
    const next = index + codePoint.length;
    if (!/\s/u.test(codePoint)) {
      for (const unit of codePoint.normalize('NFD')) {
        key += unit;
        starts.push(index);
        ends.push(next);
      }
    }
    index = next;
  }
  return { key, starts, ends };
}

const foldKey = (text: string) => fold(text).key;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Where a quoted passage is in a text now, as [start, end) of the original text, or null when the
 * passage was edited away. When the words occur more than once, the place whose surrounding text
 * best matches the remembered prefix and suffix wins (the first one on a tie).
 */
export function findQuote(text: string, anchor: TextQuote): { start: number; end: number } | null {
  const quote = foldKey(anchor.quote);
  if (!quote) return null;
  const folded = fold(text);
  const prefix = foldKey(anchor.prefix);
  const suffix = foldKey(anchor.suffix);
  let best: { at: number; score: number } | null = null;
  for (let at = folded.key.indexOf(quote); at !== -1; at = folded.key.indexOf(quote, at + 1)) {
    const before = folded.key.slice(Math.max(0, at - prefix.length), at);
    const after = folded.key.slice(at + quote.length, at + quote.length + suffix.length);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return { start: folded.starts[best.at]!, end: folded.ends[best.at + quote.length - 1]! };
}
