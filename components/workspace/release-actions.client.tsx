'use client';
import { Button } from '@/components/ui/button';
import { INPUT } from '@/components/ui/field';
import { TRANSITION_COMMENT_MAX } from '@/lib/validation/transition';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { transitionRelease } from '@/app/workspace/releases/[id]/actions';
import { IDLE } from '@/lib/form-state';
import { ConfirmButton } from './confirm-button.client';
import type { TransitionName } from '@/lib/workflow/transitions';

/** A scheduled release is moved by scheduling it again: the "schedule" request, at a new time. */
type Step = TransitionName | 'reschedule';

const DANGER: Step[] = ['unschedule', 'unpublish', 'archive'];
// Taking a release back out of review is the writer's way out, not the step an editor is there for: last, and quiet.
const LAST: Step[] = ['withdraw'];
/** Steps the public sees at once, or that cannot be taken back: each asks first. */
const CONFIRMED = ['publish', 'unschedule', 'unpublish', 'archive'] as const;
const isConfirmed = (name: Step): name is (typeof CONFIRMED)[number] => (CONFIRMED as readonly Step[]).includes(name);

/**
 * The workflow buttons a person may use on this release now; the server checks everything again.
 * One action state for all of them, so the outcome stays on screen when the buttons change with
 * the release's new state.
 */
export function ReleaseActions({
  releaseId,
  transitions,
  zoneName,
  live = false,
}: {
  releaseId: string;
  transitions: TransitionName[];
  /** The readable name of the release's office zone, which a scheduled time is read in. */
  zoneName: string;
  /** The release is on the public site: publishing it again may be mailed as a correction. */
  live?: boolean;
}) {
  const t = useTranslations('Workflow');
  const [state, formAction, pending] = useActionState(transitionRelease, IDLE);
  return (
    <div className="flex flex-col gap-3">
      {[
        ...(transitions.includes('unschedule') ? (['reschedule'] as const) : []),
        ...transitions.filter((name) => !LAST.includes(name)),
        ...transitions.filter((name) => LAST.includes(name)),
      ].map((name: Step) => {
        const id = `${name}-${releaseId}`;
        return (
          <form
            key={name}
            action={formAction}
            className="flex flex-col gap-2 border-t border-brand-100 pt-3 first:border-t-0 first:pt-0"
          >
            <input type="hidden" name="releaseId" value={releaseId} />
            <input type="hidden" name="transition" value={name === 'reschedule' ? 'schedule' : name} />
            {name === 'request_changes' && (
              <>
                <label htmlFor={`${id}-comment`} className="text-sm font-medium">
                  {t('comment')}
                </label>
                <textarea
                  id={`${id}-comment`}
                  name="comment"
                  required
                  rows={3}
                  maxLength={TRANSITION_COMMENT_MAX}
                  className={INPUT}
                />
              </>
            )}
            {(name === 'schedule' || name === 'reschedule') && (
              <>
                <label htmlFor={`${id}-at`} className="text-sm font-medium">
                  {t(name === 'reschedule' ? 'rescheduleAt' : 'scheduleAt')}
                </label>
                <input
                  id={`${id}-at`}
                  name="scheduledAt"
                  type="datetime-local"
                  required
                  aria-describedby={`${id}-zone`}
                  className={INPUT}
                />
                <p id={`${id}-zone`} className="text-xs text-muted">
                  {t('scheduleZone', { zone: zoneName })}
                  {name === 'reschedule' && ` ${t('rescheduleHint')}`}
                </p>
              </>
            )}
            {name === 'publish' && live && (
              <div className="flex items-start gap-2">
                <input
                  id={`${id}-correction`}
                  type="checkbox"
                  name="correction"
                  aria-describedby={`${id}-correction-hint`}
                  className="mt-1 size-4 shrink-0 accent-brand-700"
                />
                <div>
                  <label htmlFor={`${id}-correction`} className="text-sm font-medium">
                    {t('correction')}
                  </label>
                  <p id={`${id}-correction-hint`} className="text-xs text-muted">
                    {t('correctionHint')}
                  </p>
                </div>
              </div>
            )}
            {isConfirmed(name) ? (
              <ConfirmButton
                disabled={pending}
                variant={DANGER.includes(name) ? 'danger' : 'primary'}
                className="text-sm"
                title={t(`confirm.${name}.title`)}
                consequence={t(`confirm.${name}.consequence`)}
                confirmLabel={t(`confirm.${name}.confirm`)}
                cancelLabel={t('confirm.cancel')}
              >
                {t(`transitions.${name}`)}
              </ConfirmButton>
            ) : (
              <Button
                type="submit"
                disabled={pending}
                variant={
                  name === 'reschedule'
                    ? 'secondary'
                    : DANGER.includes(name)
                      ? 'danger'
                      : LAST.includes(name)
                        ? 'secondary'
                        : 'primary'
                }
                className="text-sm"
              >
                {name === 'reschedule' ? t('reschedule') : t(`transitions.${name}`)}
              </Button>
            )}
          </form>
        );
      })}
      <p role="status" aria-live="polite" className="text-sm empty:hidden">
        {pending && t('working')}
        {!pending && state.status === 'refused' && <span className="text-red-800">{t(`refused.${state.reason}`)}</span>}
        {!pending && state.status === 'invalid' && <span className="text-red-800">{t('invalid')}</span>}
      </p>
    </div>
  );
}
