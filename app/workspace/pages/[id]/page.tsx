import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { PageEditor } from '@/components/workspace/page-editor.client';
import { SaveVersionForm } from '@/components/workspace/save-version-form.client';
import { StateBadge } from '@/components/workspace/state-badge';
import { getPageForEdit } from '@/lib/dal/pages';
import { getCurrentUser } from '@/lib/dal/session';
import { portalPaths } from '@/lib/portal/urls';
import {
  createStaticPageTranslation,
  publishStaticPage,
  renameStaticPage,
  savePageVersionNow,
  unpublishStaticPage,
} from './actions';

export async function generateMetadata({ params }: PageProps<'/workspace/pages/[id]'>): Promise<Metadata> {
  const { draft } = await getPageForEdit((await params).id);
  return { title: draft.title || (await getTranslations('PageEditor'))('untitled') };
}

const SECTION = 'rounded-lg border border-brand-100 bg-white p-4';

export default async function PageEditorPage({ params }: PageProps<'/workspace/pages/[id]'>) {
  const { id } = await params;
  const [{ draft, publishedAt, translations, missingLanguages }, user, t, languages] = await Promise.all([
    getPageForEdit(id),
    getCurrentUser(),
    getTranslations('PageEditor'),
    getTranslations('Languages'),
  ]);
  const pageId = { name: 'pageId', type: 'hidden' as const, label: '', defaultValue: draft.id };
  const refusals = {
    needs_title: t('refused.needs_title'),
    not_live: t('refused.not_live'),
    language_exists: t('refused.language_exists'),
  };

  return (
    <PageEditor page={draft} userId={user.id}>
      <section aria-labelledby="page-publishing" className={SECTION}>
        <h2 id="page-publishing" className="mb-3 flex flex-wrap items-center gap-2 font-semibold text-brand-800">
          {t('publishing')} <StateBadge state={draft.state} />
        </h2>
        {draft.state === 'published' && (
          <p className="mb-3 break-all text-sm">
            <a href={portalPaths.page(draft.language, draft.path)} className="text-brand-700 underline">
              {t('viewOnPortal')}
            </a>
          </p>
        )}
        {/* Said here rather than after the click: unpublishing takes its own button away. */}
        {draft.state === 'unpublished' && (
          <p role="status" className="mb-3 text-sm">
            {t('unpublished')}
          </p>
        )}
        <div className="flex flex-col gap-3">
          <ActionForm
            action={publishStaticPage}
            submitLabel={t(draft.state === 'published' ? 'republish' : 'publish')}
            doneMessage={t('published')}
            refusals={refusals}
            fields={[pageId]}
          />
          {draft.state === 'published' && (
            <ActionForm
              action={unpublishStaticPage}
              tone="danger"
              submitLabel={t('unpublish')}
              refusals={refusals}
              fields={[pageId]}
            />
          )}
        </div>
      </section>
      <section aria-labelledby="page-address" className={SECTION}>
        <h2 id="page-address" className="mb-3 font-semibold text-brand-800">
          {t('address')}
        </h2>
        <ActionForm
          action={renameStaticPage}
          tone="quiet"
          submitLabel={t('rename')}
          doneMessage={t('renamed')}
          fields={[
            pageId,
            {
              name: 'path',
              type: 'text',
              label: t('path', { language: draft.language }),
              defaultValue: draft.path,
              required: true,
              hint: t(publishedAt ? 'renameHintPublic' : 'renameHint'),
            },
          ]}
        />
      </section>
      <section aria-labelledby="page-versions" className={SECTION}>
        <h2 id="page-versions" className="mb-3 font-semibold text-brand-800">
          {t('versions')}
        </h2>
        <ul className="mb-4 flex flex-col gap-1 text-sm">
          <li>
            <Link href={`/workspace/pages/${draft.id}/history`} className="text-brand-700 underline">
              {t('history')}
            </Link>
          </li>
          <li>
            <Link href={`/workspace/pages/${draft.id}/preview`} className="text-brand-700 underline">
              {t('preview')}
            </Link>
          </li>
        </ul>
        <SaveVersionForm action={savePageVersionNow} subject={{ name: 'pageId', value: draft.id }} />
      </section>
      <section aria-labelledby="page-languages" className={SECTION}>
        <h2 id="page-languages" className="mb-3 font-semibold text-brand-800">
          {t('languages')}
        </h2>
        {translations.length === 0 ? (
          <p className="mb-3 text-sm text-muted">{t('noOtherVersions')}</p>
        ) : (
          <ul className="mb-3 flex flex-col gap-2 text-sm">
            {translations.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/workspace/pages/${version.id}`}
                  hrefLang={version.language}
                  className="text-brand-700 underline"
                >
                  {languages(version.language)}
                </Link>
                <StateBadge state={version.state} />
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-col gap-2">
          {missingLanguages.map((language) => (
            <ActionForm
              key={language}
              action={createStaticPageTranslation}
              tone="quiet"
              submitLabel={t(`createVersion.${language}`)}
              refusals={refusals}
              fields={[
                { name: 'sourceId', type: 'hidden', label: '', defaultValue: draft.id },
                { name: 'language', type: 'hidden', label: '', defaultValue: language },
              ]}
            />
          ))}
        </div>
      </section>
    </PageEditor>
  );
}
