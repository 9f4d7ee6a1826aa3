import type { Metadata } from 'next';
import { LINK, TextLink } from '@/components/ui/text-link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { ActionForm } from '@/components/workspace/action-form.client';
import { getMediaDetail } from '@/lib/dal/media';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { deleteMediaImage, saveMediaDetails } from './actions';
import { ReplaceFile } from './replace-file.client';
import { Notice } from '@/components/ui/notice';
import { Panel, SectionHeading } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata({ params }: PageProps<'/workspace/media/[id]'>): Promise<Metadata> {
  return { title: (await getMediaDetail((await params).id)).originalName };
}

export default async function MediaImagePage({ params }: PageProps<'/workspace/media/[id]'>) {
  const { id } = await params;
  const [image, user, t, workspace, format] = await Promise.all([
    getMediaDetail(id),
    getCurrentUser(),
    getTranslations('Media'),
    getTranslations('Workspace'),
    getFormatter(),
  ]);
  const { uses } = image;
  const where = (place: { hero: boolean; body: boolean }) =>
    [place.hero && t('detail.asHero'), place.body && t('detail.inText')].filter(Boolean).join(', ');
  const useCount = uses.releases.length + uses.pages.length + uses.hidden;

  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/workspace/media">{t('detail.back')}</TextLink>
      </p>
      <PageHeading>
        <span className="break-words">{image.originalName}</span>
      </PageHeading>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Panel as="figure" padding="none" className="overflow-hidden">
          {/* eslint-disable-next-line @next/next/no-img-element -- the stored WebP versions are already sized for the web */}
          <img
            src={image.src}
            alt={image.alt[user.uiLanguage] ?? ''}
            width={image.width}
            height={image.height}
            className="h-auto max-h-[32rem] w-full bg-slate-100 object-contain"
          />
          <figcaption className="p-3 text-sm text-muted">{image.credit || t('detail.noCredit')}</figcaption>
        </Panel>
        <Panel as="dl" className="grid h-fit grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted">{t('page.alt')}</dt>
          <dd className="min-w-0 break-words">
            {LOCALES.map((language) => (
              <span key={language} lang={image.alt[language] ? language : undefined} className="block">
                <abbr title={workspace(`languages.${language}`)} className="mr-1 font-semibold uppercase no-underline">
                  {language}
                </abbr>
                {image.alt[language] ?? (
                  <Muted as="span" size="base">
                    {t('page.none')}
                  </Muted>
                )}
              </span>
            ))}
          </dd>
          <dt className="text-muted">{t('page.credit')}</dt>
          <dd className="min-w-0 break-words">{image.credit || t('page.none')}</dd>
          <dt className="text-muted">{t('page.uploadedBy')}</dt>
          <dd className="min-w-0 break-words">{image.uploadedBy}</dd>
          <dt className="text-muted">{t('page.date')}</dt>
          <dd>
            <time dateTime={image.createdAt.toISOString()}>
              {format.dateTime(image.createdAt, { dateStyle: 'medium' })}
            </time>
          </dd>
          <dt className="text-muted">{t('detail.file')}</dt>
          <dd>
            {t('page.size', { width: image.width, height: image.height })} ·{' '}
            {image.mimeType.replace('image/', '').toUpperCase()} ·{' '}
            {format.number(image.byteSize / 1024, { maximumFractionDigits: 0 })} KB
          </dd>
        </Panel>
      </div>

      <Panel aria-labelledby="media-uses" className="mt-8">
        <SectionHeading id="media-uses" size="xl" className="mb-3">
          {t('detail.usesHeading')}
        </SectionHeading>
        {useCount === 0 && uses.history === 0 && <Muted size="base">{t('detail.unused')}</Muted>}
        <UseList
          heading={t('detail.releases')}
          items={uses.releases.map((use) => ({
            key: use.releaseId,
            language: use.language,
            label: use.title || t('detail.untitled'),
            href: use.workspaceHref,
            detail: (
              <>
                {[
                  use.inDraft && t('detail.inDraft', { where: where(use.inDraft) }),
                  use.inLive && t('detail.inLive', { where: where(use.inLive) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {use.publicHref && (
                  <>
                    {' · '}
                    <a href={use.publicHref} className={LINK}>
                      {t('detail.onPortal')}
                    </a>
                  </>
                )}
              </>
            ),
          }))}
        />
        <UseList
          heading={t('detail.pages')}
          items={uses.pages.map((page) => ({
            key: page.id,
            language: page.language,
            label: page.title || page.path,
            href: page.publicHref,
            detail: `/${page.language}/${page.path} · ${page.published ? t('detail.pagePublished') : t('detail.pageDraft')}`,
          }))}
        />
        {uses.hidden > 0 && <Muted>{t('detail.hidden', { count: uses.hidden })}</Muted>}
        {uses.history > 0 && <Muted>{t('detail.history', { count: uses.history })}</Muted>}
      </Panel>

      {image.canManage ? (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <Panel aria-labelledby="media-details">
            <SectionHeading id="media-details" size="xl" className="mb-1">
              {t('detail.editHeading')}
            </SectionHeading>
            <Muted className="mb-4">{t('detail.editHint')}</Muted>
            <ActionForm
              action={saveMediaDetails}
              submitLabel={t('detail.save')}
              doneMessage={t('detail.saved')}
              fields={[
                { name: 'mediaId', label: '', type: 'hidden', defaultValue: image.id },
                {
                  name: 'altFr',
                  label: t('alt', { language: t('languages.fr') }),
                  type: 'text',
                  defaultValue: image.alt.fr ?? '',
                },
                {
                  name: 'altEn',
                  label: t('alt', { language: t('languages.en') }),
                  type: 'text',
                  defaultValue: image.alt.en ?? '',
                },
                {
                  name: 'altEs',
                  label: t('alt', { language: t('languages.es') }),
                  type: 'text',
                  defaultValue: image.alt.es ?? '',
                },
                ...(['fr', 'en', 'es'] as const).map((language) => ({
                  name: `caption${language[0]!.toUpperCase()}${language[1]}`,
                  label: t('caption', { language: t(`languages.${language}`) }),
                  type: 'text' as const,
                  defaultValue: image.caption[language] ?? '',
                })),
                { name: 'credit', label: t('credit'), type: 'text', defaultValue: image.credit, hint: t('creditHint') },
              ]}
            />
          </Panel>
          <div className="flex flex-col gap-6">
            <Panel aria-labelledby="media-replace">
              <SectionHeading id="media-replace" size="xl" className="mb-1">
                {t('detail.replaceHeading')}
              </SectionHeading>
              <Muted className="mb-4">{t('detail.replaceIntro')}</Muted>
              <ReplaceFile mediaId={image.id} />
            </Panel>
            <Panel aria-labelledby="media-delete" tone="danger">
              <SectionHeading id="media-delete" size="xl" className="mb-1">
                {t('detail.deleteHeading')}
              </SectionHeading>
              <Muted className="mb-4">{t('detail.deleteIntro')}</Muted>
              <ActionButton
                action={deleteMediaImage}
                fields={{ mediaId: image.id }}
                label={t('detail.delete')}
                accessibleName={`${t('detail.delete')}: ${image.originalName}`}
                variant="danger"
              />
            </Panel>
          </div>
        </div>
      ) : (
        <Notice className="mt-8 text-sm">{t('detail.readOnly')}</Notice>
      )}
    </>
  );
}

type Use = { key: string; language: string; label: string; href: string | null; detail: ReactNode };

/** One kind of use (releases, pages): each named in its own language, linked when the person may open it. */
function UseList({ heading, items }: { heading: string; items: Use[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="mb-2 font-semibold">{heading}</h3>
      <ul className="mb-4 divide-y divide-brand-50">
        {items.map((item) => (
          <li key={item.key} className="flex flex-col gap-1 py-2 text-sm">
            <span lang={item.language} className="font-medium">
              {item.href ? <TextLink href={item.href}>{item.label}</TextLink> : item.label}
            </span>
            <Muted as="span" size="base">
              {item.detail}
            </Muted>
          </li>
        ))}
      </ul>
    </>
  );
}
