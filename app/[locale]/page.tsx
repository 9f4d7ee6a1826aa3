import { connection } from 'next/server';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listLatestPublications } from '@/lib/dal/publications';
import type { Locale } from '@/lib/i18n/locales';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  await connection();
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, format, latest] = await Promise.all([
    getTranslations('Home'),
    getFormatter(),
    listLatestPublications(locale, 12),
  ]);

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('latestNews')}</h1>
      {latest.length === 0 ? (
        <p className="text-muted">{t('noNews')}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {latest.map((release) => (
            <li key={release.id} className="flex flex-col rounded-lg border border-brand-100 p-5">
              <p className="mb-2 text-sm text-muted">
                <time dateTime={release.publishedAt.toISOString()}>
                  {format.dateTime(release.publishedAt, { dateStyle: 'long' })}
                </time>
                {' · '}
                {release.officeName}
              </p>
              <h2 className="mb-2 text-lg font-semibold leading-snug">
                <a href={`/${locale}/news/${release.slug}`} className="text-brand-800 hover:underline">
                  {release.title}
                </a>
              </h2>
              <p className="text-muted">{release.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
