'use client';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { matchingEntries, slashQuery, type EditorKeyHandler } from '@/lib/rich-text/editor-keys';

/** A block the writer may start by typing "/" and its name. */
export type BlockEntry = { name: string; label: string; run: (editor: Editor) => void };

const sameQuery = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The block menu: "/" alone in a paragraph lists the blocks (heading, list, quote, image…), the
 * word typed after it narrows them; arrows choose, Enter or Tab inserts, Escape closes. The text
 * keeps the focus throughout (the list is its active descendant), so a screen reader follows.
 */
export function SlashMenu({
  editor,
  entries,
  keyHandlers,
}: {
  editor: Editor;
  entries: BlockEntry[];
  keyHandlers: Set<EditorKeyHandler>;
}) {
  const t = useTranslations('ReleaseEditor.blocks');
  const id = useId();
  const query = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const found = slashQuery(current);
      if (!found) return null;
      const caret = current.view.coordsAtPos(found.to);
      return { ...found, left: caret.left, top: caret.bottom };
    },
    equalityFn: sameQuery,
  });
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [choice, setChoice] = useState({ query: '', index: 0 });
  const shown = query && dismissedAt !== query.from ? matchingEntries(entries, query.query) : [];
  const index = query && choice.query === query.query ? Math.min(choice.index, shown.length - 1) : 0;

  const choose = (entry: BlockEntry) => {
    if (!query) return;
    editor.chain().focus().deleteRange({ from: query.from, to: query.to }).run();
    entry.run(editor);
  };
  const latest = useRef({ shown, index, query, choose });
  useEffect(() => {
    latest.current = { shown, index, query, choose };
  });

  useEffect(() => {
    const handle: EditorKeyHandler = (key) => {
      const { shown: open, index: at, query: typed, choose: insert } = latest.current;
      if (!typed || open.length === 0) return false;
      const move = (step: number) => setChoice({ query: typed.query, index: (at + step + open.length) % open.length });
      if (key === 'ArrowDown') move(1);
      else if (key === 'ArrowUp') move(-1);
      else if (key === 'Enter' || key === 'Tab') insert(open[at]!);
      else if (key === 'Escape') setDismissedAt(typed.from);
      else return false;
      return true;
    };
    keyHandlers.add(handle);
    return () => void keyHandlers.delete(handle);
  }, [keyHandlers]);

  const open = shown.length > 0;
  useEffect(() => {
    const text = editor.view.dom;
    if (!open) {
      text.removeAttribute('aria-activedescendant');
      text.removeAttribute('aria-controls');
      return;
    }
    text.setAttribute('aria-controls', `${id}-list`);
    text.setAttribute('aria-activedescendant', `${id}-${index}`);
  }, [editor, open, index, id]);

  if (!open || !query) return null;
  return (
    <div
      className="fixed z-30 w-64 rounded border border-slate-300 bg-white py-1 shadow-lg"
      style={{ left: Math.max(8, Math.min(query.left, window.innerWidth - 264)), top: query.top + 4 }}
    >
      <p id={`${id}-label`} className="px-3 pb-1 text-xs font-medium text-muted">
        {t('label')}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-labelledby={`${id}-label`}>
        {shown.map((entry, at) => (
          <li
            key={entry.name}
            id={`${id}-${at}`}
            role="option"
            aria-selected={at === index}
            // The text keeps the focus: a click inserts without taking it away.
            onMouseDown={(event) => (event.preventDefault(), choose(entry))}
            className="cursor-pointer px-3 py-1.5 text-sm aria-selected:bg-brand-100 aria-selected:font-medium"
          >
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
