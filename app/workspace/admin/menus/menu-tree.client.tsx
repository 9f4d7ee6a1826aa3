'use client';
import { startTransition, useActionState, useState, type DragEvent } from 'react';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/workspace/action-button.client';
import { IDLE } from '@/lib/form-state';
import { TREE_MOVES } from '@/lib/menus/tree';
import { moveItem, placeItem } from './actions';
import { PanelList } from '@/components/ui/panel';
import { Notice } from '@/components/ui/notice';
import { Muted } from '@/components/ui/muted';

export type MenuRow = {
  id: string;
  parentId: string | null;
  position: number;
  depth: number;
  label: string;
  target: string;
  warning: string | null;
  moves: Record<(typeof TREE_MOVES)[number], boolean>;
};

const MOVE_LABEL = { up: 'moveUp', down: 'moveDown', in: 'moveIn', out: 'moveOut' } as const;

/**
 * A menu's entries in order. Each entry moves with its buttons (keyboard) or by dragging it onto
 * another entry: dropped on a top-level entry's right half it becomes its last child, elsewhere
 * it goes just before that entry.
 */
export function MenuTree({ rows, shape, editHref }: { rows: MenuRow[]; shape: string; editHref: string }) {
  const t = useTranslations('AdminMenus');
  const forms = useTranslations('Forms');
  const [dragged, setDragged] = useState<string | null>(null);
  const [state, placeAction] = useActionState(placeItem, IDLE);

  const drop = (event: DragEvent<HTMLLIElement>, over: MenuRow) => {
    event.preventDefault();
    if (!dragged || dragged === over.id) return;
    const box = event.currentTarget.getBoundingClientRect();
    const asChild = over.depth === 1 && event.clientX > box.left + box.width / 2;
    const data = new FormData();
    data.set('itemId', dragged);
    data.set('shape', shape);
    data.set('parentId', asChild ? over.id : (over.parentId ?? ''));
    const siblings = rows.filter((row) => row.parentId === (asChild ? over.id : over.parentId) && row.id !== dragged);
    data.set('index', String(asChild ? siblings.length : siblings.findIndex((row) => row.id === over.id)));
    setDragged(null);
    startTransition(() => placeAction(data));
  };

  return (
    <>
      {state.status === 'refused' && (
        <Notice tone="error" className="mb-3">
          {forms(`refused.${state.reason}`)}
        </Notice>
      )}
      <PanelList as="ol">
        {rows.map((row) => (
          <li
            key={row.id}
            draggable
            onDragStart={() => setDragged(row.id)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => drop(event, row)}
            className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between ${row.depth > 1 ? 'pl-10 sm:pl-12' : ''} ${dragged === row.id ? 'opacity-50' : ''}`}
          >
            <div className="min-w-0">
              <p className="font-medium text-brand-800">
                <Muted aria-hidden="true" as="span" size="base" className="mr-2 cursor-grab">
                  ⠿
                </Muted>
                {row.depth > 1 && <span className="sr-only">{t('childOf')} </span>}
                {row.label}
              </p>
              <Muted className="break-all">{row.target}</Muted>
              {row.warning && (
                <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">
                  {row.warning}
                </p>
              )}
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {TREE_MOVES.map((move) => (
                <ActionButton
                  key={move}
                  action={moveItem}
                  fields={{ itemId: row.id, move, shape }}
                  label={t(MOVE_LABEL[move])}
                  accessibleName={`${t(MOVE_LABEL[move])}: ${row.label}`}
                  disabled={!row.moves[move]}
                />
              ))}
              <a
                href={`${editHref}${row.id}#edit`}
                className="rounded px-2 py-1 text-sm font-medium text-brand-800 underline"
                aria-label={`${t('edit')}: ${row.label}`}
              >
                {t('edit')}
              </a>
            </div>
          </li>
        ))}
      </PanelList>
    </>
  );
}
