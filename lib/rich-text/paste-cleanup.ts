import { safeHref } from './render-html';

/** Where a pasted image waits while the library imports it; the editor shows a notice, never a request. */
export const PENDING_IMAGE_PREFIX = '/media/pasting/';

/** An image of pasted text for the library to import: its address on another site, or its own bytes. */
export type PastedImage = { placeholder: string; source: { url: string } | { dataUri: string } };

export type CleanedPaste = {
  html: string;
  /** Images that now wait at `placeholder` for their import. */
  images: PastedImage[];
  /** Images that were removed: a local file of the writer's computer, or no import possible here. */
  dropped: number;
};

type Options = {
  /** Whether images may be imported at all (a release); otherwise each one is removed and counted. */
  importImages?: boolean;
  newToken?: () => string;
};

// Elements kept as they are (their attributes go, but for the few below).
const KEPT = new Set([
  'P',
  'UL',
  'OL',
  'LI',
  'A',
  'STRONG',
  'EM',
  'BR',
  'BLOCKQUOTE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'IMG',
]);
const RENAMED: Record<string, string> = { B: 'STRONG', I: 'EM', CITE: 'EM' };
// Elements removed with everything inside them.
const REMOVED = new Set([
  'SCRIPT',
  'STYLE',
  'META',
  'LINK',
  'TITLE',
  'HEAD',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'FORM',
  'XML',
]);
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  IMG: ['src', 'alt'],
};

let counter = 0;
const defaultToken = () => `${Date.now().toString(36)}-${(counter += 1)}`;

const styleOf = (element: Element) => (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');

/**
 * Cleans HTML pasted from Word, Google Docs or a web page down to what a release keeps: headings,
 * paragraphs, lists, links, bold, italic, tables and images. Styles, classes, fonts, spans,
 * comments, Word's own markup (`mso-` styles, `<o:p>`, VML, conditional comments), scripts and
 * empty paragraphs go. Word's lists, which are styled paragraphs, become lists again; Google
 * Docs' bold and italic, which are styled spans, become bold and italic. Headings keep their
 * order but start at level 2 (the release's title is the page's only level 1). Text copied from
 * this editor (ProseMirror marks it `data-pm-slice`) is left as it is.
 */
export function cleanPastedHtml(
  html: string,
  { importImages = true, newToken = defaultToken }: Options = {},
): CleanedPaste {
  if (/data-pm-slice/.test(html)) return { html, images: [], dropped: 0 };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  const images: PastedImage[] = [];
  let dropped = 0;

  removeComments(body);
  rebuildWordLists(body);

  // Deepest first, so that an element's children are already clean when it is looked at.
  for (const element of [...body.querySelectorAll('*')].reverse()) {
    const tag = element.tagName.toUpperCase();
    // Word's empty <o:p> runs and VML drawings go; its other tags (smart tags, <st1:city>) keep their text.
    if (REMOVED.has(tag) || tag === 'O:P' || tag.startsWith('V:') || styleOf(element).includes('mso-list:ignore')) {
      element.remove();
      continue;
    }
    if (tag === 'IMG') {
      const source = importSource(element.getAttribute('src') ?? '');
      if (source === 'library') {
        keepOnly(element);
        continue;
      }
      if (!source || !importImages) {
        dropped += 1;
        element.remove();
        continue;
      }
      const placeholder = `${PENDING_IMAGE_PREFIX}${newToken()}`;
      images.push({ placeholder, source });
      element.setAttribute('src', placeholder);
      element.setAttribute('alt', '');
      keepOnly(element);
      continue;
    }
    if (tag === 'A') {
      const href = linkTarget(element.getAttribute('href'));
      if (!href) {
        unwrap(element);
        continue;
      }
      element.setAttribute('href', href);
    }
    // Google Docs wraps the whole selection in a <b> that is not bold.
    if (tag === 'B' && /(^|;)font-weight:(normal|400)/.test(styleOf(element))) {
      unwrap(element);
      continue;
    }
    if (tag === 'SPAN') markSpan(element);
    const renamed = RENAMED[tag] ?? tag;
    const target = /^H[1-6]$/.test(renamed) || KEPT.has(renamed) ? renamed : undefined;
    if (!target) {
      unwrap(element);
      continue;
    }
    const kept = target === tag ? element : rename(element, target);
    keepOnly(kept);
  }

  levelHeadings(body);
  removeEmpty(body);
  // Google Docs puts line breaks between blocks; they would become empty paragraphs.
  for (const br of body.querySelectorAll(':scope > br')) br.remove();
  // Found deepest first: in the order of the text again.
  return { html: body.innerHTML.trim(), images: images.reverse(), dropped };
}

/** A `data:` or http(s) image to import, `'library'` for one of ours, or undefined for anything else. */
function importSource(src: string): PastedImage['source'] | 'library' | undefined {
  if (/^\/media\/[A-Za-z0-9/_.-]+$/.test(src)) return 'library';
  if (/^data:image\/(png|jpe?g|webp|gif);base64,/i.test(src)) return { dataUri: src };
  if (/^https?:\/\/[^\s"'<>]+$/i.test(src)) return { url: src };
  return undefined;
}

/** The address a pasted link should keep: Google's redirect unwrapped, anything unsafe dropped. */
function linkTarget(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    if (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url' && url.searchParams.get('q'))
      return safeHref(url.searchParams.get('q')!);
  } catch {
    return undefined;
  }
  return safeHref(href);
}

/** Google Docs writes bold and italic as styled spans, never as elements: they become elements. */
function markSpan(span: Element) {
  const style = styleOf(span);
  for (const [pattern, tag] of [
    [/(^|;)font-weight:(bold|bolder|[6-9]00)/, 'strong'],
    [/(^|;)font-style:italic/, 'em'],
  ] as const) {
    if (!pattern.test(style)) continue;
    const mark = span.ownerDocument.createElement(tag);
    mark.append(...span.childNodes);
    span.append(mark);
  }
}

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag.toLowerCase());
  for (const attribute of [...element.attributes]) replacement.setAttribute(attribute.name, attribute.value);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

function keepOnly(element: Element) {
  const allowed = KEPT_ATTRIBUTES[element.tagName.toUpperCase()] ?? [];
  for (const attribute of [...element.attributes])
    if (!allowed.includes(attribute.name.toLowerCase())) element.removeAttribute(attribute.name);
}

function unwrap(element: Element) {
  element.replaceWith(...element.childNodes);
}

function removeComments(root: Element) {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/**
 * Word writes a list as paragraphs styled `mso-list:l0 level1 lfo1`, each starting with its
 * bullet or number in a span marked `mso-list:Ignore`. Runs of them become nested lists: ordered
 * when the marker is a number or a letter.
 */
function rebuildWordLists(root: Element) {
  const paragraphs = [...root.querySelectorAll('p')].filter((p) => /mso-list:l\d/.test(styleOf(p)));
  type Open = { list: Element; level: number; item?: Element };
  let stack: Open[] = [];
  let previous: Element | undefined;
  for (const paragraph of paragraphs) {
    const level = Number(/level(\d+)/.exec(styleOf(paragraph))?.[1] ?? 1);
    const marker = paragraph.querySelector('[style*="mso-list"]')?.textContent?.replace(/\s|\u00a0/g, '') ?? '';
    const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(marker);
    const adjacent = previous !== undefined && sibling(previous) === paragraph;
    if (!adjacent) stack = [];
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = paragraph.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      if (top?.item) top.item.append(list);
      else paragraph.before(list);
      top = { list, level };
      stack.push(top);
    }
    const item = paragraph.ownerDocument.createElement('li');
    const content = paragraph.ownerDocument.createElement('p');
    content.append(...paragraph.childNodes);
    item.append(content);
    top.list.append(item);
    top.item = item;
    // The paragraph stays in place, emptied, until the end, so that the next one can tell it follows.
    previous = paragraph;
  }
  for (const paragraph of paragraphs) paragraph.remove();
}

const sibling = (element: Element) => element.nextElementSibling;

/** The highest heading pasted becomes level 2, the next level 3, and any deeper one level 3 too. */
function levelHeadings(root: Element) {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = [...new Set(headings.map((heading) => Number(heading.tagName[1])))].sort();
  for (const heading of headings) {
    const target = levels.indexOf(Number(heading.tagName[1])) === 0 ? 'H2' : 'H3';
    if (heading.tagName.toUpperCase() !== target) rename(heading, target);
  }
}

/** Paragraphs, headings and list items with nothing in them but spaces (Word's `<o:p>&nbsp;</o:p>`). */
function removeEmpty(root: Element) {
  for (const element of [...root.querySelectorAll('p, h2, h3, li, blockquote, strong, em, a')].reverse()) {
    const blank = !(element.textContent ?? '').replace(/[\s\u00a0]/g, '');
    // An image is a block of its own: a paragraph around nothing but images would stay behind empty.
    if (blank && element.tagName === 'P' && element.querySelector('img') && !element.querySelector('table')) {
      element.replaceWith(...element.querySelectorAll('img'));
      continue;
    }
    if (!blank || element.querySelector('img, table')) continue;
    // An emptied table cell gets its paragraph back from the editor's schema.
    element.remove();
  }
  for (const list of [...root.querySelectorAll('ul, ol')]) if (!list.querySelector('li')) list.remove();
}
