'use client';
import { useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import { Notice } from '@/components/ui/notice';
import { Panel } from '@/components/ui/panel';
import { toPageEditorDraft, type PageDraftDTO, type PageEditorDraft } from '@/lib/pages/draft';
import { PAGE_LIMITS, PageDraftInput } from '@/lib/validation/pages';
import { LocalCopyOffer, SaveStatusLine } from './autosave-panels.client';
import { textConflictFields } from './conflict-fields';
import { DraftConflict } from './draft-conflict.client';
import { BodyField, EditorStatusBar, TitleAndSummaryFields, useFieldErrors } from './editor-fields.client';
import { localDraftKey, useAutosave } from './use-autosave';
import { Muted } from '@/components/ui/muted';

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
  const errorOf = useFieldErrors('PageEditor', problems);

  if (autosave.offer) {
    return (
      <LocalCopyOffer
        namespace="PageEditor"
        offer={autosave.offer}
        onRestore={autosave.restoreOffer}
        onDiscard={autosave.discardOffer}
      />
    );
  }
  if (autosave.conflict) {
    const { mine, theirs } = autosave.conflict;
    return (
      <DraftConflict
        namespace="PageEditor"
        mine={mine}
        theirs={toPageEditorDraft(theirs)}
        saved={theirs}
        fields={textConflictFields<PageEditorDraft>()}
        onResolve={autosave.resolveConflict}
      />
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0">
        <EditorStatusBar>
          <SaveStatusLine namespace="PageEditor" status={status} onRetry={autosave.retryNow} />
        </EditorStatusBar>
        {page.state === 'published' && <Notice className="mb-4 text-sm">{t('publishedNote')}</Notice>}
        <Panel as="div" padding="lg" className="flex flex-col gap-5">
          <h1 className="sr-only">{t('heading', { title: draft.title || t('untitled') })}</h1>
          <TitleAndSummaryFields
            namespace="PageEditor"
            id={id}
            draft={draft}
            update={update}
            limits={PAGE_LIMITS}
            errorOf={errorOf}
          />
          <BodyField
            namespace="PageEditor"
            id={id}
            draft={draft}
            update={update}
            errorOf={errorOf}
            bodyKey={autosave.bodyKey}
            lang={page.language}
            highlights={NO_HIGHLIGHTS}
          />
        </Panel>
      </div>
      <aside className="flex flex-col gap-6">
        {/* Publishing acts on the saved text, so its buttons wait until everything typed is saved. */}
        <fieldset disabled={status !== 'saved'} className="contents">
          {status !== 'saved' && <Muted>{t('actionsWait')}</Muted>}
          {children}
        </fieldset>
      </aside>
    </div>
  );
}
