'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { PassageHighlight } from '@/lib/rich-text/comment-highlights';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { DraftProblem } from '@/lib/validation/release-draft';
import type { EditorNamespace } from './autosave-panels.client';

// TipTap is the heaviest part of the workspace: it loads with the editors only, after the fields.
const RichTextEditor = dynamic(() => import('./rich-text-editor.client').then((module) => module.RichTextEditor), {
  ssr: false,
});

export const EDITOR_INPUT =
  'w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';

export type FieldError = { invalid: true; describedBy: string; node: ReactNode };

/** The refused fields of an editor, as messages under each field (`body.*` problems all go under the body). */
export function useFieldErrors(namespace: EditorNamespace, problems: DraftProblem[], id: string) {
  const t = useTranslations(namespace);
  return (field: string): FieldError | undefined => {
    const found = problems.filter(
      (problem) => problem.field === field || (field === 'body' && problem.field.startsWith('body')),
    );
    if (found.length === 0) return undefined;
    const text = found
      .map((problem) =>
        t.has(`problems.${problem.message}`)
          ? t(`problems.${problem.message}`, { at: problem.at ?? '' })
          : t('problems.invalid'),
      )
      .join(' ');
    const errorId = `${id}-${field.replaceAll('.', '-')}-error`;
    return {
      invalid: true,
      describedBy: errorId,
      node: (
        <p id={errorId} className="text-sm text-red-800">
          {text}
        </p>
      ),
    };
  };
}

type TextDraft = { title: string; summary: string; body: RichTextDoc };

type HeadingProps<Draft extends TextDraft> = {
  namespace: EditorNamespace;
  id: string;
  draft: Draft;
  update: (change: (current: Draft) => Draft) => void;
  limits: { title: number; summary: number };
  fieldError: (field: string) => FieldError | undefined;
};

/** An editor's title and summary, the first fields of a release and of a page. */
export function TitleAndSummaryFields<Draft extends TextDraft>({
  namespace,
  id,
  draft,
  update,
  limits,
  fieldError,
}: HeadingProps<Draft>) {
  const t = useTranslations(namespace);
  const title = fieldError('title');
  const summary = fieldError('summary');
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-title`} className="font-medium">
          {t('fields.title')}
        </label>
        <input
          id={`${id}-title`}
          value={draft.title}
          maxLength={limits.title}
          onChange={(event) => update((current) => ({ ...current, title: event.target.value }))}
          className={`${EDITOR_INPUT} text-lg font-semibold`}
          aria-invalid={title?.invalid}
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
          maxLength={limits.summary}
          onChange={(event) => update((current) => ({ ...current, summary: event.target.value }))}
          className={EDITOR_INPUT}
          aria-invalid={summary?.invalid}
          aria-describedby={summary?.describedBy}
        />
        {summary?.node}
      </div>
    </>
  );
}

type BodyProps<Draft extends TextDraft> = Omit<HeadingProps<Draft>, 'limits'> & {
  /** Bumped when the body is replaced from outside the editor (restore, conflict), so TipTap starts afresh. */
  bodyKey: number;
  lang: Locale;
  highlights: PassageHighlight[];
};

/** An editor's body in the rich-text editor, with images through the media picker. */
export function BodyField<Draft extends TextDraft>({
  namespace,
  id,
  draft,
  update,
  fieldError,
  bodyKey,
  lang,
  highlights,
}: BodyProps<Draft>) {
  const t = useTranslations(namespace);
  return (
    <div className="flex flex-col gap-1">
      <p id={`${id}-body`} className="font-medium">
        {t('fields.body')}
      </p>
      <RichTextEditor
        key={bodyKey}
        content={draft.body}
        onChange={(doc) => update((current) => ({ ...current, body: doc }))}
        labelId={`${id}-body`}
        lang={lang}
        highlights={highlights}
      />
      {fieldError('body')?.node}
    </div>
  );
}

/** The bar that stays at the top of an editor while scrolling: the save status, and what else the editor adds. */
export function EditorStatusBar({ children }: { children: ReactNode }) {
  return (
    <div className="sticky top-0 z-20 -mx-4 mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-brand-100 bg-white px-4 py-2 sm:mx-0 sm:rounded-lg sm:border">
      {children}
    </div>
  );
}
