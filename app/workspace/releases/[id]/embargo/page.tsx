import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { EmbargoSendForm } from '@/components/workspace/embargo-send-form.client';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { Panel, PanelTitle, SectionHeading } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';
import { getEmbargoOverview } from '@/lib/dal/embargo';
import { getReleaseHeading } from '@/lib/dal/revisions';
import { embargoLine } from '@/lib/distribution/compose-embargo-email';
import type { Locale } from '@/lib/i18n/locales';
import { revokeReleaseEmbargoLinks, sendReleaseUnderEmbargo } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Embargo');
  return { title: t('title') };
}

export default async function EmbargoPage({ params }: PageProps<'/workspace/releases/[id]/embargo'>) {
  const { id } = await params;
  const [release, overview, t, locale] = await Promise.all([
    getReleaseHeading(id),
    getEmbargoOverview(id),
    getTranslations('Embargo'),
    getLocale() as Promise<Locale>,
  ]);
  const when = (date: Date) => <ZonedTime date={date} timeZone={release.officeTimeZone} />;
  const live = overview.recipients.filter((recipient) => !recipient.revokedAt);
  const revoke = (deliveryId: string | null, label: string, title: string) => (
    <ActionForm
      action={revokeReleaseEmbargoLinks}
      variant="danger"
      submitLabel={label}
      doneMessage={t('revoked')}
      confirm={{
        title,
        consequence: t('revokeConsequence'),
        confirmLabel: t('revokeConfirm'),
        cancelLabel: t('cancel'),
      }}
      fields={[
        { name: 'releaseId', type: 'hidden', label: '', defaultValue: release.id },
        ...(deliveryId ? [{ name: 'deliveryId', type: 'hidden' as const, label: '', defaultValue: deliveryId }] : []),
      ]}
    />
  );

  return (
    <div className="mx-auto max-w-3xl">
      <ReleasePageHeading release={release} heading={t('title')} />
      <p className="mb-6">{t('help')}</p>
      {!overview.canSend ? (
        <Muted className="mb-6">{t('unavailable')}</Muted>
      ) : overview.state === 'approved' || !overview.scheduledAt ? (
        <Panel className="mb-6">
          <p>{t('scheduleFirst')}</p>
        </Panel>
      ) : overview.lists.length === 0 ? (
        <Muted className="mb-6">{t('noLists')}</Muted>
      ) : (
        <Panel aria-labelledby="embargo-send" className="mb-6">
          <PanelTitle id="embargo-send">{t('sendHeading')}</PanelTitle>
          <EmbargoSendForm
            action={sendReleaseUnderEmbargo}
            releaseId={release.id}
            lists={overview.lists}
            embargoLine={embargoLine(overview.scheduledAt, release.officeTimeZone, locale)}
          />
        </Panel>
      )}
      <section aria-labelledby="embargo-recipients">
        <SectionHeading id="embargo-recipients" className="mb-3">
          {t('recipients', { count: overview.recipients.length })}
        </SectionHeading>
        {overview.recipients.length === 0 ? (
          <Muted size="base">{t('noRecipients')}</Muted>
        ) : (
          <>
            <ul className="mb-4 flex flex-col gap-3">
              {overview.recipients.map((recipient) => (
                <Panel key={recipient.deliveryId} as="li" className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0 text-sm">
                    <p className="break-all font-semibold">{recipient.email}</p>
                    <Muted size="base">
                      {t(`status.${recipient.status}` as 'status.sent')} ·{' '}
                      {recipient.opens === 0 ? (
                        t('neverOpened')
                      ) : (
                        <>
                          {t('opens', { count: recipient.opens })} · {t('lastOpened')} {when(recipient.lastOpenedAt!)}
                        </>
                      )}
                    </Muted>
                    {recipient.revokedAt && (
                      <Muted size="base">
                        {t('revokedOn')} {when(recipient.revokedAt)}
                      </Muted>
                    )}
                  </div>
                  {overview.canSend &&
                    !recipient.revokedAt &&
                    revoke(
                      recipient.deliveryId,
                      t('revoke', { email: recipient.email }),
                      t('revokeOne', { email: recipient.email }),
                    )}
                </Panel>
              ))}
            </ul>
            {overview.canSend &&
              live.length > 1 &&
              revoke(null, t('revokeAll'), t('revokeAllQuestion', { count: live.length }))}
          </>
        )}
      </section>
    </div>
  );
}
