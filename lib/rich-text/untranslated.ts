import type { RichTextDoc, RichTextNode } from './types';

/**
 * A translation starts as its source's document with every run of text marked `untranslated`:
 * the translator keeps the structure, links and emphasis and writes over the highlighted words.
 * Text typed or pasted never carries the mark (see editor-extensions.ts), so a block is
 * translated once none of its source words are left, or once the translator keeps them on purpose.
 */
export const UNTRANSLATED = 'untranslated';

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

function markNode(node: RichTextNode): RichTextNode {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).filter((mark) => mark.type !== UNTRANSLATED);
    return { ...node, marks: [...marks, { type: UNTRANSLATED }] };
  }
  return node.content ? { ...node, content: node.content.map(markNode) } : node;
}

/** The document with all its text marked untranslated. */
export function markUntranslated(doc: RichTextDoc): RichTextDoc {
  return { ...doc, content: doc.content.map(markNode) };
}

const isUntranslated = (node: RichTextNode) =>
  node.type === 'text' && (node.marks ?? []).some((mark) => mark.type === UNTRANSLATED);

/** How many paragraphs and headings still hold text marked untranslated. */
export function countUntranslatedBlocks(doc: { content?: RichTextNode[] }): number {
  let count = 0;
  const visit = (nodes: RichTextNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (TEXT_BLOCKS.has(node.type)) {
        if ((node.content ?? []).some(isUntranslated)) count += 1;
      } else visit(node.content);
    }
  };
  visit(doc.content);
  return count;
}
