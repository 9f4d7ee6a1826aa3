import type { RichTextMark, RichTextNode } from './types';

/**
 * Renders stored TipTap JSON to HTML through an allowlist: unknown nodes and marks are
 * dropped (their text kept), every string is escaped, and links keep only safe schemes.
 */
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;
const SAFE_IMAGE = /^(https:\/\/|\/media\/)/i;

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function stringAttr(node: { attrs?: Record<string, unknown> }, name: string): string | undefined {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : undefined;
}

export function safeHref(href: string | undefined): string | undefined {
  const trimmed = href?.trim();
  // Control characters and whitespace inside a scheme are how filters get fooled ("java\tscript:").
  if (!trimmed || /[\u0000-\u001f\u007f\s]/.test(trimmed.replace(/ /g, '%20'))) return undefined;
  return SAFE_LINK.test(trimmed) ? trimmed : undefined;
}

function renderMarks(text: string, marks: RichTextMark[] | undefined): string {
  let html = escapeHtml(text);
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'link') {
      const href = safeHref(stringAttr(mark, 'href'));
      if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
    }
  }
  return html;
}

const MAX_DEPTH = 20;

/** What a figure's caption says: the caption, then the credit ("Caption — Credit"); either may be missing. */
export function captionLine(caption: string | null | undefined, credit: string | null | undefined): string {
  return [caption?.trim(), credit?.trim()].filter(Boolean).join(' — ');
}

function textOf(node: RichTextNode | undefined, depth = 0): string {
  if (!node || depth > MAX_DEPTH) return '';
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  return (Array.isArray(node.content) ? node.content : []).map((child) => textOf(child, depth + 1)).join(' ');
}

function spanAttrs(cell: RichTextNode): string {
  const span = (name: string) => {
    const value = Math.trunc(Number(cell.attrs?.[name]));
    return Number.isFinite(value) && value > 1 && value <= 200 ? ` ${name}="${value}"` : '';
  };
  return span('colspan') + span('rowspan');
}

/**
 * A table always has a header row: its first row is rendered as column headers whatever its cells
 * say (the checklist asks the writer for one before submitting). It scrolls sideways on its own on
 * a narrow screen, in a region a keyboard can reach and a screen reader can name.
 */
function renderTable(node: RichTextNode, depth: number): string {
  const rows = (Array.isArray(node.content) ? node.content : []).filter((row) => row?.type === 'tableRow');
  if (rows.length === 0) return '';
  const cellsOf = (row: RichTextNode) =>
    (Array.isArray(row.content) ? row.content : []).filter(
      (cell) => cell?.type === 'tableCell' || cell?.type === 'tableHeader',
    );
  const [head, ...body] = rows;
  const headCells = cellsOf(head!);
  const caption = stringAttr(node, 'caption')?.trim();
  const label =
    caption ||
    headCells
      .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(', ');
  const headHtml = headCells
    .map((cell) => `<th scope="col"${spanAttrs(cell)}>${renderNodes(cell.content, depth + 2)}</th>`)
    .join('');
  const bodyHtml = body
    .map(
      (row) =>
        `<tr>${cellsOf(row)
          .map((cell) =>
            cell.type === 'tableHeader'
              ? `<th scope="row"${spanAttrs(cell)}>${renderNodes(cell.content, depth + 2)}</th>`
              : `<td${spanAttrs(cell)}>${renderNodes(cell.content, depth + 2)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return (
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}">` +
    `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}` +
    `<thead><tr>${headHtml}</tr></thead>${bodyHtml ? `<tbody>${bodyHtml}</tbody>` : ''}</table></div>`
  );
}

function renderNodes(nodes: RichTextNode[] | undefined, depth: number): string {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return '';
  return nodes.map((node) => renderNode(node, depth + 1)).join('');
}

function renderNode(node: RichTextNode, depth: number): string {
  if (!node || typeof node !== 'object') return '';
  const inner = () => renderNodes(node.content, depth);
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? renderMarks(node.text, node.marks) : '';
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'hardBreak':
      return '<br>';
    case 'image': {
      const src = stringAttr(node, 'src');
      if (!src || !SAFE_IMAGE.test(src)) return '';
      const alt = escapeHtml(stringAttr(node, 'alt') ?? '');
      const caption = captionLine(stringAttr(node, 'caption'), stringAttr(node, 'credit'));
      const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${alt}" loading="lazy">${figcaption}</figure>`;
    }
    case 'table':
      return renderTable(node, depth);
    case 'attachment':
      // Listed in the release's downloads box (lib/rich-text/attachments.ts), not in the text.
      return '';
    default:
      // Unknown block: keep its text, never its markup.
      return renderNodes(node.content, depth);
  }
}

export function renderRichTextHtml(doc: { content?: RichTextNode[] }): string {
  return renderNodes(doc.content, 0);
}
