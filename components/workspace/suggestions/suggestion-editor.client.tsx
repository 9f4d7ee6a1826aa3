'use client';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { saveReleaseSuggestions } from '@/app/workspace/releases/[id]/actions';
import { editorExtensions } from '@/lib/rich-text/editor-extensions';
import { SUGGESTING, SuggestionMode, type SuggestionAuthor } from '@/lib/rich-text/suggestion-extensions';
import type { RichTextDoc } from '@/lib/rich-text/types';

type Props = {
  releaseId: string;
  body: RichTextDoc;
  version: number;
  author: SuggestionAuthor;
  lang: string;
};

type Status = 'idle' | 'saving' | 'saved' | 'conflict' | 'refused';

const SAVE_AFTER_MS = 800;

/**
 * The text of a release in review, in suggestion mode: what the person types or deletes is saved
 * (shortly after they stop) as their suggestions. When someone else saved or decided meanwhile,
 * the text as it now stands replaces what was typed, and the person is told.
 */
export function SuggestionEditor({ releaseId, body, version, author, lang }: Props) {
  const t = useTranslations('Suggestions');
  const router = useRouter();
  const labelId = useId();
  const hintId = useId();
  const [status, setStatus] = useState<Status>('idle');
  const saved = useRef(version);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const editor = useEditor({
    extensions: [...editorExtensions(), SuggestionMode.configure({ author })],
    content: body,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        'aria-multiline': 'true',
        role: 'textbox',
        lang,
        class: 'prose-release suggesting min-h-40 space-y-4 leading-relaxed focus:outline-none',
      },
    },
    onUpdate: () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void save();
      }, SAVE_AFTER_MS);
    },
  });

  const replaceWith = (doc: RichTextDoc, newVersion: number) => {
    saved.current = newVersion;
    editor
      ?.chain()
      .setMeta(SUGGESTING, true)
      .setMeta('addToHistory', false)
      .setContent(doc, { emitUpdate: false })
      .run();
  };

  async function save() {
    if (!editor) return;
    setStatus('saving');
    const result = await saveReleaseSuggestions({
      releaseId,
      version: saved.current,
      body: editor.getJSON(),
    });
    if (result.ok) {
      saved.current = result.version;
      setStatus('saved');
      router.refresh();
    } else if (result.reason === 'conflict') {
      replaceWith(result.current.body, result.current.version);
      setStatus('conflict');
      router.refresh();
    } else setStatus('refused');
  }

  // A decision taken on this page (or a refresh) brings a newer text: show it, unless typing is pending.
  useEffect(() => {
    if (version > saved.current && !timer.current) replaceWith(body, version);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a newer version replaces the text
  }, [version]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div>
      <p id={labelId} className="sr-only">
        {t('editorLabel')}
      </p>
      <p id={hintId} className="mb-4 rounded border border-brand-100 bg-brand-50 p-3 text-sm">
        {t('modeHint')}
      </p>
      <EditorContent editor={editor} />
      <p role="status" className="mt-3 min-h-5 text-sm text-muted" data-suggestion-status={status}>
        {status === 'idle' ? '' : t(status)}
      </p>
    </div>
  );
}
