'use client';
import {
  EditorContent,
  NodeViewWrapper,
  ReactNodeViewRenderer,
  useEditor,
  useEditorState,
  type Editor,
  type ReactNodeViewProps,
} from '@tiptap/react';
import { useTranslations } from 'next-intl';
import type { EditorView } from '@tiptap/pm/view';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { CommentHighlights, type PassageHighlight } from '@/lib/rich-text/comment-highlights';
import { EditorKeys, type EditorKeyHandler } from '@/lib/rich-text/editor-keys';
import {
  EditorAttachment,
  EditorImage,
  editorExtensions,
  insertAttachment,
  insertImage,
  insertTable,
} from '@/lib/rich-text/editor-extensions';
import { cleanPastedHtml, PENDING_IMAGE_PREFIX, type PastedImage } from '@/lib/rich-text/paste-cleanup';
import { safeHref } from '@/lib/rich-text/render-html';
import {
  keepSourceText,
  TranslationSource,
  type TranslationSourceOptions,
} from '@/lib/rich-text/translation-extensions';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { AttachmentForm } from './attachment-form.client';
import { MediaPicker } from './media-picker.client';
import { importPastedImage, settlePlaceholder } from './pasted-images';
import { SlashMenu, type BlockEntry } from './slash-menu.client';
import { TableTools } from './table-tools.client';

/** The compact text boxes inside the text (an image's alt text and credit, a link's address). */
const SMALL_INPUT = 'rounded border border-slate-400 px-2 py-1 font-normal';

/** An image in the text, with its alt text and credit editable in place (the checklist needs the alt). */
function ImageView({ node, updateAttributes }: ReactNodeViewProps) {
  const t = useTranslations('ReleaseEditor.image');
  const id = useId();
  const alt = String(node.attrs.alt ?? '');
  if (String(node.attrs.src).startsWith(PENDING_IMAGE_PREFIX)) return <PendingImage />;
  return (
    <NodeViewWrapper
      as="figure"
      className="my-4 rounded border border-brand-100 bg-slate-50 p-3"
      contentEditable={false}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- an image of the text being edited, at the size the writer chose */}
      <img src={String(node.attrs.src)} alt={alt} className="max-h-80 w-auto" />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label htmlFor={`${id}-alt`} className="flex flex-col text-sm font-medium">
          {t('alt')}
          <input
            id={`${id}-alt`}
            value={alt}
            onChange={(event) => updateAttributes({ alt: event.target.value })}
            className={SMALL_INPUT}
            aria-invalid={alt.trim() ? undefined : true}
          />
        </label>
        <label htmlFor={`${id}-caption`} className="flex flex-col text-sm font-medium sm:col-span-2">
          {t('caption')}
          <input
            id={`${id}-caption`}
            value={String(node.attrs.caption ?? '')}
            maxLength={500}
            onChange={(event) => updateAttributes({ caption: event.target.value || null })}
            className={SMALL_INPUT}
          />
        </label>
        <label htmlFor={`${id}-credit`} className="flex flex-col text-sm font-medium">
          {t('credit')}
          <input
            id={`${id}-credit`}
            value={String(node.attrs.credit ?? '')}
            onChange={(event) => updateAttributes({ credit: event.target.value || null })}
            className={SMALL_INPUT}
          />
        </label>
      </div>
      {!alt.trim() && <figcaption className="mt-1 text-sm text-red-800">{t('missingAlt')}</figcaption>}
    </NodeViewWrapper>
  );
}

/** A pasted image while the library imports it: no request to its old address (the CSP would block it). */
function PendingImage() {
  const t = useTranslations('ReleaseEditor.paste');
  return (
    <NodeViewWrapper
      as="figure"
      className="my-4 rounded border border-dashed border-brand-300 bg-brand-50 p-3"
      contentEditable={false}
    >
      <p role="status" className="text-sm text-muted">
        {t('importing')}
      </p>
    </NodeViewWrapper>
  );
}

type PasteNoticeInput = { kind: 'imported' | 'dropped'; count: number } | { kind: 'failed'; reason: string };
type PasteNotice = PasteNoticeInput & { key: number };

/** What became of the images of the last pastes: how many came in, which were removed and why. */
function PasteNotices({ notices, onDismiss }: { notices: PasteNotice[]; onDismiss: () => void }) {
  const t = useTranslations('ReleaseEditor.paste');
  if (notices.length === 0) return null;
  const failed = notices.some((notice) => notice.kind !== 'imported');
  return (
    <div
      role={failed ? 'alert' : 'status'}
      className={`flex items-start gap-2 border-b p-2 text-sm ${failed ? 'border-red-200 bg-red-50 text-red-900' : 'border-brand-100 bg-brand-50'}`}
    >
      <ul className="flex-1 space-y-1">
        {notices.map((notice) => (
          <li key={notice.key}>
            {notice.kind === 'failed'
              ? t('failed', {
                  reason: t(t.has(`reasons.${notice.reason}`) ? `reasons.${notice.reason}` : 'reasons.other'),
                })
              : t(notice.kind, { count: notice.count })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} className={BUTTON_CLASS}>
        {t('dismiss')}
      </button>
    </div>
  );
}

const EditableImage = EditorImage.extend({ addNodeView: () => ReactNodeViewRenderer(ImageView) });

/** A document offered for download: its title (what the downloads box says) editable in place. */
function AttachmentView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const t = useTranslations('ReleaseEditor.attachment');
  const id = useId();
  const format = String(node.attrs.format ?? '');
  return (
    <NodeViewWrapper
      className="my-4 flex flex-wrap items-end gap-2 rounded border border-brand-100 bg-brand-50 p-3"
      contentEditable={false}
      data-attachment=""
    >
      <label htmlFor={`${id}-title`} className="flex min-w-0 flex-1 flex-col text-sm font-medium">
        {t('blockTitle', { format: t.has(`formats.${format}`) ? t(`formats.${format}`) : format })}
        <input
          id={`${id}-title`}
          value={String(node.attrs.title ?? '')}
          maxLength={200}
          onChange={(event) => updateAttributes({ title: event.target.value })}
          className={SMALL_INPUT}
          aria-invalid={String(node.attrs.title ?? '').trim() ? undefined : true}
        />
      </label>
      <button
        type="button"
        onClick={deleteNode}
        className="min-h-9 rounded border border-slate-300 bg-white px-2.5 text-sm font-medium hover:bg-brand-50"
      >
        {t('remove')}
      </button>
      <p className="w-full text-sm text-muted">{t('blockHint')}</p>
    </NodeViewWrapper>
  );
}

const EditableAttachment = EditorAttachment.extend({ addNodeView: () => ReactNodeViewRenderer(AttachmentView) });

type ToolbarButton = {
  name: string;
  active?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  can?: (editor: Editor) => boolean;
};

const BUTTONS: ToolbarButton[] = [
  {
    name: 'heading2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    name: 'heading3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { name: 'bold', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { name: 'italic', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    name: 'bulletList',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    name: 'orderedList',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    name: 'blockquote',
    active: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  { name: 'undo', run: (e) => e.chain().focus().undo().run(), can: (e) => e.can().undo() },
  { name: 'redo', run: (e) => e.chain().focus().redo().run(), can: (e) => e.can().redo() },
];

/** The blocks the "/" menu offers besides the image (the toolbar's own commands). */
const BLOCK_NAMES = new Set(['heading2', 'heading3', 'bulletList', 'orderedList', 'blockquote']);

const BUTTON_CLASS =
  'min-h-9 shrink-0 whitespace-nowrap rounded border border-slate-300 px-2.5 text-sm font-medium hover:bg-brand-50 disabled:opacity-40 aria-pressed:border-brand-700 aria-pressed:bg-brand-100';

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const t = useTranslations('ReleaseEditor.toolbar');
  const id = useId();
  const [href, setHref] = useState(String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState(false);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const safe = safeHref(href);
    if (!safe) return setError(true);
    editor.chain().focus().extendMarkRange('link').setLink({ href: safe }).run();
    onDone();
  };
  return (
    // A div, not a form: the editor sits inside the release's fields.
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className="flex flex-wrap items-end gap-2 border-t border-slate-200 p-2"
      onKeyDown={(event) => event.key === 'Enter' && apply(event)}
    >
      <label id={`${id}-label`} htmlFor={`${id}-href`} className="flex min-w-48 flex-1 flex-col text-sm font-medium">
        {t('linkAddress')}
        <input
          id={`${id}-href`}
          type="url"
          inputMode="url"
          value={href}
          autoFocus
          onChange={(event) => (setHref(event.target.value), setError(false))}
          placeholder="https://"
          aria-invalid={error || undefined}
          aria-describedby={`${id}-hint`}
          className={SMALL_INPUT}
        />
      </label>
      <button type="button" onClick={apply} className={BUTTON_CLASS}>
        {t('linkApply')}
      </button>
      <button
        type="button"
        onClick={() => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), onDone())}
        className={BUTTON_CLASS}
      >
        {t('linkRemove')}
      </button>
      <button type="button" onClick={onDone} className={BUTTON_CLASS}>
        {t('linkCancel')}
      </button>
      <p id={`${id}-hint`} className={`w-full text-sm ${error ? 'text-red-800' : 'text-muted'}`}>
        {t(error ? 'linkRefused' : 'linkHint')}
      </p>
    </div>
  );
}

function Toolbar({
  editor,
  language,
  keyHandlers,
  translating,
  attachTo,
}: {
  editor: Editor;
  language: Locale;
  keyHandlers: Set<EditorKeyHandler>;
  translating: boolean;
  attachTo?: string;
}) {
  const t = useTranslations('ReleaseEditor.toolbar');
  const [linking, setLinking] = useState(false);
  const [picking, setPicking] = useState(false);
  const [attaching, setAttaching] = useState(false);
  // Ctrl+K (⌘K) in the text opens the link form, as in every word processor.
  useEffect(() => {
    const openLinkForm: EditorKeyHandler = (key) => key === 'Mod-k' && (setLinking(true), true);
    keyHandlers.add(openLinkForm);
    return () => void keyHandlers.delete(openLinkForm);
  }, [keyHandlers]);
  const blocks: BlockEntry[] = [
    ...BUTTONS.filter((button) => BLOCK_NAMES.has(button.name)).map((button) => ({
      name: button.name,
      label: t(button.name),
      run: button.run,
    })),
    { name: 'image', label: t('image'), run: () => setPicking(true) },
    { name: 'table', label: t('table'), run: (current) => insertTable(current) },
    ...(attachTo ? [{ name: 'attachment', label: t('attachment'), run: () => setAttaching(true) }] : []),
  ];
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      ...Object.fromEntries(
        BUTTONS.map((button) => [
          button.name,
          { active: button.active?.(current), enabled: button.can?.(current) ?? true },
        ]),
      ),
      link: { active: current.isActive('link'), enabled: true },
    }),
  }) as Record<string, { active?: boolean; enabled: boolean }>;
  return (
    // Under the editor's status bar while the text scrolls, on phones too (one row that scrolls sideways there).
    <div className="sticky top-[var(--editor-status-height,3rem)] z-10 border-b border-slate-300 bg-white">
      <div role="toolbar" aria-label={t('label')} className="flex gap-1 overflow-x-auto p-2 sm:flex-wrap">
        {BUTTONS.map((button) => (
          <button
            key={button.name}
            type="button"
            onClick={() => button.run(editor)}
            disabled={!state[button.name]?.enabled}
            aria-pressed={button.active ? Boolean(state[button.name]?.active) : undefined}
            className={BUTTON_CLASS}
          >
            {t(button.name)}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={state.link?.active}
          aria-expanded={linking}
          aria-keyshortcuts="Control+K Meta+K"
          title={t('linkShortcut')}
          onClick={() => setLinking((open) => !open)}
          className={BUTTON_CLASS}
        >
          {t('link')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setPicking(true)} className={BUTTON_CLASS}>
          {t('image')}
        </button>
        <button type="button" onClick={() => insertTable(editor)} className={BUTTON_CLASS}>
          {t('table')}
        </button>
        {attachTo && (
          <button
            type="button"
            aria-expanded={attaching}
            onClick={() => setAttaching((open) => !open)}
            className={BUTTON_CLASS}
          >
            {t('attachment')}
          </button>
        )}
        {translating && (
          <button
            type="button"
            onClick={() => keepSourceText(editor)}
            className={BUTTON_CLASS}
            title={t('keepSourceHint')}
          >
            {t('keepSource')}
          </button>
        )}
      </div>
      <TableTools editor={editor} />
      {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
      <SlashMenu editor={editor} entries={blocks} keyHandlers={keyHandlers} />
      {attaching && attachTo && (
        <AttachmentForm
          releaseId={attachTo}
          onAttach={(attachment) => {
            setAttaching(false);
            insertAttachment(editor, attachment);
          }}
          onCancel={() => {
            setAttaching(false);
            editor.commands.focus();
          }}
        />
      )}
      {picking && (
        <MediaPicker
          language={language}
          onPick={(image) => {
            setPicking(false);
            insertImage(editor, image);
          }}
          onCancel={() => {
            setPicking(false);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}

/** The release's body: TipTap with exactly the nodes and marks a stored release allows. */
export function RichTextEditor({
  content,
  onChange,
  labelId,
  lang,
  highlights,
  translation,
  attachTo,
}: {
  content: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  labelId: string;
  lang: Locale;
  highlights: PassageHighlight[];
  /** For a translation: the source's blocks, shown beside the blocks being translated. */
  translation?: TranslationSourceOptions;
  /** The release documents are attached to; without it the editor offers no attachments (pages). */
  attachTo?: string;
}) {
  // A new set of commented passages (a thread resolved, another opened) makes a new editor on the same text.
  const highlightsKey = JSON.stringify(highlights);
  const [keyHandlers] = useState(() => new Set<EditorKeyHandler>());
  const t = useTranslations('ReleaseEditor.blocks');
  const hintId = useId();
  const [notices, setNotices] = useState<PasteNotice[]>([]);
  const noticeKey = useRef(0);
  const notify = (notice: PasteNoticeInput) =>
    setNotices((current) => [...current, { ...notice, key: (noticeKey.current += 1) }]);
  // Pasted images wait in placeholders while the library imports them one after the other; an
  // image that cannot come in is removed with a message rather than left pointing elsewhere.
  const importImages = async (view: EditorView, images: PastedImage[]) => {
    if (!attachTo) return;
    let imported = 0;
    for (const pasted of images) {
      const outcome = await importPastedImage(attachTo, lang, pasted);
      settlePlaceholder(view, pasted.placeholder, outcome.ok ? outcome.image : undefined);
      if (outcome.ok) imported += 1;
      else notify({ kind: 'failed', reason: outcome.reason });
    }
    if (imported > 0) notify({ kind: 'imported', count: imported });
  };
  const cleanPaste = (html: string, view: EditorView) => {
    const cleaned = cleanPastedHtml(html, { importImages: Boolean(attachTo) });
    if (cleaned.dropped > 0) notify({ kind: 'dropped', count: cleaned.dropped });
    // After the paste's own transaction, which puts the placeholders in the text.
    if (cleaned.images.length > 0) setTimeout(() => void importImages(view, cleaned.images), 0);
    return cleaned.html;
  };
  const editor = useEditor(
    {
      extensions: [
        ...editorExtensions(EditableImage, { attachment: EditableAttachment }),
        CommentHighlights.configure({ highlights: JSON.parse(highlightsKey) as PassageHighlight[] }),
        EditorKeys.configure({ handlers: keyHandlers }),
        ...(translation ? [TranslationSource.configure(translation)] : []),
      ],
      content,
      immediatelyRender: false,
      editorProps: {
        transformPastedHTML: (html, view) => cleanPaste(html, view),
        attributes: {
          'aria-labelledby': labelId,
          'aria-describedby': hintId,
          'aria-multiline': 'true',
          role: 'textbox',
          lang,
          class: translation
            ? 'prose-release translation-grid min-h-64 p-3 leading-relaxed focus:outline-none'
            : 'prose-release min-h-64 space-y-3 p-3 leading-relaxed focus:outline-none',
        },
      },
      onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichTextDoc),
    },
    [highlightsKey],
  );
  return (
    <div className="rounded border border-slate-400 bg-white focus-within:outline focus-within:outline-2 focus-within:outline-brand-700">
      {editor && (
        <Toolbar
          editor={editor}
          language={lang}
          keyHandlers={keyHandlers}
          translating={Boolean(translation)}
          attachTo={attachTo}
        />
      )}
      <PasteNotices notices={notices} onDismiss={() => setNotices([])} />
      <EditorContent editor={editor} />
      <p id={hintId} className="border-t border-slate-200 px-3 py-1.5 text-sm text-muted">
        {t('hint')}
      </p>
    </div>
  );
}
