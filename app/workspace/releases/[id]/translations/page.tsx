import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { StateBadge } from '@/components/workspace/state-badge';
import { getReleaseHeading } from '@/lib/dal/revisions';
import { listTranslations } from '@/lib/dal/translations';
import { createReleaseTranslation } from './actions';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Revisions');
  return { title: t('translationsTitle') };
}

export default async function TranslationsPage({ params }: PageProps<'/workspace/releases/[id]/translations'>) {
  const { id } = await params;
  const [release, translations] = await Promise.all([getReleaseHeading(id), listTranslations(id)]);
  const [t, languages] = await Promise.all([getTranslations('Revisions'), getTranslations('Languages')]);

  return (
    <div className="mx-auto max-w-3xl">
      <ReleasePageHeading release={release} heading={t('translationsTitle')} />
      <Panel aria-labelledby="versions" className="mb-6">
        <PanelTitle id="versions">{t('otherVersions')}</PanelTitle>
        {translations.versions.length === 0 ? (
          <Muted size="base">{t('noOtherVersions')}</Muted>
        ) : (
          <ul className="flex flex-col gap-2">
            {translations.versions.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center gap-2">
                <Muted as="span" className="w-20">
                  {languages(version.language)}
                </Muted>
                <TextLink href={`/workspace/releases/${version.id}`} lang={version.language} className="break-words">
                  {version.title || t('untitled')}
                </TextLink>
                <StateBadge state={version.state} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {translations.missing.length > 0 && (
        <Panel aria-labelledby="new-version">
          <PanelTitle id="new-version" spacing="mb-1">
            {t('newVersion')}
          </PanelTitle>
          <Muted className="mb-3">{translations.canCreate ? t('newVersionHelp') : t('translateUnavailable')}</Muted>
          {translations.canCreate && (
            <div className="flex flex-wrap gap-4">
              {translations.missing.map((language) => (
                <ActionForm
                  key={language}
                  action={createReleaseTranslation}
                  variant="secondary"
                  submitLabel={t(`createVersion.${language}`)}
                  fields={[
                    { name: 'sourceId', type: 'hidden', label: '', defaultValue: release.id },
                    { name: 'language', type: 'hidden', label: '', defaultValue: language },
                  ]}
                />
              ))}
            </div>
          )}
        </Panel>
      )}
    </div>
  );
}
