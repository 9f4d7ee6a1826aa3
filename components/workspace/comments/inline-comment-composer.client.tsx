'use client';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'next-intl';
import { postComment } from '@/app/workspace/releases/[id]/comments/actions';
import type { TextQuote } from '@/lib/comments/anchor';
import { quoteSelection } from '@/lib/comments/rendered-text';
import { CommentForm, type Colleague } from './comment-form.client';
import { Muted } from '@/components/ui/muted';
import { Button, buttonClass } from '@/components/ui/button';
import { LINK } from '@/components/ui/text-link';

type Offer = { anchor: TextQuote; top: number; left: number };

/**
 * Comments on a passage: selecting text in the body shows a "Comment on this passage" button
 * beside it; a button in the panel does the same for keyboard users and small screens, from the
 * current selection. Either opens the form with the quoted passage.
 */
export function InlineCommentComposer({
  releaseId,
  bodyId,
  colleagues,
}: {
  releaseId: string;
  bodyId: string;
  colleagues: Colleague[];
}) {
  const t = useTranslations('Comments');
  const [offer, setOffer] = useState<Offer | null>(null);
  const [anchor, setAnchor] = useState<TextQuote | null>(null);
  const [hint, setHint] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  const bodyLabel = t('selectableBody');
  const lastPassage = useRef<TextQuote | null>(null);

  useEffect(() => {
    const onSelectionChange = () => {
      const container = document.getElementById(bodyId);
      const selection = window.getSelection();
      const quoted = container ? quoteSelection(container, selection) : null;
      if (!quoted || !selection) return setOffer(null);
      lastPassage.current = quoted;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setOffer({
        anchor: quoted,
        top: rect.bottom + window.scrollY + 8,
        left: Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - 240)),
      });
      setHint(false);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [bodyId]);

  // Keyboard users reach the body with Tab and it takes a caret, so that Shift and the arrows select
  // a passage as in a document; nothing typed, pasted or dropped changes it. Focused by the mouse it
  // stays plain text, whose links open as usual.
  useEffect(() => {
    const body = document.getElementById(bodyId);
    if (!body) return;
    body.tabIndex = 0;
    body.setAttribute('aria-label', bodyLabel);
    const takeCaret = () => {
      if (body.matches(':focus-visible')) body.contentEditable = 'true';
    };
    const dropCaret = () => body.removeAttribute('contenteditable');
    const refuse = (event: Event) => event.preventDefault();
    const refused = ['beforeinput', 'paste', 'cut', 'drop'] as const;
    body.addEventListener('focus', takeCaret);
    body.addEventListener('blur', dropCaret);
    for (const type of refused) body.addEventListener(type, refuse);
    return () => {
      body.removeEventListener('focus', takeCaret);
      body.removeEventListener('blur', dropCaret);
      for (const type of refused) body.removeEventListener(type, refuse);
    };
  }, [bodyId, bodyLabel]);

  const start = (quoted: TextQuote | null) => {
    if (!quoted) return setHint(true);
    setAnchor(quoted);
    lastPassage.current = null;
    setOffer(null);
    requestAnimationFrame(() => {
      form.current?.scrollIntoView({ block: 'center' });
      form.current?.querySelector('textarea')?.focus();
    });
  };
  // A keyboard user selects, then tabs to this button past fields that take the selection away:
  // the passage last selected in the body is the one they mean, and the form shows it.
  const fromSelection = () => {
    const container = document.getElementById(bodyId);
    start((container && quoteSelection(container, window.getSelection())) || lastPassage.current);
  };
  // Pressing a button must not collapse the selection it is about to use.
  const keepSelection = (event: React.MouseEvent) => event.preventDefault();

  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        onMouseDown={keepSelection}
        onClick={fromSelection}
        aria-describedby={hint ? `${bodyId}-select-first` : undefined}
        variant="secondary"
        size="sm"
        className="self-start"
      >
        {t('commentOnSelection')}
      </Button>
      <Muted id={`${bodyId}-select-first`} role="status">
        {hint ? t('selectFirst') : ''}
      </Muted>
      {offer &&
        createPortal(
          <button
            type="button"
            onMouseDown={keepSelection}
            onClick={() => start(offer.anchor)}
            style={{ position: 'absolute', top: offer.top, left: offer.left }}
            className={buttonClass({ size: 'sm' }, 'z-20 shadow-lg')}
          >
            {t('commentOnPassage')}
          </button>,
          document.body,
        )}
      {anchor && (
        <div ref={form} className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="text-xs font-medium text-muted">{t('passage')}</p>
          <blockquote className="border-l-4 border-amber-500 pl-2 text-sm italic">{anchor.quote}</blockquote>
          <CommentForm
            action={postComment}
            target={{ releaseId }}
            anchor={anchor}
            colleagues={colleagues}
            label={t('bodyLabel')}
            submitLabel={t('post')}
            onPosted={() => setAnchor(null)}
          />
          <button type="button" onClick={() => setAnchor(null)} className={`self-start text-sm ${LINK}`}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
