import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/class-names';
import type { ReleaseStepDTO } from '@/lib/dal/releases';
import { ZonedTime } from './zoned-time';

/**
 * What the person who took the release's last workflow step wrote with it, at the top of the
 * release: while changes are requested, the editor's "what needs to change" for the writer.
 */
export async function StepMessage({ step, timeZone }: { step: ReleaseStepDTO | null; timeZone: string }) {
  if (!step?.comment) return null;
  const t = await getTranslations('StepMessage');
  const changes = step.name === 'request_changes';
  const actor = step.actorName ?? t('system');
  return (
    <section
      aria-labelledby="step-message"
      className={cx(
        'mb-6 rounded-lg border-l-4 p-4',
        changes ? 'border-orange-600 bg-orange-50' : 'border-brand-600 bg-brand-50',
      )}
    >
      <h2 id="step-message" className="font-semibold text-ink">
        {changes ? t('changesRequested', { actor }) : t('note', { actor, step: t(`steps.${step.name}`) })}
      </h2>
      <p className="text-sm text-muted">
        <ZonedTime date={step.at} timeZone={timeZone} style="long" />
      </p>
      <blockquote className="mt-2 whitespace-pre-line break-words">{step.comment}</blockquote>
      {changes && <p className="mt-2 text-sm">{t('changesHelp')}</p>}
    </section>
  );
}
