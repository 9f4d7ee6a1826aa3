import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { listPreviewLinks } from '@/lib/dal/preview-links';
import { getReleaseHeading } from '@/lib/dal/revisions';
import { PREVIEW_LINK_DAYS } from '@/lib/validation/revisions';
import { createReleasePreviewLink, revokeReleasePreviewLink } from './actions';

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
  const [t, format] = await Promise.all([getTranslations('Revisions'), getFormatter()]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>
      {format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: release.officeTimeZone })}
    </time>
  );

  return (
    <div className="mx-auto max-w-3xl">
      <ReleasePageHeading release={release} heading={t('previewLinksTitle')} />
      <p className="mb-6">{t('previewLinksHelp')}</p>
      {canShare ? (
        <section aria-labelledby="new-link" className="mb-6 rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="new-link" className="mb-3 font-semibold text-brand-800">
            {t('newLink')}
          </h2>
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
        </section>
      ) : (
        <p className="mb-6 text-sm text-muted">{t('shareUnavailable')}</p>
      )}
      <section aria-labelledby="active-links">
        <h2 id="active-links" className="mb-3 text-lg font-semibold text-brand-800">
          {t('activeLinks')}
        </h2>
        {links.length === 0 ? (
          <p className="text-muted">{t('noLinks')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {links.map((link) => (
              <li
                key={link.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-white p-4"
              >
                <div className="text-sm">
                  <p className="font-semibold">{t('linkTo', { number: link.revisionNumber })}</p>
                  <p className="text-muted">
                    {t('createdBy', { name: link.createdByName })} · {t('expires')} {when(link.expiresAt)}
                  </p>
                  <p className="text-muted">
                    {link.lastOpenedAt ? (
                      <>
                        {t('lastOpened')} {when(link.lastOpenedAt)}
                      </>
                    ) : (
                      t('neverOpened')
                    )}
                  </p>
                </div>
                {canShare && (
                  <ActionForm
                    action={revokeReleasePreviewLink}
                    tone="danger"
                    submitLabel={t('revoke', { number: link.revisionNumber })}
                    doneMessage={t('revoked')}
                    fields={[
                      { name: 'releaseId', type: 'hidden', label: '', defaultValue: release.id },
                      { name: 'linkId', type: 'hidden', label: '', defaultValue: link.id },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
