'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, type ReactNode } from 'react';
import { Notice } from '@/components/ui/notice';
import { Panel } from '@/components/ui/panel';
import { toChecklistDraft, toDraftPayload, toEditorDraft, type ReleaseDraftDTO } from '@/lib/releases/draft';
import { typesetDraft } from '@/lib/text/typography';
import type { PassageHighlight } from '@/lib/rich-text/comment-highlights';
import { runChecklist } from '@/lib/validation/checklist';
import { DRAFT_LIMITS, ReleaseDraftInput } from '@/lib/validation/release-draft';
import { LocalCopyOffer, SaveStatusLine } from './autosave-panels.client';
import { releaseConflictFields } from './conflict-fields';
import { DraftChecklist } from './draft-checklist.client';
import { DraftConflict } from './draft-conflict.client';
import { BodyField, EditorStatusBar, TitleAndSummaryFields, useFieldErrors } from './editor-fields.client';
import type { TranslationSourceDTO } from '@/lib/releases/draft';
import { ContactsFieldSet } from './release-editor/contacts-field-set.client';
import { DatelineFields } from './release-editor/dateline-fields.client';
import type { DirectoryEntry } from './release-editor/directory-picker.client';
import { HeroImageFieldSet } from './release-editor/hero-image-field-set.client';
import { TopicsFieldSet } from './release-editor/topics-field-set.client';
import { localDraftKey, useAutosave } from './use-autosave';
import { Muted } from '@/components/ui/muted';
import { LINK } from '@/components/ui/text-link';

type Props = {
  release: ReleaseDraftDTO;
  userId: string;
  /** The release's office zone, which the times of the release are read in. */
  timeZone: string;
  topics: { id: string; label: string }[];
  /** The press directory, the release's office first, to pick contacts from. */
  directory: DirectoryEntry[];
  /** The passages open inline comments quote, marked in the text. */
  highlights: PassageHighlight[];
  /** The workflow panel and the release's details, shown under the checklist. */
  children: ReactNode;
  /** For a translation: the source revision it is made from, shown beside the fields. */
  source?: TranslationSourceDTO;
  /** Shown above the fields (a translation's "source changed since"). */
  notice?: ReactNode;
};

/** The release editor: structured fields, the body, autosave with its status, and the live checklist. */
export function ReleaseEditor({
  release,
  userId,
  timeZone,
  topics,
  directory,
  highlights,
  children,
  source,
  notice,
}: Props) {
  const t = useTranslations('ReleaseEditor');
  const id = useId();
  const autosave = useAutosave({
    url: `/api/releases/${release.id}/draft`,
    storageKey: localDraftKey(userId, release.id),
    initial: release,
    toDraft: toEditorDraft,
    // What is sent is what the server stores: French typography set, so equal texts compare equal.
    toPayload: (draft) => typesetDraft(toDraftPayload(draft), release.language),
    schema: ReleaseDraftInput,
    refusalProblems: (reason) => [{ field: reason === 'unknown_topic' ? 'topicIds' : 'heroMediaId', message: reason }],
  });
  const { draft, update, status, problems } = autosave;
  const checklist = useMemo(
    () => runChecklist(toChecklistDraft(draft, { language: release.language, isTranslation: release.isTranslation })),
    [draft, release.language, release.isTranslation],
  );
  const errorOf = useFieldErrors('ReleaseEditor', problems);

  if (autosave.offer) {
    return (
      <LocalCopyOffer
        namespace="ReleaseEditor"
        offer={autosave.offer}
        timeZone={timeZone}
        onRestore={autosave.restoreOffer}
        onDiscard={autosave.discardOffer}
      />
    );
  }

  if (autosave.conflict) {
    const { mine, theirs } = autosave.conflict;
    const topicLabel = (topicId: string) => topics.find((topic) => topic.id === topicId)?.label ?? topicId;
    return (
      <DraftConflict
        namespace="ReleaseEditor"
        mine={mine}
        theirs={toEditorDraft(theirs)}
        saved={theirs}
        fields={releaseConflictFields(topicLabel)}
        onResolve={autosave.resolveConflict}
      />
    );
  }

  const passed = checklist.filter((item) => item.passed).length;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0">
        <EditorStatusBar>
          <SaveStatusLine namespace="ReleaseEditor" status={status} onRetry={autosave.retryNow} />
          <a href="#checklist" className={`text-sm ${LINK}`}>
            {t('checklist.short', { passed, total: checklist.length })}
          </a>
        </EditorStatusBar>

        {release.state !== 'draft' && (
          <Notice className="mb-4 text-sm">
            {t(`stateNote.${release.state as 'changes_requested' | 'published' | 'unpublished'}`)}
          </Notice>
        )}
        {notice}
        <Panel as="div" padding="lg" className="flex flex-col gap-5">
          <h1 className="sr-only">{t('heading', { title: draft.title || t('untitled') })}</h1>
          <TitleAndSummaryFields
            namespace="ReleaseEditor"
            id={id}
            draft={draft}
            update={update}
            limits={DRAFT_LIMITS}
            errorOf={errorOf}
            source={source}
          />
          <DatelineFields
            id={id}
            value={draft}
            onChange={(change) => update((current) => ({ ...current, ...change }))}
          />
          <BodyField
            namespace="ReleaseEditor"
            id={id}
            draft={draft}
            update={update}
            errorOf={errorOf}
            bodyKey={autosave.bodyKey}
            lang={release.language}
            highlights={highlights}
            source={source}
            attachTo={release.id}
          />
          <TopicsFieldSet
            id={id}
            topics={topics}
            selected={draft.topicIds}
            onChange={(change) => update((current) => ({ ...current, topicIds: change(current.topicIds) }))}
            error={errorOf('topicIds')}
          />
          <ContactsFieldSet
            id={id}
            contacts={draft.contacts}
            directory={directory}
            onChange={(change) => update((current) => ({ ...current, contacts: change(current.contacts) }))}
            errorOf={errorOf}
          />
          <HeroImageFieldSet
            id={id}
            heroMediaId={draft.heroMediaId}
            saved={release.heroMediaId && release.hero ? { mediaId: release.heroMediaId, image: release.hero } : null}
            language={release.language}
            onChange={(heroMediaId) => update((current) => ({ ...current, heroMediaId }))}
            error={errorOf('heroMediaId')}
          />
        </Panel>
      </div>

      <aside className="flex flex-col gap-6">
        <DraftChecklist items={checklist} headingId={`${id}-checklist`} />
        {/* The workflow acts on the saved text, so its buttons wait until everything typed is saved. */}
        <fieldset disabled={status !== 'saved'} className="contents">
          {status !== 'saved' && <Muted>{t('workflowWaits')}</Muted>}
          {children}
        </fieldset>
      </aside>
    </div>
  );
}
