import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findQuote, type TextQuote } from '@/lib/comments/anchor';

/** An open inline comment's passage, to mark in the text being edited. */
export type PassageHighlight = TextQuote & { id: string };

const highlightsKey = new PluginKey<DecorationSet>('commentHighlights');

/**
 * The document's text with, for each character, its position in the document (blocks are
 * separated by a newline, which has none): quotes are found in the text, marks are put at positions.
 */
function textWithPositions(doc: ProseMirrorNode): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) {
      for (let i = 0; i < node.text!.length; i++) positions.push(pos + i);
      text += node.text;
    } else if (node.isBlock && text) {
      positions.push(-1);
      text += '\n';
    }
  });
  return { text, positions };
}

/** The marks of the passages found in this document; a passage edited away gets none. */
export function passageDecorations(doc: ProseMirrorNode, highlights: readonly PassageHighlight[]): DecorationSet {
  const { text, positions } = textWithPositions(doc);
  const decorations = highlights.flatMap((highlight) => {
    const found = findQuote(text, highlight);
    if (!found) return [];
    const inside = positions.slice(found.start, found.end).filter((position) => position >= 0);
    if (!inside.length) return [];
    return [
      Decoration.inline(inside[0]!, inside.at(-1)! + 1, { class: 'comment-highlight', 'data-comment': highlight.id }),
    ];
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Marks the passages that open inline comments quote, as the read-only view does, while the
 * text is edited: the marks follow the text, and a passage edited away loses its mark (the
 * comments panel then says the comment is on text that has changed).
 */
export const CommentHighlights = Extension.create<{ highlights: PassageHighlight[] }>({
  name: 'commentHighlights',
  addOptions: () => ({ highlights: [] }),
  addProseMirrorPlugins() {
    const { highlights } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: (_, state) => passageDecorations(state.doc, highlights),
          apply: (transaction, previous) =>
            transaction.docChanged ? passageDecorations(transaction.doc, highlights) : previous,
        },
        props: { decorations: (state) => highlightsKey.getState(state) },
      }),
    ];
  },
});
