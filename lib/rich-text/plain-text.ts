import type { RichTextNode } from './types';

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote']);
const MAX_DEPTH = 50;

/** The words of a document, one block per line: for search, word counts and diffs. */
export function toPlainText(doc: { content?: RichTextNode[] }): string {
  const lines: string[] = [];
  let current = '';
  const visit = (nodes: RichTextNode[] | undefined, depth: number) => {
    if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue;
      if (node.type === 'text' && typeof node.text === 'string') current += node.text;
      else if (node.type === 'hardBreak') current += ' ';
      visit(node.content, depth + 1);
      if (BLOCKS.has(node.type) && current.trim()) {
        lines.push(current.trim());
        current = '';
      }
    }
  };
  visit(doc.content, 0);
  if (current.trim()) lines.push(current.trim());
  return lines.join('\n');
}

/** Images in a document, for the alt-text rule of the checklist and to look their files up in the library. */
export function listImages(doc: { content?: RichTextNode[] }): { src: string; alt: string; mediaId: string | null }[] {
  const images: { src: string; alt: string; mediaId: string | null }[] = [];
  const visit = (nodes: RichTextNode[] | undefined, depth: number) => {
    if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (node?.type === 'image')
        images.push({
          src: String(node.attrs?.src ?? ''),
          alt: String(node.attrs?.alt ?? ''),
          mediaId: typeof node.attrs?.mediaId === 'string' ? node.attrs.mediaId : null,
        });
      visit(node?.content, depth + 1);
    }
  };
  visit(doc.content, 0);
  return images;
}
