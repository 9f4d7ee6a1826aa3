import { getTranslations } from 'next-intl/server';
import type { FieldDiff } from '@/lib/revisions/diff';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelTitle } from '@/components/ui/panel';

/**
 * One field's differences. Insertions are underlined and deletions struck through (not colour
 * alone), and screen readers hear where each starts and ends.
 */
export async function RevisionDiff({ diff, headingId }: { diff: FieldDiff; headingId: string }) {
  const t = await getTranslations('Revisions');
  return (
    <Panel aria-labelledby={headingId} padding="lg">
      <PanelTitle id={headingId} spacing="mb-2" className="flex flex-wrap items-baseline gap-x-3">
        {t(`fields.${diff.field}`)}
        <Muted as="span" className="font-normal">
          {diff.changed ? t('changed') : t('unchanged')}
        </Muted>
      </PanelTitle>
      {diff.parts.length === 0 ? (
        <Muted>{t('empty')}</Muted>
      ) : (
        <p className="whitespace-pre-wrap break-words leading-relaxed">
          {diff.parts.map((part, index) =>
            part.kind === 'added' ? (
              <ins key={index} className="diff-added">
                <span className="sr-only">{t('insertionStart')}</span>
                {part.text}
                <span className="sr-only">{t('insertionEnd')}</span>
              </ins>
            ) : part.kind === 'removed' ? (
              <del key={index} className="diff-removed">
                <span className="sr-only">{t('deletionStart')}</span>
                {part.text}
                <span className="sr-only">{t('deletionEnd')}</span>
              </del>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
      )}
    </Panel>
  );
}
