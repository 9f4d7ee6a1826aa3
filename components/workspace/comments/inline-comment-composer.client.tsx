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

  useEffect(() => {
    const onSelectionChange = () => {
      const container = document.getElementById(bodyId);
      const selection = window.getSelection();
      const quoted = container ? quoteSelection(container, selection) : null;
      if (!quoted || !selection) return setOffer(null);
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

  const start = (quoted: TextQuote | null) => {
    if (!quoted) return setHint(true);
    setAnchor(quoted);
    setOffer(null);
    requestAnimationFrame(() => {
      form.current?.scrollIntoView({ block: 'center' });
      form.current?.querySelector('textarea')?.focus();
    });
  };
  const fromSelection = () => {
    const container = document.getElementById(bodyId);
    start(container ? quoteSelection(container, window.getSelection()) : null);
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
