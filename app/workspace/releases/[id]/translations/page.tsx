import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { ReleasePageHeading } from '@/components/workspace/release-page-heading';
import { StateBadge } from '@/components/workspace/state-badge';
import { getReleaseHeading } from '@/lib/dal/revisions';
import { listTranslations } from '@/lib/dal/translations';
import { createReleaseTranslation } from './actions';

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
      <section aria-labelledby="versions" className="mb-6 rounded-lg border border-brand-100 bg-white p-4">
        <h2 id="versions" className="mb-3 font-semibold text-brand-800">
          {t('otherVersions')}
        </h2>
        {translations.versions.length === 0 ? (
          <p className="text-muted">{t('noOtherVersions')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {translations.versions.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center gap-2">
                <span className="w-20 text-sm text-muted">{languages(version.language)}</span>
                <Link
                  href={`/workspace/releases/${version.id}`}
                  lang={version.language}
                  className="break-words text-brand-700 underline"
                >
                  {version.title || t('untitled')}
                </Link>
                <StateBadge state={version.state} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {translations.missing.length > 0 && (
        <section aria-labelledby="new-version" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="new-version" className="mb-1 font-semibold text-brand-800">
            {t('newVersion')}
          </h2>
          <p className="mb-3 text-sm text-muted">
            {translations.canCreate ? t('newVersionHelp') : t('translateUnavailable')}
          </p>
          {translations.canCreate && (
            <div className="flex flex-wrap gap-4">
              {translations.missing.map((language) => (
                <ActionForm
                  key={language}
                  action={createReleaseTranslation}
                  tone="quiet"
                  submitLabel={t(`createVersion.${language}`)}
                  fields={[
                    { name: 'sourceId', type: 'hidden', label: '', defaultValue: release.id },
                    { name: 'language', type: 'hidden', label: '', defaultValue: language },
                  ]}
                />
              ))}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
