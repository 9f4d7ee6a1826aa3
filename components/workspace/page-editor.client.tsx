'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useId, type ReactNode } from 'react';
import { toPageEditorDraft, type PageDraftDTO, type PageEditorDraft } from '@/lib/pages/draft';
import { PAGE_LIMITS, PageDraftInput } from '@/lib/validation/pages';
import { LocalCopyOffer, SaveStatusLine } from './autosave-panels.client';
import { DraftConflict, textConflictFields } from './draft-conflict.client';
import { localDraftKey, useAutosave } from './use-autosave';

// TipTap is the heaviest part of the workspace: it loads with this page only, after the fields.
const RichTextEditor = dynamic(() => import('./rich-text-editor.client').then((module) => module.RichTextEditor), { ssr: false });

const INPUT = 'w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';
const NO_HIGHLIGHTS: never[] = [];

type Props = {
  page: PageDraftDTO;
  userId: string;
  /** Publishing, the path, versions and languages, shown beside the text. */
  children: ReactNode;
};

/** The static page editor: title, summary and body, autosaved like a release's working copy. */
export function PageEditor({ page, userId, children }: Props) {
  const t = useTranslations('PageEditor');
  const id = useId();
  const autosave = useAutosave({
    url: `/api/pages/${page.id}/draft`,
    storageKey: localDraftKey(userId, page.id),
    initial: page,
    toDraft: toPageEditorDraft,
    toPayload: toPageEditorDraft,
    schema: PageDraftInput,
  });
  const { draft, update, status, problems } = autosave;

  if (autosave.offer) {
    return <LocalCopyOffer namespace="PageEditor" offer={autosave.offer} onRestore={autosave.restoreOffer} onDiscard={autosave.discardOffer} />;
  }
  if (autosave.conflict) {
    const { mine, theirs } = autosave.conflict;
    return (
      <DraftConflict
        namespace="PageEditor"
        mine={mine}
        theirs={toPageEditorDraft(theirs)}
        theirsBy={theirs.lastEditedByName}
        theirsVersion={theirs.version}
        fields={textConflictFields<PageEditorDraft>()}
        onResolve={autosave.resolveConflict}
      />
    );
  }

  const errorOf = (field: keyof PageEditorDraft) => {
    const found = problems.filter((problem) => problem.field === field || problem.field.startsWith(`${field}.`));
    if (found.length === 0) return undefined;
    const text = found.map((problem) => (t.has(`problems.${problem.message}`) ? t(`problems.${problem.message}`, { at: problem.at ?? '' }) : t('problems.invalid'))).join(' ');
    return { describedBy: `${id}-${field}-error`, node: <p id={`${id}-${field}-error`} className="text-sm text-red-800">{text}</p> };
  };
  const title = errorOf('title');
  const summary = errorOf('summary');
  const body = errorOf('body');

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0">
        <div className="sticky top-0 z-20 -mx-4 mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-brand-100 bg-white px-4 py-2 sm:mx-0 sm:rounded-lg sm:border">
          <SaveStatusLine namespace="PageEditor" status={status} onRetry={autosave.retryNow} />
        </div>
        {page.state === 'published' && <p className="mb-4 rounded border border-brand-100 bg-brand-50 p-3 text-sm">{t('publishedNote')}</p>}
        <div className="flex flex-col gap-5 rounded-lg border border-brand-100 bg-white p-4 sm:p-6">
          <h1 className="sr-only">{t('heading', { title: draft.title || t('untitled') })}</h1>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-title`} className="font-medium">
              {t('fields.title')}
            </label>
            <input
              id={`${id}-title`}
              value={draft.title}
              maxLength={PAGE_LIMITS.title}
              onChange={(event) => update((current) => ({ ...current, title: event.target.value }))}
              className={`${INPUT} text-lg font-semibold`}
              aria-invalid={title ? true : undefined}
              aria-describedby={title?.describedBy}
            />
            {title?.node}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-summary`} className="font-medium">
              {t('fields.summary')}
            </label>
            <textarea
              id={`${id}-summary`}
              rows={3}
              value={draft.summary}
              maxLength={PAGE_LIMITS.summary}
              onChange={(event) => update((current) => ({ ...current, summary: event.target.value }))}
              className={INPUT}
              aria-invalid={summary ? true : undefined}
              aria-describedby={summary?.describedBy}
            />
            {summary?.node}
          </div>
          <div className="flex flex-col gap-1">
            <p id={`${id}-body`} className="font-medium">
              {t('fields.body')}
            </p>
            <RichTextEditor key={autosave.bodyKey} content={draft.body} onChange={(doc) => update((current) => ({ ...current, body: doc }))} labelId={`${id}-body`} lang={page.language} highlights={NO_HIGHLIGHTS} />
            {body?.node}
          </div>
        </div>
      </div>
      <aside className="flex flex-col gap-6">
        {/* Publishing acts on the saved text, so its buttons wait until everything typed is saved. */}
        <fieldset disabled={status !== 'saved'} className="contents">
          {status !== 'saved' && <p className="text-sm text-muted">{t('actionsWait')}</p>}
          {children}
        </fieldset>
      </aside>
    </div>
  );
}
