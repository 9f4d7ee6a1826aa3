import { Extension, Mark, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { UNTRANSLATED } from './untranslated';

/**
 * Source text a translation has not translated yet, highlighted (background and dotted
 * underline, so not by colour alone). What is typed or pasted never carries it: the translator
 * writes over the highlighted words, and a block is done once none are left.
 */
export const Untranslated = Mark.create({
  name: UNTRANSLATED,
  inclusive: false,
  parseHTML: () => [{ tag: 'span[data-untranslated]' }],
  renderHTML: () => ['span', { 'data-untranslated': '', class: 'untranslated' }, 0],
  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('untranslatedInput'),
        appendTransaction: (transactions, _before, state) => {
          const inserted = insertedRanges(transactions);
          if (inserted.length === 0) return null;
          const tr = state.tr;
          for (const { from, to } of inserted) if (to > from) tr.removeMark(from, to, type);
          return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
        },
      }),
    ];
  },
});

// Undo and redo put back what was there, marks included.
const fromHistory = (tr: Transaction) => Boolean(tr.getMeta('history$'));

/** Where the document holds content these transactions inserted, in the last one's positions. */
function insertedRanges(transactions: readonly Transaction[]): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  transactions.forEach((tr, index) => {
    if (!tr.docChanged || fromHistory(tr)) return;
    tr.steps.forEach((step, stepIndex) => {
      step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        if (newEnd <= newStart) return;
        let from = tr.mapping.slice(stepIndex + 1).map(newStart, 1);
        let to = tr.mapping.slice(stepIndex + 1).map(newEnd, -1);
        for (const later of transactions.slice(index + 1)) {
          from = later.mapping.map(from, 1);
          to = later.mapping.map(to, -1);
        }
        ranges.push({ from, to });
      });
    });
  });
  return ranges;
}

/** "Keep as it is": the selection, or the whole block the cursor is in, counts as translated. */
export function keepSourceText(editor: Editor): boolean {
  const { state } = editor;
  const { from, to, empty, $from } = state.selection;
  const range = empty ? { from: $from.start(), to: $from.end() } : { from, to };
  return editor.chain().focus().setTextSelection(range).unsetMark(UNTRANSLATED).setTextSelection(to).run();
}

export type TranslationSourceOptions = {
  /** The source's top-level blocks as HTML (from lib/rich-text/render-html), in order. */
  blocks: string[];
  language: string;
  /** Read before each source block by screen readers ("Source:"). */
  label: string;
};

const sourceKey = new PluginKey<DecorationSet>('translationSource');

function sourceElement(html: string, options: TranslationSourceOptions): HTMLElement {
  const element = document.createElement('div');
  element.className = 'translation-source';
  element.lang = options.language;
  const label = document.createElement('span');
  label.className = 'sr-only';
  label.textContent = `${options.label} `;
  const body = document.createElement('div');
  // Our own renderer's output, from its allowlist of nodes, marks and URL schemes.
  body.innerHTML = html;
  element.append(label, body);
  return element;
}

/** One source block before each block of the translation; the source's extra blocks after the last. */
export function sourceDecorations(doc: ProseMirrorNode, options: TranslationSourceOptions): DecorationSet {
  const decorations: Decoration[] = [];
  let index = 0;
  doc.forEach((_node, offset) => {
    const html = options.blocks[index] ?? '';
    decorations.push(
      Decoration.widget(offset, () => sourceElement(html, options), {
        side: -1,
        key: `source-${index}-${html.length}`,
        ignoreSelection: true,
      }),
    );
    index += 1;
  });
  const rest = options.blocks.slice(index).join('');
  if (rest)
    decorations.push(
      Decoration.widget(doc.content.size, () => sourceElement(rest, options), {
        side: 1,
        key: `source-rest-${index}`,
        ignoreSelection: true,
      }),
    );
  return DecorationSet.create(doc, decorations);
}

/**
 * Shows the source beside the translation, block by block: each source block is a widget before
 * the translation's block of the same rank, and the editor lays the pairs out as rows of a grid
 * (`.translation-grid`), so both sides of a pair start at the same height whatever their lengths.
 * On a narrow screen the grid has one column: the source above each block.
 */
export const TranslationSource = Extension.create<TranslationSourceOptions>({
  name: 'translationSource',
  addOptions: () => ({ blocks: [], language: 'fr', label: 'Source:' }),
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DecorationSet>({
        key: sourceKey,
        state: {
          init: (_, state) => sourceDecorations(state.doc, options),
          apply: (tr, previous, _before, state) => (tr.docChanged ? sourceDecorations(state.doc, options) : previous),
        },
        props: { decorations: (state) => sourceKey.getState(state) },
      }),
    ];
  },
});
