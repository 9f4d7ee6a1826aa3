import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { listPreviewLinks } from '@/lib/dal/preview-links';
import { getReleaseHeading } from '@/lib/dal/revisions';
import { PREVIEW_LINK_DAYS } from '@/lib/validation/revisions';
import { createReleasePreviewLink, revokeReleasePreviewLink } from './actions';
import { Panel, PanelTitle, SectionHeading } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Revisions');
  return { title: t('previewLinksTitle') };
}

const DAY_CHOICES = Array.from(
  { length: PREVIEW_LINK_DAYS.max - PREVIEW_LINK_DAYS.min + 1 },
  (_, index) => PREVIEW_LINK_DAYS.min + index,
);

export default async function PreviewLinksPage({ params }: PageProps<'/workspace/releases/[id]/preview-links'>) {
  const { id } = await params;
  const [release, { links, canShare }] = await Promise.all([getReleaseHeading(id), listPreviewLinks(id)]);
  const t = await getTranslations('Revisions');
  const when = (date: Date) => <ZonedTime date={date} timeZone={release.officeTimeZone} />;

  return (
    <div className="mx-auto max-w-3xl">
      <ReleasePageHeading release={release} heading={t('previewLinksTitle')} />
      <p className="mb-6">{t('previewLinksHelp')}</p>
      {canShare ? (
        <Panel aria-labelledby="new-link" className="mb-6">
          <PanelTitle id="new-link">{t('newLink')}</PanelTitle>
          <ActionForm
            action={createReleasePreviewLink}
            submitLabel={t('createLink')}
            secretLabel={t('linkCreated')}
            fields={[
              { name: 'releaseId', type: 'hidden', label: '', defaultValue: release.id },
              {
                name: 'days',
                type: 'select',
                label: t('validFor'),
                defaultValue: String(PREVIEW_LINK_DAYS.default),
                options: DAY_CHOICES.map((days) => ({ value: String(days), label: t('days', { days }) })),
              },
            ]}
          />
        </Panel>
      ) : (
        <Muted className="mb-6">{t('shareUnavailable')}</Muted>
      )}
      <section aria-labelledby="active-links">
        <SectionHeading id="active-links" className="mb-3">
          {t('activeLinks')}
        </SectionHeading>
        {links.length === 0 ? (
          <Muted size="base">{t('noLinks')}</Muted>
        ) : (
          <ul className="flex flex-col gap-3">
            {links.map((link) => (
              <Panel key={link.id} as="li" className="flex flex-wrap items-center justify-between gap-3">
                <div className="text-sm">
                  <p className="font-semibold">{t('linkTo', { number: link.revisionNumber })}</p>
                  <Muted size="base">
                    {t('createdBy', { name: link.createdByName })} · {t('expires')} {when(link.expiresAt)}
                  </Muted>
                  <Muted size="base">
                    {link.lastOpenedAt ? (
                      <>
                        {t('lastOpened')} {when(link.lastOpenedAt)}
                      </>
                    ) : (
                      t('neverOpened')
                    )}
                  </Muted>
                </div>
                {canShare && (
                  <ActionForm
                    action={revokeReleasePreviewLink}
                    variant="danger"
                    submitLabel={t('revoke', { number: link.revisionNumber })}
                    doneMessage={t('revoked')}
                    confirm={{
                      title: t('revokeConfirm.title', { number: link.revisionNumber }),
                      consequence: t('revokeConfirm.consequence'),
                      confirmLabel: t('revokeConfirm.confirm'),
                      cancelLabel: t('revokeConfirm.cancel'),
                    }}
                    fields={[
                      { name: 'releaseId', type: 'hidden', label: '', defaultValue: release.id },
                      { name: 'linkId', type: 'hidden', label: '', defaultValue: link.id },
                    ]}
                  />
                )}
              </Panel>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
