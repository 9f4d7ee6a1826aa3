import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { saveReleaseVersion } from '@/app/workspace/releases/[id]/history/actions';
import { SaveVersionForm } from '@/components/workspace/save-version-form.client';
import { StateBadge } from '@/components/workspace/state-badge';
import { listTranslations } from '@/lib/dal/translations';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

/** The release's history, previews, sharing and other languages, for the release page's aside. */
export async function ReleaseTools({ releaseId }: { releaseId: string }) {
  const [t, languages, translations] = await Promise.all([
    getTranslations('Revisions'),
    getTranslations('Languages'),
    listTranslations(releaseId),
  ]);
  const base = `/workspace/releases/${releaseId}`;
  const links = [
    { href: `${base}/history`, label: t('history') },
    { href: `${base}/preview`, label: t('preview') },
    { href: `${base}/preview-links`, label: t('previewLinks') },
    { href: `${base}/embargo`, label: t('embargo') },
    { href: `${base}/translations`, label: t('translations') },
  ];
  return (
    <Panel aria-labelledby="release-tools">
      <PanelTitle id="release-tools">{t('toolsHeading')}</PanelTitle>
      <ul className="mb-4 flex flex-col gap-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <TextLink href={link.href}>{link.label}</TextLink>
          </li>
        ))}
      </ul>
      {translations.canCreate && (
        <SaveVersionForm action={saveReleaseVersion} subject={{ name: 'releaseId', value: releaseId }} />
      )}
      <h3 className="mb-2 mt-4 text-sm font-semibold">{t('otherVersions')}</h3>
      {translations.versions.length === 0 ? (
        <Muted>{t('noOtherVersions')}</Muted>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {translations.versions.map((version) => (
            <li key={version.id} className="flex flex-wrap items-center gap-2">
              <TextLink href={`/workspace/releases/${version.id}`} hrefLang={version.language}>
                {languages(version.language)}
              </TextLink>
              <StateBadge state={version.state} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
