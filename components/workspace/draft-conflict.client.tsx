'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toEditorDraft, type EditorDraft, type ReleaseDraftDTO } from '@/lib/releases/draft';
import { toPlainText } from '@/lib/rich-text/plain-text';

type Field = 'title' | 'summary' | 'dateline' | 'body' | 'contacts' | 'topics';
const FIELDS: Field[] = ['title', 'summary', 'dateline', 'body', 'contacts', 'topics'];

const copyField = (field: Field, from: EditorDraft, to: EditorDraft): EditorDraft => {
  switch (field) {
    case 'dateline':
      return { ...to, datelineCity: from.datelineCity, datelineCountry: from.datelineCountry };
    case 'contacts':
      return { ...to, contacts: from.contacts };
    case 'topics':
      return { ...to, topicIds: from.topicIds };
    default:
      return { ...to, [field]: from[field] };
  }
};

/**
 * Someone saved this release while the writer was typing: both texts side by side, nothing
 * dropped. "Keep mine" saves the left side over the server's version, "Take theirs" loads the
 * right side; fields can be copied across first.
 */
export function DraftConflict({
  mine: initialMine,
  theirs: server,
  topicLabel,
  onResolve,
}: {
  mine: EditorDraft;
  theirs: ReleaseDraftDTO;
  topicLabel: (id: string) => string;
  onResolve: (chosen: EditorDraft) => void;
}) {
  const t = useTranslations('ReleaseEditor.conflict');
  const [mine, setMine] = useState(initialMine);
  const [theirs, setTheirs] = useState(() => toEditorDraft(server));
  const show = (draft: EditorDraft, field: Field): string => {
    switch (field) {
      case 'title':
        return draft.title;
      case 'summary':
        return draft.summary;
      case 'dateline':
        return [draft.datelineCity, draft.datelineCountry].filter(Boolean).join(', ');
      case 'body':
        return toPlainText(draft.body);
      case 'contacts':
        return draft.contacts.map((contact) => [contact.name, contact.role, contact.office, ...contact.phones, contact.email].filter((value) => value.trim()).join(' · ')).join('\n');
      case 'topics':
        return draft.topicIds.map(topicLabel).join(', ');
    }
  };
  const sides = [
    { key: 'mine', label: t('mine'), draft: mine },
    { key: 'theirs', label: t('theirs', { name: server.lastEditedByName ?? t('someone'), version: server.version }), draft: theirs },
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
        {FIELDS.map((field) => {
          const differs = show(mine, field) !== show(theirs, field);
          return (
            <div key={field} className={`rounded border p-3 ${differs ? 'border-amber-400 bg-amber-50' : 'border-slate-200'}`}>
              <dt className="mb-2 font-semibold">
                {t(`fields.${field}`)} {differs && <span className="text-sm font-normal text-amber-900">({t('differs')})</span>}
              </dt>
              <dd className="grid gap-3 md:grid-cols-2">
                {sides.map((side) => (
                  <div key={side.key} data-side={side.key} className="min-w-0">
                    <p className="text-xs font-medium text-muted md:hidden">{side.label}</p>
                    <p className="max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 text-sm">{show(side.draft, field) || t('empty')}</p>
                    {differs && (
                      <button
                        type="button"
                        onClick={() => (side.key === 'mine' ? setTheirs(copyField(field, mine, theirs)) : setMine(copyField(field, theirs, mine)))}
                        className="mt-1 rounded border border-brand-600 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50"
                      >
                        {t(side.key === 'mine' ? 'copyToTheirs' : 'copyToMine', { field: t(`fields.${field}`) })}
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
        <button type="button" onClick={() => onResolve(mine)} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('keepMine')}
        </button>
        <button type="button" onClick={() => onResolve(theirs)} className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          {t('takeTheirs')}
        </button>
      </div>
    </section>
  );
}
