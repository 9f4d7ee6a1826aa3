import { findQuote, quoteAt, type TextQuote } from './anchor';

/**
 * The browser side of inline comments: the text of the rendered body as one string (its text
 * nodes, in order, without the comment links this code adds), quoting a selection from it, and
 * wrapping a found passage in <mark>. Quoting and finding read the same string, so a passage
 * quoted here is found here again.
 */

const UI = 'data-comment-ui';
const HIGHLIGHT = 'data-comment-highlight';

function textNodesOf(container: HTMLElement): Text[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(`[${UI}]`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** How many characters of the body's text come before a boundary point (a range's end). */
function offsetOf(nodes: Text[], boundary: Range): number {
  let offset = 0;
  for (const node of nodes) {
    if (node === boundary.endContainer) return offset + boundary.endOffset;
    if (!boundary.intersectsNode(node)) break;
    offset += node.data.length;
  }
  return offset;
}

/** The quote selector of the current selection, if it is a non-empty passage of the body. */
export function quoteSelection(container: HTMLElement, selection: Selection | null): TextQuote | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const nodes = textNodesOf(container);
  const before = (node: Node, offset: number) => {
    const prefix = document.createRange();
    prefix.selectNodeContents(container);
    prefix.setEnd(node, offset);
    return offsetOf(nodes, prefix);
  };
  const text = nodes.map((node) => node.data).join('');
  const start = before(range.startContainer, range.startOffset);
  const end = before(range.endContainer, range.endOffset);
  const anchor = quoteAt(text, start, end);
  return anchor.quote.trim() ? anchor : null;
}

export type Highlight = TextQuote & { id: string; label: string };

/** Wraps each passage still found in the body in <mark id="highlight-…">, followed by a link to its comment. */
export function highlightPassages(container: HTMLElement, highlights: Highlight[]): void {
  for (const highlight of highlights) {
    const nodes = textNodesOf(container);
    const found = findQuote(nodes.map((node) => node.data).join(''), highlight);
    if (found) wrap(nodes, found.start, found.end, highlight);
  }
}

function wrap(nodes: Text[], start: number, end: number, highlight: Highlight) {
  let position = 0;
  let last: HTMLElement | undefined;
  for (const node of nodes) {
    const length = node.data.length;
    const from = Math.max(start, position);
    const to = Math.min(end, position + length);
    position += length;
    // Whitespace between blocks (inside a list, say) cannot hold a <mark>.
    if (from >= to || !node.data.slice(from - (position - length), to - (position - length)).trim()) continue;
    let target = node;
    if (from > position - length) target = target.splitText(from - (position - length));
    if (to < position) target.splitText(to - from);
    const mark = document.createElement('mark');
    mark.setAttribute(HIGHLIGHT, highlight.id);
    mark.className = 'comment-highlight';
    if (!last) {
      mark.id = `highlight-${highlight.id}`;
      // So that following a link to it moves the keyboard focus there too.
      mark.tabIndex = -1;
    }
    target.before(mark);
    mark.append(target);
    last = mark;
  }
  if (!last) return;
  const link = document.createElement('a');
  link.href = `#comment-${highlight.id}`;
  link.setAttribute(UI, '');
  link.setAttribute('aria-label', highlight.label);
  link.className = 'comment-highlight-link';
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('aria-hidden', 'true');
  const bubble = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  bubble.setAttribute('d', 'M2 2h12v9H6l-4 3z');
  icon.append(bubble);
  link.append(icon);
  last.after(link);
}

/** Undoes `highlightPassages`, leaving the body as the server rendered it. */
export function clearHighlights(container: HTMLElement): void {
  container.querySelectorAll(`[${UI}]`).forEach((element) => element.remove());
  container.querySelectorAll(`mark[${HIGHLIGHT}]`).forEach((mark) => mark.replaceWith(...mark.childNodes));
  container.normalize();
}
