import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GoneNotice, goneMetadata } from '@/components/portal/gone-notice';
import { NotFoundNotice, notFoundMetadata } from '@/components/portal/not-found-notice';
import { PortalPage } from '@/components/portal/portal-page';
import { ReleaseArticle } from '@/components/portal/release-article';
import { ReleaseCard } from '@/components/portal/release-card';
import { answerWithStatus } from '@/lib/cache/page-status';
import { listPublicOffices, listPublicTopics } from '@/lib/dal/public-offices';
import {
  getReleaseView,
  listRelatedPublications,
  type PublicationDTO,
  type TranslationLinkDTO,
} from '@/lib/dal/publications';
import type { Locale } from '@/lib/i18n/locales';
import { SHARE_IMAGE, shareImageUrl } from '@/lib/media/types';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import type { ReleaseArticleDTO } from '@/lib/releases/article';

// Rendered on first request, then cached with its status until a tag of what it shows is
// invalidated: 200 for a live release, 410 for a withdrawn one, 404 for a slug not in use, and a
// 308 to the current address from an old one, which Next keeps in the cache entry like any render.
export function generateStaticParams() {
  return [];
}

function languageAlternates(publication: PublicationDTO, translations: TranslationLinkDTO[]) {
  return Object.fromEntries(
    [{ language: publication.language, slug: publication.slug }, ...translations].map((version) => [
      version.language,
      portalPaths.release(version.language, version.slug),
    ]),
  );
}

/** Shared links show the lead image at the 1200 × 630 that link previews crop to, with its description. */
function shareImageOf(hero: PublicationDTO['hero']) {
  if (!hero) return undefined;
  const share = shareImageUrl(hero.src);
  return share
    ? { url: absoluteUrl(share), width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, alt: hero.alt }
    : { url: absoluteUrl(hero.src), width: hero.width, height: hero.height, alt: hero.alt };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const view = await getReleaseView(locale, slug);
  // An old address never shows its metadata: the page answers with the redirect.
  if (view.state === 'missing' || view.state === 'moved') return notFoundMetadata(locale);
  if (view.state === 'withdrawn') return goneMetadata(locale, 'release');
  const { publication, translations } = view;
  const url = absoluteUrl(portalPaths.release(locale, slug));
  const image = shareImageOf(publication.hero);
  return {
    title: publication.title,
    description: publication.summary,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(
        Object.entries(languageAlternates(publication, translations)).map(([language, path]) => [
          language,
          absoluteUrl(path),
        ]),
      ),
    },
    openGraph: {
      type: 'article',
      url,
      title: publication.title,
      description: publication.summary,
      publishedTime: publication.isArchive ? (publication.archiveDate ?? undefined) : publication.publishedAt,
      modifiedTime: publication.revisedAt ?? undefined,
      locale,
      images: image && [image],
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: publication.title,
      description: publication.summary,
      images: image && [image],
    },
  };
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const view = await getReleaseView(locale, slug);
  if (view.state === 'moved') permanentRedirect(portalPaths.release(locale, view.slug));
  if (view.state === 'missing') {
    await answerWithStatus(404);
    return <NotFoundNotice locale={locale} />;
  }
  if (view.state === 'withdrawn') {
    await answerWithStatus(410);
    return <GoneNotice locale={locale} kind="release" title={view.title} />;
  }

  const { publication, translations } = view;
  const shareImage = shareImageOf(publication.hero);
  const [t, offices, topics, related] = await Promise.all([
    getTranslations('Release'),
    listPublicOffices(),
    listPublicTopics(),
    listRelatedPublications(publication),
  ]);
  const office = offices.find((candidate) => candidate.code === publication.officeCode);
  const url = absoluteUrl(portalPaths.release(locale, slug));
  const article: ReleaseArticleDTO = {
    ...publication,
    timeZone: office?.timeZone ?? 'UTC',
    topics: publication.topics.map((topicSlug) => ({
      slug: topicSlug,
      label: topics.find((topic) => topic.slug === topicSlug)?.labels[locale] ?? topicSlug,
    })),
    translations,
    shareUrl: url,
  };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: publication.title,
    description: publication.summary,
    inLanguage: locale,
    // An archive release is dated by its legacy page; without one it has no publication date to state.
    datePublished: publication.isArchive ? (publication.archiveDate ?? undefined) : publication.publishedAt,
    dateModified: publication.isArchive ? undefined : (publication.revisedAt ?? publication.publishedAt),
    mainEntityOfPage: url,
    url,
    dateline: publication.datelineCity,
    image: shareImage?.url,
    author: { '@type': 'Organization', name: publication.officeName },
    publisher: { '@type': 'Organization', name: t('publisher') },
  };

  return (
    <PortalPage locale={locale} alternates={languageAlternates(publication, translations)}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
      <ReleaseArticle article={article} />
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
