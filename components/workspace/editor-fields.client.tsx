'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useEffect, useRef, type ReactNode } from 'react';
import { Field, FieldError, INPUT } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/locales';
import type { PassageHighlight } from '@/lib/rich-text/comment-highlights';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { DraftProblem } from '@/lib/validation/release-draft';
import type { TranslationSourceDTO } from '@/lib/releases/draft';
import type { EditorNamespace } from './autosave-panels.client';
import { Muted } from '@/components/ui/muted';

// TipTap is the heaviest part of the workspace: it loads with the editors only, after the fields.
const RichTextEditor = dynamic(() => import('./rich-text-editor.client').then((module) => module.RichTextEditor), {
  ssr: false,
});

/** The message for each refused field of an editor (`body.*` problems all go under the body), or nothing. */
export type ErrorOf = (field: string) => string | undefined;

/** The refused fields of an editor, as messages to show under each field. */
export function useFieldErrors(namespace: EditorNamespace, problems: DraftProblem[]): ErrorOf {
  const t = useTranslations(namespace);
  return (field) => {
    const found = problems.filter(
      (problem) => problem.field === field || (field === 'body' && problem.field.startsWith('body')),
    );
    if (found.length === 0) return undefined;
    return found
      .map((problem) =>
        t.has(`problems.${problem.message}`)
          ? t(`problems.${problem.message}`, { at: problem.at ?? '' })
          : t('problems.invalid'),
      )
      .join(' ');
  };
}

type TextDraft = { title: string; summary: string; body: RichTextDoc };

/** A field being translated, with its source on its left (above it on a narrow screen). */
function BesideSource({ source, label, children }: { source?: string; label: string; children: ReactNode }) {
  if (source === undefined) return <>{children}</>;
  return (
    <div className="grid gap-2 md:grid-cols-2 md:gap-6">
      <div className="flex flex-col gap-1">
        <p className="text-sm font-medium text-muted">{label}</p>
        <p className="translation-source whitespace-pre-wrap">{source}</p>
      </div>
      {children}
    </div>
  );
}

type HeadingProps<Draft extends TextDraft> = {
  namespace: EditorNamespace;
  id: string;
  draft: Draft;
  update: (change: (current: Draft) => Draft) => void;
  limits: { title: number; summary: number };
  errorOf: ErrorOf;
};

/** An editor's title and summary, the first fields of a release and of a page. */
export function TitleAndSummaryFields<Draft extends TextDraft>({
  namespace,
  id,
  draft,
  update,
  limits,
  errorOf,
  source,
}: HeadingProps<Draft> & { source?: TranslationSourceDTO }) {
  const t = useTranslations(namespace);
  const tSource = useTranslations('Translation');
  const sourceLabel = (field: 'title' | 'summary') =>
    tSource('sourceField', { field: t(`fields.${field}`), language: tSource(`languages.${source?.language ?? 'fr'}`) });
  return (
    <>
      <BesideSource source={source?.title} label={sourceLabel('title')}>
        <Field id={`${id}-title`} label={t('fields.title')} error={errorOf('title')}>
          {(control) => (
            // A text area that grows with the title, so a long one is read whole; a title stays one line of text.
            <textarea
              {...control}
              rows={1}
              value={draft.title}
              maxLength={limits.title}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.preventDefault();
              }}
              onChange={(event) =>
                update((current) => ({ ...current, title: event.target.value.replace(/\s*[\r\n]+\s*/g, ' ') }))
              }
              className={`${INPUT} field-sizing-content resize-none text-lg font-semibold`}
            />
          )}
        </Field>
      </BesideSource>
      <BesideSource source={source?.summary} label={sourceLabel('summary')}>
        <Field id={`${id}-summary`} label={t('fields.summary')} error={errorOf('summary')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft.summary}
              maxLength={limits.summary}
              onChange={(event) => update((current) => ({ ...current, summary: event.target.value }))}
              className={INPUT}
            />
          )}
        </Field>
      </BesideSource>
    </>
  );
}

type BodyProps<Draft extends TextDraft> = Omit<HeadingProps<Draft>, 'limits'> & {
  /** Bumped when the body is replaced from outside the editor (restore, conflict), so TipTap starts afresh. */
  bodyKey: number;
  lang: Locale;
  highlights: PassageHighlight[];
  source?: TranslationSourceDTO;
  /** The release documents are attached to (releases only). */
  attachTo?: string;
};

/** An editor's body in the rich-text editor, with images through the media picker. */
export function BodyField<Draft extends TextDraft>({
  namespace,
  id,
  draft,
  update,
  errorOf,
  bodyKey,
  lang,
  highlights,
  source,
  attachTo,
}: BodyProps<Draft>) {
  const t = useTranslations(namespace);
  const tSource = useTranslations('Translation');
  return (
    <div className="flex flex-col gap-1">
      <p id={`${id}-body`} className="font-medium">
        {t('fields.body')}
      </p>
      {source && (
        <>
          <Muted id={`${id}-body-help`}>
            {tSource('bodyHelp', { language: tSource(`languages.${source.language}`) })}
          </Muted>
          <div aria-hidden="true" className="hidden gap-6 px-3 text-sm font-medium text-muted md:grid md:grid-cols-2">
            <span>{tSource('sourceColumn', { language: tSource(`languages.${source.language}`) })}</span>
            <span>{tSource('translationColumn', { language: tSource(`languages.${lang}`) })}</span>
          </div>
        </>
      )}
      <RichTextEditor
        key={bodyKey}
        content={draft.body}
        onChange={(doc) => update((current) => ({ ...current, body: doc }))}
        labelId={`${id}-body`}
        lang={lang}
        highlights={highlights}
        translation={
          source && {
            blocks: source.blocks,
            language: source.language,
            label: tSource('sourceLabel', { language: tSource(`languages.${source.language}`) }),
          }
        }
        attachTo={attachTo}
      />
      {errorOf('body') && <FieldError id={`${id}-body-error`}>{errorOf('body')}</FieldError>}
    </div>
  );
}

/** The bar that stays at the top of an editor while scrolling: the save status, and what else the editor adds. */
export function EditorStatusBar({ children }: { children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  // The text's toolbar sticks just under this bar, whose height changes as its line wraps on a phone.
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty('--editor-status-height', `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty('--editor-status-height');
    };
  }, []);
  return (
    <div
      ref={bar}
      className="sticky top-0 z-20 -mx-4 mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-brand-100 bg-white px-4 py-2 sm:mx-0 sm:rounded-lg sm:border"
    >
      {children}
    </div>
  );
}
