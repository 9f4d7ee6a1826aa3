import type { RichTextNode } from './types';

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote']);

/** The words of a document, one block per line: for search, word counts and diffs. */
export function toPlainText(doc: { content?: RichTextNode[] }): string {
  const lines: string[] = [];
  let current = '';
  const visit = (nodes: RichTextNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'text' && typeof node.text === 'string') current += node.text;
      else if (node.type === 'hardBreak') current += ' ';
      visit(node.content);
      if (BLOCKS.has(node.type) && current.trim()) {
        lines.push(current.trim());
        current = '';
      }
    }
  };
  visit(doc.content);
  if (current.trim()) lines.push(current.trim());
  return lines.join('\n');
}
