'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PublicationHero } from '@/db/schema/publications';
import {
  EMPTY_CONTACT,
  toChecklistDraft,
  toDraftPayload,
  toEditorDraft,
  type ContactFields,
  type EditorDraft,
  type ReleaseDraftDTO,
} from '@/lib/releases/draft';
import type { PassageHighlight } from '@/lib/rich-text/comment-highlights';
import { runChecklist } from '@/lib/validation/checklist';
import { DRAFT_LIMITS, ReleaseDraftInput } from '@/lib/validation/release-draft';
import { DraftChecklist } from './draft-checklist.client';
import { DraftConflict, textConflictFields, type ConflictField } from './draft-conflict.client';
import { MediaPicker } from './media-picker.client';
import { localDraftKey, useAutosave } from './use-autosave';
import { LocalCopyOffer, SaveStatusLine } from './autosave-panels.client';
import {
  BodyField,
  EDITOR_INPUT,
  EditorStatusBar,
  TitleAndSummaryFields,
  useFieldErrors,
} from './editor-fields.client';

const SMALL_BUTTON = 'rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-800 hover:bg-brand-50';
type Props = {
  release: ReleaseDraftDTO;
  userId: string;
  topics: { id: string; label: string }[];
  /** The passages open inline comments quote, marked in the text. */
  highlights: PassageHighlight[];
  /** The workflow panel and the release's details, shown under the checklist. */
  children: ReactNode;
};

/** The release editor: structured fields, the body, autosave with its status, and the live checklist. */
export function ReleaseEditor({ release, userId, topics, highlights, children }: Props) {
  const t = useTranslations('ReleaseEditor');
  const id = useId();
  const autosave = useAutosave({
    url: `/api/releases/${release.id}/draft`,
    storageKey: localDraftKey(userId, release.id),
    initial: release,
    toDraft: toEditorDraft,
    toPayload: toDraftPayload,
    schema: ReleaseDraftInput,
    refusalProblems: (reason) => [{ field: reason === 'unknown_topic' ? 'topicIds' : 'heroMediaId', message: reason }],
  });
  const { draft, update, status, problems } = autosave;
  // What the thumbnail shows: the saved main image, then whichever the writer picks.
  const [shownHero, setShownHero] = useState<{ mediaId: string; image: PublicationHero } | null>(
    release.heroMediaId && release.hero ? { mediaId: release.heroMediaId, image: release.hero } : null,
  );
  const [pickingHero, setPickingHero] = useState(false);
  const chooseHero = useRef<HTMLButtonElement>(null);
  // Once the picker is gone (not merely asked to close: a modal dialog keeps focus inside it), focus
  // goes back to the button that opened it.
  const pickedHero = useRef(false);
  useEffect(() => {
    if (pickingHero) pickedHero.current = true;
    else if (pickedHero.current) {
      pickedHero.current = false;
      chooseHero.current?.focus();
    }
  }, [pickingHero]);
  const checklist = useMemo(() => runChecklist(toChecklistDraft(draft)), [draft]);
  const topicLabel = (topicId: string) => topics.find((topic) => topic.id === topicId)?.label ?? topicId;
  const fieldError = useFieldErrors('ReleaseEditor', problems, id);

  const setContact = (index: number, change: Partial<ContactFields>) =>
    update((current) => ({
      ...current,
      contacts: current.contacts.map((contact, at) => (at === index ? { ...contact, ...change } : contact)),
    }));

  if (autosave.offer) {
    return (
      <LocalCopyOffer
        namespace="ReleaseEditor"
        offer={autosave.offer}
        onRestore={autosave.restoreOffer}
        onDiscard={autosave.discardOffer}
      />
    );
  }

  if (autosave.conflict) {
    const { mine, theirs } = autosave.conflict;
    const fields: ConflictField<EditorDraft>[] = [
      ...textConflictFields<EditorDraft>(),
      {
        key: 'dateline',
        show: (draft) => [draft.datelineCity, draft.datelineCountry].filter(Boolean).join(', '),
        copy: (from, to) => ({ ...to, datelineCity: from.datelineCity, datelineCountry: from.datelineCountry }),
      },
      {
        key: 'contacts',
        show: (draft) =>
          draft.contacts
            .map((contact) =>
              [contact.name, contact.role, contact.office, ...contact.phones, contact.email]
                .filter((value) => value.trim())
                .join(' · '),
            )
            .join('\n'),
        copy: (from, to) => ({ ...to, contacts: from.contacts }),
      },
      {
        key: 'topics',
        show: (draft) => draft.topicIds.map(topicLabel).join(', '),
        copy: (from, to) => ({ ...to, topicIds: from.topicIds }),
      },
    ];
    return (
      <DraftConflict
        namespace="ReleaseEditor"
        mine={mine}
        theirs={toEditorDraft(theirs)}
        theirsBy={theirs.lastEditedByName}
        theirsVersion={theirs.version}
        fields={fields}
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
          <a href="#checklist" className="text-sm text-brand-800 underline">
            {t('checklist.short', { passed, total: checklist.length })}
          </a>
        </EditorStatusBar>

        {release.state !== 'draft' && (
          <p className="mb-4 rounded border border-brand-100 bg-brand-50 p-3 text-sm">
            {t(`stateNote.${release.state as 'changes_requested' | 'published' | 'unpublished'}`)}
          </p>
        )}
        <div className="flex flex-col gap-5 rounded-lg border border-brand-100 bg-white p-4 sm:p-6">
          <h1 className="sr-only">{t('heading', { title: draft.title || t('untitled') })}</h1>
          <TitleAndSummaryFields
            namespace="ReleaseEditor"
            id={id}
            draft={draft}
            update={update}
            limits={DRAFT_LIMITS}
            fieldError={fieldError}
          />
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="mb-1 font-medium">{t('fields.dateline')}</legend>
            <label htmlFor={`${id}-city`} className="flex flex-col gap-1 text-sm">
              {t('fields.datelineCity')}
              <input
                id={`${id}-city`}
                value={draft.datelineCity}
                maxLength={DRAFT_LIMITS.datelineCity}
                onChange={(event) => update((current) => ({ ...current, datelineCity: event.target.value }))}
                className={EDITOR_INPUT}
              />
            </label>
            <label htmlFor={`${id}-country`} className="flex flex-col gap-1 text-sm">
              {t('fields.datelineCountry')}
              <input
                id={`${id}-country`}
                value={draft.datelineCountry}
                maxLength={DRAFT_LIMITS.datelineCountry}
                onChange={(event) => update((current) => ({ ...current, datelineCountry: event.target.value }))}
                className={EDITOR_INPUT}
              />
            </label>
          </fieldset>

          <BodyField
            namespace="ReleaseEditor"
            id={id}
            draft={draft}
            update={update}
            fieldError={fieldError}
            bodyKey={autosave.bodyKey}
            lang={release.language}
            highlights={highlights}
          />

          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">{t('fields.topics')}</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {topics.map((topic) => (
                <label key={topic.id} className="flex items-center gap-2 py-1">
                  <input
                    type="checkbox"
                    checked={draft.topicIds.includes(topic.id)}
                    onChange={(event) =>
                      update((current) => ({
                        ...current,
                        topicIds: event.target.checked
                          ? [...current.topicIds, topic.id]
                          : current.topicIds.filter((other) => other !== topic.id),
                      }))
                    }
                    className="size-5"
                  />
                  {topic.label}
                </label>
              ))}
            </div>
            {fieldError('topicIds')?.node}
          </fieldset>

          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 font-medium">{t('fields.contacts')}</legend>
            {draft.contacts.length === 0 && <p className="text-sm text-muted">{t('contacts.none')}</p>}
            {draft.contacts.map((contact, index) => {
              const prefix = `${id}-contact-${index}`;
              const error = (name: string) => fieldError(`contacts.${index}.${name}`);
              const name = error('name');
              const email = error('email');
              return (
                <fieldset key={index} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
                  <legend className="px-1 text-sm font-semibold">{t('contacts.legend', { number: index + 1 })}</legend>
                  <label htmlFor={`${prefix}-name`} className="flex flex-col gap-1 text-sm">
                    {t('contacts.name')}
                    <input
                      id={`${prefix}-name`}
                      value={contact.name}
                      maxLength={120}
                      autoComplete="off"
                      onChange={(event) => setContact(index, { name: event.target.value })}
                      className={EDITOR_INPUT}
                      aria-invalid={name?.invalid}
                      aria-describedby={name?.describedBy}
                    />
                    {name?.node}
                  </label>
                  <label htmlFor={`${prefix}-role`} className="flex flex-col gap-1 text-sm">
                    {t('contacts.role')}
                    <input
                      id={`${prefix}-role`}
                      value={contact.role}
                      maxLength={160}
                      onChange={(event) => setContact(index, { role: event.target.value })}
                      className={EDITOR_INPUT}
                    />
                  </label>
                  <label htmlFor={`${prefix}-office`} className="flex flex-col gap-1 text-sm">
                    {t('contacts.office')}
                    <input
                      id={`${prefix}-office`}
                      value={contact.office}
                      maxLength={200}
                      onChange={(event) => setContact(index, { office: event.target.value })}
                      className={EDITOR_INPUT}
                    />
                  </label>
                  <label htmlFor={`${prefix}-email`} className="flex flex-col gap-1 text-sm">
                    {t('contacts.email')}
                    <input
                      id={`${prefix}-email`}
                      type="email"
                      inputMode="email"
                      autoComplete="off"
                      value={contact.email}
                      maxLength={254}
                      onChange={(event) => setContact(index, { email: event.target.value })}
                      className={EDITOR_INPUT}
                      aria-invalid={email?.invalid}
                      aria-describedby={email?.describedBy}
                    />
                    {email?.node}
                  </label>
                  <div className="flex flex-col gap-2 sm:col-span-2">
                    {contact.phones.map((phone, phoneIndex) => {
                      const phoneError = error(`phones.${phoneIndex}`);
                      return (
                        <div key={phoneIndex} className="flex flex-wrap items-end gap-2">
                          <label
                            htmlFor={`${prefix}-phone-${phoneIndex}`}
                            className="flex min-w-0 flex-1 flex-col gap-1 text-sm"
                          >
                            {t('contacts.phone', { number: phoneIndex + 1 })}
                            <input
                              id={`${prefix}-phone-${phoneIndex}`}
                              type="tel"
                              value={phone}
                              maxLength={40}
                              onChange={(event) =>
                                setContact(index, {
                                  phones: contact.phones.map((other, at) =>
                                    at === phoneIndex ? event.target.value : other,
                                  ),
                                })
                              }
                              className={EDITOR_INPUT}
                              aria-invalid={phoneError?.invalid}
                              aria-describedby={phoneError?.describedBy}
                            />
                            {phoneError?.node}
                          </label>
                          {contact.phones.length > 1 && (
                            <button
                              type="button"
                              onClick={() =>
                                setContact(index, { phones: contact.phones.filter((_, at) => at !== phoneIndex) })
                              }
                              className={SMALL_BUTTON}
                            >
                              {t('contacts.removePhone', { number: phoneIndex + 1 })}
                            </button>
                          )}
                        </div>
                      );
                    })}
                    <div className="flex flex-wrap gap-2">
                      {contact.phones.length < 5 && (
                        <button
                          type="button"
                          onClick={() => setContact(index, { phones: [...contact.phones, ''] })}
                          className={SMALL_BUTTON}
                        >
                          {t('contacts.addPhone')}
                        </button>
                      )}
                      <button
                        type="button"
                        onClick={() =>
                          update((current) => ({
                            ...current,
                            contacts: current.contacts.filter((_, at) => at !== index),
                          }))
                        }
                        className="rounded border border-red-700 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50"
                      >
                        {t('contacts.remove', { number: index + 1 })}
                      </button>
                    </div>
                  </div>
                </fieldset>
              );
            })}
            {draft.contacts.length < DRAFT_LIMITS.contacts && (
              <button
                type="button"
                onClick={() =>
                  update((current) => ({
                    ...current,
                    contacts: [...current.contacts, { ...EMPTY_CONTACT, phones: [''] }],
                  }))
                }
                className={`${SMALL_BUTTON} self-start`}
              >
                {t('contacts.add')}
              </button>
            )}
          </fieldset>

          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">{t('fields.hero')}</legend>
            {draft.heroMediaId ? (
              shownHero?.mediaId === draft.heroMediaId ? (
                <figure className="flex flex-wrap items-start gap-3 text-sm">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of a stored web version */}
                  <img
                    src={shownHero.image.src}
                    alt={shownHero.image.alt}
                    className="h-24 w-auto rounded border border-slate-300"
                  />
                  <figcaption className="min-w-0 flex-1">
                    {shownHero.image.alt || <span className="text-red-800">{t('hero.altMissing')}</span>}
                  </figcaption>
                </figure>
              ) : (
                <p className="text-sm">{t('hero.chosen')}</p>
              )
            ) : (
              <p className="text-sm text-muted">{t('hero.none')}</p>
            )}
            <div className="flex flex-wrap gap-2">
              <button
                ref={chooseHero}
                type="button"
                aria-haspopup="dialog"
                onClick={() => setPickingHero(true)}
                className={SMALL_BUTTON}
              >
                {t(draft.heroMediaId ? 'hero.change' : 'hero.choose')}
              </button>
              {draft.heroMediaId && (
                <button
                  type="button"
                  onClick={() => update((current) => ({ ...current, heroMediaId: null }))}
                  className={SMALL_BUTTON}
                >
                  {t('hero.remove')}
                </button>
              )}
            </div>
            {pickingHero && (
              <MediaPicker
                language={release.language}
                onPick={(image) => {
                  setPickingHero(false);
                  setShownHero({
                    mediaId: image.mediaId,
                    image: {
                      src: image.src,
                      alt: image.alt,
                      credit: image.credit || null,
                      width: image.width,
                      height: image.height,
                    },
                  });
                  update((current) => ({ ...current, heroMediaId: image.mediaId }));
                }}
                onCancel={() => setPickingHero(false)}
              />
            )}
            {fieldError('heroMediaId')?.node}
          </fieldset>
        </div>
      </div>

      <aside className="flex flex-col gap-6">
        <DraftChecklist items={checklist} headingId={`${id}-checklist`} />
        {/* The workflow acts on the saved text, so its buttons wait until everything typed is saved. */}
        <fieldset disabled={status !== 'saved'} className="contents">
          {status !== 'saved' && <p className="text-sm text-muted">{t('workflowWaits')}</p>}
          {children}
        </fieldset>
      </aside>
    </div>
  );
}
