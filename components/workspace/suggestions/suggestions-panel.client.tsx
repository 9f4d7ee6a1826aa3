'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { decideReleaseSuggestions } from '@/app/workspace/releases/[id]/actions';
import { Button } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { Panel, PanelTitle } from '@/components/ui/panel';
import type { Suggestion, SuggestionDecision } from '@/lib/rich-text/suggestions';

type Props = {
  releaseId: string;
  suggestions: Suggestion[];
  canDecide: boolean;
  timeZone: string;
};

/**
 * The open suggestions of a release, in the order of the text, each with who made it and when;
 * the writer or an editor accepts or rejects each one, or all at once. Every button is in the
 * tab order, named with what it decides.
 */
export function SuggestionsPanel({ releaseId, suggestions, canDecide, timeZone }: Props) {
  const t = useTranslations('Suggestions');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<'gone' | 'failed' | null>(null);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });

  const decide = (ids: string[] | 'all', decision: SuggestionDecision) =>
    startTransition(async () => {
      const result = await decideReleaseSuggestions({ releaseId, ids, decision });
      setProblem(result.ok ? null : result.reason === 'unknown_suggestion' ? 'gone' : 'failed');
      router.refresh();
    });

  return (
    <Panel aria-labelledby="suggestions-heading">
      <PanelTitle id="suggestions-heading">{t('heading')}</PanelTitle>
      {suggestions.length === 0 ? (
        <Muted>{t('none')}</Muted>
      ) : (
        <>
          <p className="mb-3 text-sm">{t('count', { count: suggestions.length })}</p>
          <ol className="mb-3 space-y-3" aria-busy={pending}>
            {suggestions.map((suggestion) => {
              const kind = t(suggestion.kind);
              const named = { kind, text: suggestion.text, name: suggestion.authorName };
              return (
                <li key={suggestion.id} className="rounded border border-brand-100 p-2 text-sm" data-suggestion-item>
                  <p>
                    <span className="font-medium">{kind}</span>{' '}
                    {suggestion.kind === 'insert' ? (
                      <ins className="suggestion">{suggestion.text}</ins>
                    ) : (
                      <del className="suggestion">{suggestion.text}</del>
                    )}
                  </p>
                  <p className="text-xs text-muted">
                    {t('byWhen', { name: suggestion.authorName, time: when.format(new Date(suggestion.createdAt)) })}
                  </p>
                  {canDecide && (
                    <div className="mt-2 flex gap-2">
                      <Button
                        size="xs"
                        disabled={pending}
                        aria-label={t('acceptOne', named)}
                        onClick={() => decide([suggestion.id], 'accept')}
                      >
                        {t('accept')}
                      </Button>
                      <Button
                        size="xs"
                        variant="secondary"
                        disabled={pending}
                        aria-label={t('rejectOne', named)}
                        onClick={() => decide([suggestion.id], 'reject')}
                      >
                        {t('reject')}
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {canDecide ? (
            <div className="flex flex-wrap gap-2">
              <Button size="sm" disabled={pending} onClick={() => decide('all', 'accept')}>
                {t('acceptAll')}
              </Button>
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => decide('all', 'reject')}>
                {t('rejectAll')}
              </Button>
            </div>
          ) : (
            <Muted>{t('decidedBy')}</Muted>
          )}
        </>
      )}
      {problem && (
        <Notice tone="error" className="mt-3 text-sm">
          {t(problem)}
        </Notice>
      )}
    </Panel>
  );
}
