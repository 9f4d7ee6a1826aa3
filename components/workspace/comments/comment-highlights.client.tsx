'use client';
import { useEffect } from 'react';
import { clearHighlights, highlightPassages, type Highlight } from '@/lib/comments/rendered-text';

/**
 * Marks the passages that open inline comments quote in the server-rendered body (found by
 * quote, prefix and suffix, so edits elsewhere do not move them), each followed by a link to
 * its comment. Renders nothing itself.
 */
export function CommentHighlights({ bodyId, highlights }: { bodyId: string; highlights: Highlight[] }) {
  const key = JSON.stringify(highlights);
  useEffect(() => {
    const container = document.getElementById(bodyId);
    if (!container) return;
    highlightPassages(container, JSON.parse(key) as Highlight[]);
    // A link to a passage (#highlight-…) in the address could not be followed before the marks existed.
    const target = window.location.hash.startsWith('#highlight-')
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    target?.scrollIntoView({ block: 'center' });
    return () => clearHighlights(container);
  }, [bodyId, key]);
  return null;
}
