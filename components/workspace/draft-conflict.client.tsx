'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import type { EditorNamespace } from './autosave-panels.client';
import type { ConflictField } from './conflict-fields';

/** Who saved the version the server holds, as its draft route tells. */
export type SavedBy = { version: number; lastEditedByName: string | null; lastEditedByYou: boolean };

/**
 * Someone (or the writer, in another tab) saved this text while the writer was typing: both texts
 * side by side, nothing dropped. "Keep mine" saves the left side over the server's version, "Take
 * theirs" loads the right side; fields can be copied across first.
 */
export function DraftConflict<Draft>({
  namespace,
  mine: initialMine,
  theirs: initialTheirs,
  saved,
  fields,
  onResolve,
}: {
  namespace: EditorNamespace;
  mine: Draft;
  theirs: Draft;
  saved: SavedBy;
  fields: ConflictField<Draft>[];
  onResolve: (chosen: Draft) => void;
}) {
  const t = useTranslations(`${namespace}.conflict`);
  const [mine, setMine] = useState(initialMine);
  const [theirs, setTheirs] = useState(initialTheirs);
  const byYou = saved.lastEditedByYou;
  const sides = [
    { key: 'mine', label: t('mine'), draft: mine },
    {
      key: 'theirs',
      label: byYou
        ? t('theirsYou', { version: saved.version })
        : t('theirs', { name: saved.lastEditedByName ?? t('someone'), version: saved.version }),
      draft: theirs,
    },
  ] as const;

  return (
    <Panel aria-labelledby="conflict-heading" tone="attention" padding="lg">
      <h2 id="conflict-heading" className="mb-2 text-xl font-bold text-brand-800">
        {t(byYou ? 'headingYou' : 'heading')}
      </h2>
      <p className="mb-4">{t('help')}</p>
      <div className="mb-4 hidden grid-cols-2 gap-4 font-semibold md:grid">
        {sides.map((side) => (
          <p key={side.key}>{side.label}</p>
        ))}
      </div>
      <dl className="flex flex-col gap-4">
        {fields.map((field) => {
          const differs = field.show(mine) !== field.show(theirs);
          return (
            <div
              key={field.key}
              className={`rounded border p-3 ${differs ? 'border-amber-400 bg-amber-50' : 'border-slate-200'}`}
            >
              <dt className="mb-2 font-semibold">
                {t(`fields.${field.key}`)}{' '}
                {differs && <span className="text-sm font-normal text-amber-900">({t('differs')})</span>}
              </dt>
              <dd className="grid gap-3 md:grid-cols-2">
                {sides.map((side) => (
                  <div key={side.key} data-side={side.key} className="min-w-0">
                    <p className="text-xs font-medium text-muted md:hidden">{side.label}</p>
                    <p className="max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 text-sm">
                      {field.show(side.draft) || t('empty')}
                    </p>
                    {differs && (
                      <Button
                        variant="secondary"
                        size="xs"
                        onClick={() =>
                          side.key === 'mine' ? setTheirs(field.copy(mine, theirs)) : setMine(field.copy(theirs, mine))
                        }
                        className="mt-1"
                      >
                        {t(side.key === 'mine' ? 'copyToTheirs' : 'copyToMine', { field: t(`fields.${field.key}`) })}
                      </Button>
                    )}
                  </div>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button onClick={() => onResolve(mine)}>{t('keepMine')}</Button>
        <Button variant="secondary" onClick={() => onResolve(theirs)}>
          {t(byYou ? 'takeTheirsYou' : 'takeTheirs')}
        </Button>
      </div>
    </Panel>
  );
}
