'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { EditorNamespace } from './autosave-panels.client';

/** One field of the conflict screen: how it reads, and how it is copied from one side to the other. */
export type ConflictField<Draft> = {
  key: string;
  show: (draft: Draft) => string;
  copy: (from: Draft, to: Draft) => Draft;
};

type TextDraft = { title: string; summary: string; body: RichTextDoc };

/** The fields every editor has: title, summary and body. */
export function textConflictFields<Draft extends TextDraft>(): ConflictField<Draft>[] {
  return [
    { key: 'title', show: (draft) => draft.title, copy: (from, to) => ({ ...to, title: from.title }) },
    { key: 'summary', show: (draft) => draft.summary, copy: (from, to) => ({ ...to, summary: from.summary }) },
    { key: 'body', show: (draft) => toPlainText(draft.body), copy: (from, to) => ({ ...to, body: from.body }) },
  ];
}

/**
 * Someone saved this text while the writer was typing: both texts side by side, nothing
 * dropped. "Keep mine" saves the left side over the server's version, "Take theirs" loads the
 * right side; fields can be copied across first.
 */
export function DraftConflict<Draft>({
  namespace,
  mine: initialMine,
  theirs: initialTheirs,
  theirsBy,
  theirsVersion,
  fields,
  onResolve,
}: {
  namespace: EditorNamespace;
  mine: Draft;
  theirs: Draft;
  theirsBy: string | null;
  theirsVersion: number;
  fields: ConflictField<Draft>[];
  onResolve: (chosen: Draft) => void;
}) {
  const t = useTranslations(`${namespace}.conflict`);
  const [mine, setMine] = useState(initialMine);
  const [theirs, setTheirs] = useState(initialTheirs);
  const sides = [
    { key: 'mine', label: t('mine'), draft: mine },
    { key: 'theirs', label: t('theirs', { name: theirsBy ?? t('someone'), version: theirsVersion }), draft: theirs },
  ] as const;

  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border-2 border-amber-500 bg-white p-4 sm:p-6">
      <h2 id="conflict-heading" className="mb-2 text-xl font-bold text-brand-800">
        {t('heading')}
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
                      <button
                        type="button"
                        onClick={() =>
                          side.key === 'mine' ? setTheirs(field.copy(mine, theirs)) : setMine(field.copy(theirs, mine))
                        }
                        className="mt-1 rounded border border-brand-600 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50"
                      >
                        {t(side.key === 'mine' ? 'copyToTheirs' : 'copyToMine', { field: t(`fields.${field.key}`) })}
                      </button>
                    )}
                  </div>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => onResolve(mine)}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t('keepMine')}
        </button>
        <button
          type="button"
          onClick={() => onResolve(theirs)}
          className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t('takeTheirs')}
        </button>
      </div>
    </section>
  );
}
