import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactCard } from '@/components/portal/contact-card';
import { PortalPage } from '@/components/portal/portal-page';
import { ReleaseCard } from '@/components/portal/release-card';
import { ShareLinks } from '@/components/portal/share-links';
import { listPublicOffices, listPublicTopics } from '@/lib/dal/public-offices';
import { getReleaseView, listRelatedPublications, type PublicationDTO, type TranslationLinkDTO } from '@/lib/dal/publications';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import { escapeHtml } from '@/lib/rich-text/render-html';

// This page is what /[locale]/news/[slug] serves (that route handler adds the 410 status of a
// withdrawn release, which a page cannot set). Rendered on first request, then cached.
export function generateStaticParams() {
  return [];
}

/** Opens the first paragraph with the dateline ("Panama City, 28 August 2026 –"), as a wire story does. */
function withDateline(bodyHtml: string, dateline: string, isoDate: string): string {
  const lead = `<strong class="dateline"><time datetime="${escapeHtml(isoDate)}">${escapeHtml(dateline)}</time> –</strong> `;
  return bodyHtml.startsWith('<p>') ? `<p>${lead}${bodyHtml.slice(3)}` : `<p>${lead}</p>${bodyHtml}`;
}

function languageAlternates(publication: PublicationDTO, translations: TranslationLinkDTO[]) {
  return Object.fromEntries(
    [{ language: publication.language, slug: publication.slug }, ...translations].map((version) => [version.language, portalPaths.release(version.language, version.slug)]),
  );
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news-render/[slug]'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const view = await getReleaseView(locale, slug);
  if (view.state === 'withdrawn') {
    const t = await getTranslations({ locale, namespace: 'Gone' });
    return { title: t('title'), robots: { index: false } };
  }
  const { publication, translations } = view;
  const url = absoluteUrl(portalPaths.release(locale, slug));
  return {
    title: publication.title,
    description: publication.summary,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(Object.entries(languageAlternates(publication, translations)).map(([language, path]) => [language, absoluteUrl(path)])),
    },
    openGraph: {
      type: 'article',
      url,
      title: publication.title,
      description: publication.summary,
      publishedTime: publication.publishedAt,
      modifiedTime: publication.revisedAt ?? undefined,
      locale,
    },
    twitter: { card: 'summary', title: publication.title, description: publication.summary },
  };
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/news-render/[slug]'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const view = await getReleaseView(locale, slug);
  if (view.state === 'withdrawn') return <WithdrawnRelease locale={locale} title={view.title} />;

  const { publication, translations } = view;
  const [t, languageNames, format, offices, topics, related] = await Promise.all([
    getTranslations('Release'),
    getTranslations('Languages'),
    getFormatter(),
    listPublicOffices(),
    listPublicTopics(),
    listRelatedPublications(publication),
  ]);
  const office = offices.find((candidate) => candidate.code === publication.officeCode);
  const publishedAt = new Date(publication.publishedAt);
  const date = format.dateTime(publishedAt, { dateStyle: 'long', timeZone: office?.timeZone ?? 'UTC' });
  const url = absoluteUrl(portalPaths.release(locale, slug));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: publication.title,
    description: publication.summary,
    inLanguage: locale,
    datePublished: publication.publishedAt,
    dateModified: publication.revisedAt ?? publication.publishedAt,
    mainEntityOfPage: url,
    url,
    dateline: publication.datelineCity,
    author: { '@type': 'Organization', name: publication.officeName },
    publisher: { '@type': 'Organization', name: t('publisher') },
  };

  return (
    <PortalPage locale={locale} alternates={languageAlternates(publication, translations)}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <article className="mx-auto max-w-3xl">
        <p className="mb-3 text-sm font-medium uppercase tracking-wide text-brand-700">
          <a href={portalPaths.office(locale, publication.officeCode)} className="underline-offset-2 hover:underline">
            {publication.officeName}
          </a>
        </p>
        <h1 className="mb-4 font-serif text-3xl font-bold leading-tight text-ink md:text-4xl">{publication.title}</h1>
        <p className="mb-6 text-lg text-muted">{publication.summary}</p>
        {publication.topics.length > 0 && (
          <ul className="mb-6 flex flex-wrap gap-2 text-sm no-print" aria-label={t('topics')}>
            {publication.topics.map((slugOfTopic) => (
              <li key={slugOfTopic}>
                <a href={portalPaths.news(locale, `?topic=${slugOfTopic}`)} className="rounded-full bg-brand-50 px-3 py-1 text-brand-800 hover:underline">
                  {topics.find((topic) => topic.slug === slugOfTopic)?.labels[locale] ?? slugOfTopic}
                </a>
              </li>
            ))}
          </ul>
        )}
        <div
          className="release-body font-serif text-lg leading-relaxed"
          dangerouslySetInnerHTML={{ __html: withDateline(publication.bodyHtml, `${publication.datelineCity ? t('dateline', { city: publication.datelineCity }) : ''}${date}`, publication.publishedAt) }}
        />
        {publication.revisedAt && (
          <p className="mt-6 text-sm text-muted">
            {t('revised', { date: format.dateTime(new Date(publication.revisedAt), { dateStyle: 'long', timeZone: office?.timeZone ?? 'UTC' }) })}
          </p>
        )}
        <ContactCard contacts={publication.contacts} headingId="contacts" />
        {translations.length > 0 && (
          <nav aria-labelledby="other-languages" className="mt-8 no-print">
            <h2 id="other-languages" className="mb-2 text-lg font-semibold">
              {t('otherLanguages')}
            </h2>
            <ul className="space-y-1">
              {translations.map((translation) => (
                <li key={translation.language}>
                  <a href={portalPaths.release(translation.language, translation.slug)} hrefLang={translation.language} lang={translation.language} className="text-brand-700 underline">
                    {translation.title}
                  </a>{' '}
                  <span className="text-sm text-muted">({languageNames(translation.language)})</span>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <ShareLinks url={url} title={publication.title} />
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mx-auto mt-12 max-w-5xl no-print">
          <h2 id="related" className="mb-4 text-2xl font-bold text-brand-800">
            {t('related')}
          </h2>
          <ul className="grid gap-6 md:grid-cols-3">
            {related.map((release) => (
              <li key={release.id}>
                <ReleaseCard release={release} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </PortalPage>
  );
}

async function WithdrawnRelease({ locale, title }: { locale: Locale; title: string }) {
  const t = await getTranslations('Gone');
  return (
    <PortalPage locale={locale}>
      <div className="mx-auto max-w-2xl py-8">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('status')}</p>
        <h1 className="mb-4 text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mb-6">{t('explanation', { title })}</p>
        <p className="flex flex-wrap gap-4">
          <a href={portalPaths.news(locale)} className="font-medium text-brand-700 underline">
            {t('latestNews')}
          </a>
          <a href={portalPaths.home(locale)} className="font-medium text-brand-700 underline">
            {t('home')}
          </a>
        </p>
      </div>
    </PortalPage>
  );
}
