import { Extension, type Editor } from '@tiptap/core';

/** The keys the editor's own menus take before the text does (the link form, the block menu). */
export type EditorKey = 'Mod-k' | 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape' | 'Tab';
export type EditorKeyHandler = (key: EditorKey) => boolean;

/**
 * Hands those keys to the handlers the editor's menus register (first that takes one wins);
 * a key nobody takes goes on to the text as usual. Runs before lists and headings, so that Enter
 * in an open menu picks an entry instead of splitting the paragraph.
 */
export const EditorKeys = Extension.create<{ handlers: Set<EditorKeyHandler> }>({
  name: 'editorKeys',
  priority: 1000,
  addOptions: () => ({ handlers: new Set<EditorKeyHandler>() }),
  addKeyboardShortcuts() {
    const take = (key: EditorKey) => () => [...this.options.handlers].some((handler) => handler(key));
    return {
      'Mod-k': take('Mod-k'),
      ArrowDown: take('ArrowDown'),
      ArrowUp: take('ArrowUp'),
      Enter: take('Enter'),
      Escape: take('Escape'),
      Tab: take('Tab'),
    };
  },
});

/** "/" and a word typed alone in a paragraph, the caret after it: where the block menu opens. */
export type SlashQuery = { query: string; from: number; to: number };

export function slashQuery(editor: Editor): SlashQuery | null {
  const { selection } = editor.state;
  if (!selection.empty || !editor.isEditable) return null;
  const { $from } = selection;
  if ($from.parent.type.name !== 'paragraph') return null;
  const text = $from.parent.textContent;
  const match = /^\/([\p{L}\p{N}]{0,20})$/u.exec(text);
  if (!match || $from.parentOffset !== text.length) return null;
  return { query: match[1]!.toLocaleLowerCase(), from: $from.start(), to: $from.end() };
}

/** Entries whose label (in the writer's language) or name starts a word with the query, accents ignored. */
export function matchingEntries<T extends { name: string; label: string }>(entries: T[], query: string): T[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const wanted = fold(query);
  if (!wanted) return entries;
  return entries.filter((entry) =>
    [entry.name, ...fold(entry.label).split(/[^\p{L}\p{N}]+/u)].some((word) => fold(word).startsWith(wanted)),
  );
}
