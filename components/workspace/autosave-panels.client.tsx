'use client';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { timeInZone } from '@/lib/time/zoned-label';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { LocalDraft, SaveStatus } from './use-autosave';

/** The editors whose texts name their own kind of document ("this release", "this page"). */
export type EditorNamespace = 'ReleaseEditor' | 'PageEditor';

const STATUS_TONE: Record<SaveStatus, string> = {
  saved: 'text-green-800',
  saving: 'text-muted',
  unsaved: 'text-muted',
  offline: 'text-amber-900',
  conflict: 'text-red-800',
  invalid: 'text-red-800',
  frozen: 'text-red-800',
  signed_out: 'text-red-800',
};

/** Where the text stands with the server, announced politely to screen readers. */
export function SaveStatusLine({
  namespace,
  status,
  onRetry,
}: {
  namespace: EditorNamespace;
  status: SaveStatus;
  onRetry: () => void;
}) {
  const t = useTranslations(namespace);
  return (
    <p role="status" aria-live="polite" data-status={status} className={`text-sm font-medium ${STATUS_TONE[status]}`}>
      {t(`status.${status}`)}
      {status === 'offline' && (
        <button type="button" onClick={onRetry} className="ml-2 underline">
          {t('retryNow')}
        </button>
      )}
    </p>
  );
}

/** Text left in this browser by a reload, a crash or a lost connection: restore it or drop it. */
export function LocalCopyOffer({
  namespace,
  offer,
  timeZone,
  onRestore,
  onDiscard,
}: {
  namespace: EditorNamespace;
  /** The zone the copy's time is read in: a release's office zone; unset, the reader's own. */
  timeZone?: string;
  offer: LocalDraft<{ title: string; summary: string; body: RichTextDoc }>;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations(namespace);
  const time = useTranslations('Time');
  const locale = useLocale();
  const readerZone = useTimeZone();
  const id = useId();
  const local = offer.draft;
  return (
    <Panel aria-labelledby={`${id}-offer`} role="alertdialog" tone="attention" padding="lg">
      <h1 id={`${id}-offer`} className="mb-2 text-xl font-bold text-brand-800">
        {t('offer.heading')}
      </h1>
      <p className="mb-4">
        {t('offer.help', {
          when: time('inZone', timeInZone(new Date(offer.writtenAt), timeZone ?? readerZone ?? 'UTC', locale)),
        })}
      </p>
      <div className="mb-4 max-h-72 overflow-auto rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        <p className="font-semibold">{local.title || t('untitled')}</p>
        {local.summary && <p className="mt-1">{local.summary}</p>}
        <p className="mt-2 whitespace-pre-wrap">{toPlainText(local.body)}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onRestore}>{t('offer.restore')}</Button>
        <Button variant="danger" onClick={onDiscard}>
          {t('offer.discard')}
        </Button>
      </div>
    </Panel>
  );
}
