import { getTranslations } from 'next-intl/server';
import type { FieldDiff } from '@/lib/revisions/diff';

/**
 * One field's differences. Insertions are underlined and deletions struck through (not colour
 * alone), and screen readers hear where each starts and ends.
 */
export async function RevisionDiff({ diff, headingId }: { diff: FieldDiff; headingId: string }) {
  const t = await getTranslations('Revisions');
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-brand-100 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="mb-2 flex flex-wrap items-baseline gap-x-3 font-semibold text-brand-800">
        {t(`fields.${diff.field}`)}
        <span className="text-sm font-normal text-muted">{diff.changed ? t('changed') : t('unchanged')}</span>
      </h2>
      {diff.parts.length === 0 ? (
        <p className="text-sm text-muted">{t('empty')}</p>
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
    </section>
  );
}
