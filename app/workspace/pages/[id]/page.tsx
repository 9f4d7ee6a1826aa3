import type { Metadata } from 'next';
import { LINK, TextLink } from '@/components/ui/text-link';
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
import { Panel, PanelTitle } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata({ params }: PageProps<'/workspace/pages/[id]'>): Promise<Metadata> {
  const { draft } = await getPageForEdit((await params).id);
  return { title: draft.title || (await getTranslations('PageEditor'))('untitled') };
}

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
      <Panel aria-labelledby="page-publishing">
        <PanelTitle id="page-publishing" className="flex flex-wrap items-center gap-2">
          {t('publishing')} <StateBadge state={draft.state} />
        </PanelTitle>
        {draft.state === 'published' && (
          <p className="mb-3 break-all text-sm">
            <a href={portalPaths.page(draft.language, draft.path)} className={LINK}>
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
              variant="danger"
              submitLabel={t('unpublish')}
              refusals={refusals}
              fields={[pageId]}
            />
          )}
        </div>
      </Panel>
      <Panel aria-labelledby="page-address">
        <PanelTitle id="page-address">{t('address')}</PanelTitle>
        <ActionForm
          action={renameStaticPage}
          variant="secondary"
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
      </Panel>
      <Panel aria-labelledby="page-versions">
        <PanelTitle id="page-versions">{t('versions')}</PanelTitle>
        <ul className="mb-4 flex flex-col gap-1 text-sm">
          <li>
            <TextLink href={`/workspace/pages/${draft.id}/history`}>{t('history')}</TextLink>
          </li>
          <li>
            <TextLink href={`/workspace/pages/${draft.id}/preview`}>{t('preview')}</TextLink>
          </li>
        </ul>
        <SaveVersionForm action={savePageVersionNow} subject={{ name: 'pageId', value: draft.id }} />
      </Panel>
      <Panel aria-labelledby="page-languages">
        <PanelTitle id="page-languages">{t('languages')}</PanelTitle>
        {translations.length === 0 ? (
          <Muted className="mb-3">{t('noOtherVersions')}</Muted>
        ) : (
          <ul className="mb-3 flex flex-col gap-2 text-sm">
            {translations.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center gap-2">
                <TextLink href={`/workspace/pages/${version.id}`} hrefLang={version.language}>
                  {languages(version.language)}
                </TextLink>
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
              variant="secondary"
              submitLabel={t(`createVersion.${language}`)}
              refusals={refusals}
              fields={[
                { name: 'sourceId', type: 'hidden', label: '', defaultValue: draft.id },
                { name: 'language', type: 'hidden', label: '', defaultValue: language },
              ]}
            />
          ))}
        </div>
      </Panel>
    </PageEditor>
  );
}
