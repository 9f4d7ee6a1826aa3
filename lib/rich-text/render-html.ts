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
      const credit = stringAttr(node, 'credit');
      const caption = credit ? `<figcaption>${escapeHtml(credit)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${alt}" loading="lazy">${caption}</figure>`;
    }
    default:
      // Unknown block: keep its text, never its markup.
      return renderNodes(node.content, depth);
  }
}

export function renderRichTextHtml(doc: { content?: RichTextNode[] }): string {
  return renderNodes(doc.content, 0);
}
