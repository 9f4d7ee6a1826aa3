'use client';
import { useEditorState, type Editor } from '@tiptap/react';
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  isInTable,
  selectedRect,
} from '@tiptap/pm/tables';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

const BUTTON_CLASS =
  'min-h-9 rounded border border-slate-300 px-2.5 text-sm font-medium hover:bg-brand-50 disabled:opacity-40';

type Command = (state: Editor['state'], dispatch?: Editor['view']['dispatch']) => boolean;

/** The table under the cursor: rows, columns and its caption. Its header row cannot be removed. */
export function TableTools({ editor }: { editor: Editor }) {
  const t = useTranslations('ReleaseEditor.table');
  const id = useId();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!isInTable(current.state)) return null;
      const rect = selectedRect(current.state);
      return {
        inHeaderRow: rect.top === 0,
        rows: rect.map.height,
        columns: rect.map.width,
        caption: String(rect.table.attrs.caption ?? ''),
        tablePos: rect.tableStart - 1,
      };
    },
  });
  if (!state) return null;
  const run = (command: Command) => () => {
    command(editor.state, editor.view.dispatch);
    editor.commands.focus();
  };
  const setCaption = (caption: string) =>
    editor.view.dispatch(editor.state.tr.setNodeAttribute(state.tablePos, 'caption', caption || null));
  return (
    <div
      role="group"
      aria-label={t('label')}
      className="flex flex-wrap items-end gap-2 border-t border-slate-200 bg-slate-50 p-2"
    >
      <button type="button" onClick={run(addRowAfter)} className={BUTTON_CLASS}>
        {t('addRow')}
      </button>
      <button
        type="button"
        onClick={run(deleteRow)}
        disabled={state.inHeaderRow || state.rows <= 2}
        className={BUTTON_CLASS}
      >
        {t('removeRow')}
      </button>
      <button type="button" onClick={run(addColumnAfter)} className={BUTTON_CLASS}>
        {t('addColumn')}
      </button>
      <button type="button" onClick={run(deleteColumn)} disabled={state.columns <= 1} className={BUTTON_CLASS}>
        {t('removeColumn')}
      </button>
      <button type="button" onClick={run(deleteTable)} className={BUTTON_CLASS}>
        {t('remove')}
      </button>
      <label htmlFor={`${id}-caption`} className="flex min-w-48 flex-1 flex-col text-sm font-medium">
        {t('caption')}
        <input
          id={`${id}-caption`}
          value={state.caption}
          maxLength={300}
          onChange={(event) => setCaption(event.target.value)}
          className="rounded border border-slate-400 px-2 py-1 font-normal"
        />
      </label>
      <p className="w-full text-sm text-muted">{t('hint')}</p>
    </div>
  );
}
