import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { ReleaseGrid } from '@/components/portal/release-card';
import { listPublicOffices } from '@/lib/dal/public-offices';
import { listEditorsPicks, listLatestByRegion, listLatestPublications } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  return {
    alternates: {
      canonical: absoluteUrl(portalPaths.home(locale)),
      languages: Object.fromEntries(LOCALES.map((language) => [language, absoluteUrl(portalPaths.home(language))])),
    },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, format, latest, picks, regions, offices] = await Promise.all([
    getTranslations('Home'),
    getFormatter(),
    listLatestPublications(locale, 6),
    listEditorsPicks(locale),
    listLatestByRegion(locale, 3),
    listPublicOffices(),
  ]);
  const regionName = (code: string) => offices.find((office) => office.code === code)?.names[locale] ?? code;

  return (
    <PortalPage locale={locale}>
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('latestNews')}</h1>
      {latest.length === 0 ? (
        <Muted size="base">{t('noNews')}</Muted>
      ) : (
        <>
          <ReleaseGrid releases={latest} headingLevel={2} />
          <p className="mt-6">
            <a href={portalPaths.news(locale)} className="font-medium text-brand-700 underline">
              {t('allNews')}
            </a>
          </p>
        </>
      )}

      {picks.length > 0 && (
        <section aria-labelledby="picks" className="mt-12">
          <h2 id="picks" className="mb-6 text-2xl font-bold text-brand-800">
            {t('editorsPicks')}
          </h2>
          <ReleaseGrid releases={picks} />
        </section>
      )}

      {regions.length > 0 && (
        <section aria-labelledby="by-region" className="mt-12">
          <h2 id="by-region" className="mb-6 text-2xl font-bold text-brand-800">
            {t('byRegion')}
          </h2>
          <div className="grid gap-8 md:grid-cols-2">
            {regions.map(({ regionCode, items }) => (
              <section
                key={regionCode}
                aria-labelledby={`region-${regionCode}`}
                className="rounded-lg border border-brand-100 p-5"
              >
                <h3 id={`region-${regionCode}`} className="mb-3 text-lg font-semibold">
                  {regionName(regionCode)}
                </h3>
                <ul className="space-y-3">
                  {items.map((release) => (
                    <li key={release.id}>
                      <a
                        href={portalPaths.release(release.language, release.slug)}
                        className="font-medium text-brand-800 underline-offset-2 hover:underline"
                      >
                        {release.title}
                      </a>
                      <Muted>
                        <time dateTime={release.publishedAt}>
                          {format.dateTime(new Date(release.publishedAt), { dateStyle: 'medium', timeZone: 'UTC' })}
                        </time>
                        {' · '}
                        {release.officeName}
                      </Muted>
                    </li>
                  ))}
                </ul>
                <p className="mt-4 text-sm">
                  <a href={portalPaths.news(locale, `?region=${regionCode}`)} className="text-brand-700 underline">
                    {t('moreFromRegion', { region: regionName(regionCode) })}
                  </a>
                </p>
              </section>
            ))}
          </div>
        </section>
      )}
    </PortalPage>
  );
}
