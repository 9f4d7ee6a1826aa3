import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/workspace/action-button.client';
import { ActionForm } from '@/components/workspace/action-form.client';
import { getMediaDetail } from '@/lib/dal/media';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { deleteMediaImage, saveMediaDetails } from './actions';
import { ReplaceFile } from './replace-file.client';

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
        <Link href="/workspace/media" className="text-brand-700 underline">
          {t('detail.back')}
        </Link>
      </p>
      <h1 className="mb-6 break-words text-2xl font-bold text-brand-800">{image.originalName}</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <figure className="overflow-hidden rounded-lg border border-brand-100 bg-white">
          {/* eslint-disable-next-line @next/next/no-img-element -- the stored WebP versions are already sized for the web */}
          <img
            src={image.src}
            alt={image.alt[user.uiLanguage] ?? ''}
            width={image.width}
            height={image.height}
            className="h-auto max-h-[32rem] w-full bg-slate-100 object-contain"
          />
          <figcaption className="p-3 text-sm text-muted">{image.credit || t('detail.noCredit')}</figcaption>
        </figure>
        <dl className="grid h-fit grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-brand-100 bg-white p-4 text-sm">
          <dt className="text-muted">{t('page.alt')}</dt>
          <dd className="min-w-0 break-words">
            {LOCALES.map((language) => (
              <span key={language} lang={image.alt[language] ? language : undefined} className="block">
                <abbr title={workspace(`languages.${language}`)} className="mr-1 font-semibold uppercase no-underline">
                  {language}
                </abbr>
                {image.alt[language] ?? <span className="text-muted">{t('page.none')}</span>}
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
        </dl>
      </div>

      <section aria-labelledby="media-uses" className="mt-8 rounded-lg border border-brand-100 bg-white p-4">
        <h2 id="media-uses" className="mb-3 text-xl font-semibold text-brand-800">
          {t('detail.usesHeading')}
        </h2>
        {useCount === 0 && uses.history === 0 && <p className="text-muted">{t('detail.unused')}</p>}
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
                    <a href={use.publicHref} className="text-brand-700 underline">
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
        {uses.hidden > 0 && <p className="text-sm text-muted">{t('detail.hidden', { count: uses.hidden })}</p>}
        {uses.history > 0 && <p className="text-sm text-muted">{t('detail.history', { count: uses.history })}</p>}
      </section>

      {image.canManage ? (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="media-details" className="rounded-lg border border-brand-100 bg-white p-4">
            <h2 id="media-details" className="mb-1 text-xl font-semibold text-brand-800">
              {t('detail.editHeading')}
            </h2>
            <p className="mb-4 text-sm text-muted">{t('detail.editHint')}</p>
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
                { name: 'credit', label: t('credit'), type: 'text', defaultValue: image.credit, hint: t('creditHint') },
              ]}
            />
          </section>
          <div className="flex flex-col gap-6">
            <section aria-labelledby="media-replace" className="rounded-lg border border-brand-100 bg-white p-4">
              <h2 id="media-replace" className="mb-1 text-xl font-semibold text-brand-800">
                {t('detail.replaceHeading')}
              </h2>
              <p className="mb-4 text-sm text-muted">{t('detail.replaceIntro')}</p>
              <ReplaceFile mediaId={image.id} />
            </section>
            <section aria-labelledby="media-delete" className="rounded-lg border border-red-200 bg-white p-4">
              <h2 id="media-delete" className="mb-1 text-xl font-semibold text-brand-800">
                {t('detail.deleteHeading')}
              </h2>
              <p className="mb-4 text-sm text-muted">{t('detail.deleteIntro')}</p>
              <ActionButton
                action={deleteMediaImage}
                fields={{ mediaId: image.id }}
                label={t('detail.delete')}
                accessibleName={`${t('detail.delete')}: ${image.originalName}`}
                tone="danger"
              />
            </section>
          </div>
        </div>
      ) : (
        <p className="mt-8 rounded border border-brand-100 bg-brand-50 px-4 py-3 text-sm">{t('detail.readOnly')}</p>
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
              {item.href ? (
                <Link href={item.href} className="text-brand-700 underline">
                  {item.label}
                </Link>
              ) : (
                item.label
              )}
            </span>
            <span className="text-muted">{item.detail}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
