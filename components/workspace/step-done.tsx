import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';
import { TextLink } from '@/components/ui/text-link';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import type { Locale } from '@/lib/i18n/locales';
import { zoneDisplayName } from '@/lib/time/zone-name';
import type { ReleaseState } from '@/lib/workflow/states';
import { TRANSITIONS, type TransitionName } from '@/lib/workflow/transitions';
import { StateBadge } from './state-badge';

type Props = {
  done: TransitionName | undefined;
  release: {
    id: string;
    state: ReleaseState;
    language: Locale;
    slug: string;
    scheduledAt: Date | null;
    officeTimeZone: string;
  };
};

/**
 * What the step just taken did, at the top of the release until the person dismisses it: after a
 * publication the link to the public page, after scheduling the time in the office's zone, named.
 * Says nothing once the release has moved on (an old link with `?done=`).
 */
export async function StepDone({ done, release }: Props) {
  if (!done || TRANSITIONS[done].to !== release.state) return null;
  const [t, tTime, format, locale] = await Promise.all([
    getTranslations('StepDone'),
    getTranslations('Time'),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <Notice as="div" tone="success" className="mb-6 flex flex-wrap items-start justify-between gap-3 text-ink">
      <div className="flex min-w-0 flex-col gap-2">
        <p className="flex flex-wrap items-center gap-2 font-semibold">
          <StateBadge state={release.state} />
          <span>{done === 'publish' || done === 'schedule' ? t(done) : t('other', { step: t(`steps.${done}`) })}</span>
        </p>
        {done === 'publish' && (
          <TextLink href={absoluteUrl(portalPaths.release(release.language, release.slug))} className="font-medium">
            {t('viewOnSite')}
          </TextLink>
        )}
        {done === 'schedule' && release.scheduledAt && (
          <p>
            {t.rich('scheduledFor', {
              time: () => (
                <time dateTime={release.scheduledAt!.toISOString()} className="font-semibold">
                  {tTime('inZone', {
                    time: format.dateTime(release.scheduledAt!, {
                      weekday: 'long',
                      day: 'numeric',
                      month: 'long',
                      year: 'numeric',
                      hour: '2-digit',
                      minute: '2-digit',
                      timeZone: release.officeTimeZone,
                    }),
                    zone: zoneDisplayName(release.officeTimeZone, locale),
                  })}
                </time>
              ),
            })}
          </p>
        )}
      </div>
      <TextLink href={`/workspace/releases/${release.id}`} className="shrink-0 text-sm">
        {t('dismiss')}
      </TextLink>
    </Notice>
  );
}
