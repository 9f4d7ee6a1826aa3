import type { PageState } from '@/db/schema/pages';
import type { Locale } from '@/lib/i18n/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';

/** A page's working copy as the editor loads it, and as a conflict shows the server's side. */
export type PageDraftDTO = {
  id: string;
  version: number;
  language: Locale;
  path: string;
  state: PageState;
  title: string;
  summary: string;
  body: RichTextDoc;
  updatedAt: string;
  lastEditedByName: string | null;
  /** Last saved by the person reading it: a conflict then comes from their own other tab or device. */
  lastEditedByYou: boolean;
};

export type SavePageDraftResult =
  | { ok: true; version: number; updatedAt: string }
  /** Someone saved since `expectedVersion`: nothing was written, here is what the server holds. */
  | { ok: false; reason: 'conflict'; current: PageDraftDTO };

/** The page editor's fields, as autosaved. */
export type PageEditorDraft = Pick<PageDraftDTO, 'title' | 'summary' | 'body'>;

export const toPageEditorDraft = (dto: PageEditorDraft): PageEditorDraft => ({
  title: dto.title,
  summary: dto.summary,
  body: dto.body,
});
