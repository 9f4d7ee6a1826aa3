import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { saveReleaseVersion } from '@/app/workspace/releases/[id]/history/actions';
import { SaveVersionForm } from '@/components/workspace/save-version-form.client';
import { StateBadge } from '@/components/workspace/state-badge';
import { listTranslations } from '@/lib/dal/translations';

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
    { href: `${base}/translations`, label: t('translations') },
  ];
  return (
    <section aria-labelledby="release-tools" className="rounded-lg border border-brand-100 bg-white p-4">
      <h2 id="release-tools" className="mb-3 font-semibold text-brand-800">
        {t('toolsHeading')}
      </h2>
      <ul className="mb-4 flex flex-col gap-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-brand-700 underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      {translations.canCreate && (
        <SaveVersionForm action={saveReleaseVersion} subject={{ name: 'releaseId', value: releaseId }} />
      )}
      <h3 className="mb-2 mt-4 text-sm font-semibold">{t('otherVersions')}</h3>
      {translations.versions.length === 0 ? (
        <p className="text-sm text-muted">{t('noOtherVersions')}</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {translations.versions.map((version) => (
            <li key={version.id} className="flex flex-wrap items-center gap-2">
              <Link
                href={`/workspace/releases/${version.id}`}
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
    </section>
  );
}
