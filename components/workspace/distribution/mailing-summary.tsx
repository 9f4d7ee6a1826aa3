import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Muted } from '@/components/ui/muted';
import { Panel } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { getZonedFormatter } from '@/components/workspace/zoned-time';
import type { MailingDTO } from '@/lib/dal/distribution-report';

/** One mailing of a release: when and by whom, its counts, its recipients by list. */
export async function MailingSummary({
  mailing,
  timeZone,
  selected,
  href,
}: {
  mailing: MailingDTO;
  /** The release's office zone, in which its times are read. */
  timeZone: string;
  selected: boolean;
  /** The report showing this mailing's deliveries. */
  href: string;
}) {
  const [t, when] = await Promise.all([getTranslations('Distribution'), getZonedFormatter(timeZone)]);
  const headingId = `mailing-${mailing.id}`;
  const at = when(mailing.createdAt);
  const figures: [string, number, 'danger' | 'warning' | undefined][] = [
    [t('recipients'), mailing.counts.total, undefined],
    [t('counts.sent'), mailing.counts.sent, undefined],
    [t('counts.queued'), mailing.counts.queued, undefined],
    [t('counts.failed'), mailing.counts.failed, mailing.counts.failed > 0 ? 'danger' : undefined],
    [t('counts.bounced'), mailing.counts.bounced, mailing.counts.bounced > 0 ? 'warning' : undefined],
    [t('counts.skipped'), mailing.counts.skipped, undefined],
    [t('unsubscribedSince'), mailing.unsubscribedSince, undefined],
    [t('embargoOpens'), mailing.embargoOpens, undefined],
  ];
  return (
    <Panel as="article" aria-labelledby={headingId} className={selected ? 'border-brand-500' : undefined}>
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold text-brand-800">
          {t(`mailingKinds.${mailing.kind}`)}
        </h3>
        <Badge tone="neutral" className="text-xs">
          {t('revision', { number: mailing.revisionNumber })}
        </Badge>
      </div>
      <Muted className="mb-4">
        {mailing.createdByName
          ? t('mailedBy', { when: at, name: mailing.createdByName })
          : t('mailedAutomatically', { when: at })}
        {mailing.embargoUntil && ` · ${t('embargoUntil', { when: when(mailing.embargoUntil) })}`}
      </Muted>
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map(([label, value, tone]) => (
          <div key={label} className="rounded border border-brand-50 px-3 py-2">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{tone ? <Badge tone={tone}>{value}</Badge> : value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mb-1 text-sm font-semibold">{t('byList')}</h4>
      <ul className="mb-3 flex flex-col gap-1 text-sm">
        {mailing.byList.map((list) => (
          <li key={list.listId} className="flex justify-between gap-3">
            <span className="min-w-0 break-words">{list.name ?? <em>{t('deletedList')}</em>}</span>
            <span className="tabular-nums">{list.recipients}</span>
          </li>
        ))}
        <li className="flex justify-between gap-3">
          <span>{t('subscribers')}</span>
          <span className="tabular-nums">{mailing.subscribers}</span>
        </li>
      </ul>
      {selected ? (
        <Muted>{t('shown')}</Muted>
      ) : (
        <TextLink href={href} className="text-sm">
          {t('showDeliveries')}
        </TextLink>
      )}
    </Panel>
  );
}
