import { getFormatter, getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/portal/contact-card';
import { DownloadsBox } from '@/components/portal/downloads-box';
import { HeroFigure } from '@/components/portal/hero-figure';
import { ShareLinks } from '@/components/portal/share-links';
import { portalPaths } from '@/lib/portal/urls';
import type { ReleaseArticleDTO } from '@/lib/releases/article';
import { escapeHtml } from '@/lib/rich-text/render-html';
import { Muted } from '@/components/ui/muted';

/** Opens the first paragraph with the dateline ("Panama City, 28 August 2026 –"), as a wire story does. */
function withDateline(bodyHtml: string, dateline: string, isoDate: string | null): string {
  if (!dateline) return bodyHtml;
  const text = escapeHtml(dateline);
  const lead = `<strong class="dateline">${isoDate ? `<time datetime="${escapeHtml(isoDate)}">${text}</time>` : text} –</strong> `;
  return bodyHtml.startsWith('<p>') ? `<p>${lead}${bodyHtml.slice(3)}` : `<p>${lead}</p>${bodyHtml}`;
}

/**
 * A release as the public reads it. The portal, the workspace preview and preview links all
 * render this one component, so what an author previews is what the public will see.
 */
export async function ReleaseArticle({ article }: { article: ReleaseArticleDTO }) {
  const locale = article.language;
  const [t, languageNames, format, archive] = await Promise.all([
    getTranslations({ locale, namespace: 'Release' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getFormatter({ locale }),
    getTranslations({ locale, namespace: 'LegacyArchive' }),
  ]);
  // An archive release is dated by its legacy page (or not at all), never by the day it was imported.
  const isoDate = article.isArchive ? (article.archiveDate ?? null) : article.publishedAt;
  const date = isoDate
    ? format.dateTime(new Date(article.isArchive ? `${isoDate}T00:00:00Z` : isoDate), {
        dateStyle: 'long',
        timeZone: article.isArchive ? 'UTC' : article.timeZone,
      })
    : '';
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-3 text-sm font-medium uppercase tracking-wide text-brand-700">
        <a href={portalPaths.office(locale, article.officeCode)} className="underline-offset-2 hover:underline">
          {article.officeName}
        </a>
      </p>
      <h1 className="mb-4 font-serif text-3xl font-bold leading-tight text-ink md:text-4xl">{article.title}</h1>
      {article.isArchive && <p className="mb-4 text-sm text-muted">{archive('note')}</p>}
      {article.summary && <p className="mb-6 text-lg text-muted">{article.summary}</p>}
      {article.topics.length > 0 && (
        <ul className="mb-6 flex flex-wrap gap-2 text-sm no-print" aria-label={t('topics')}>
          {article.topics.map((topic) => (
            <li key={topic.slug}>
              <a
                href={portalPaths.news(locale, `?topic=${topic.slug}`)}
                className="rounded-full bg-brand-50 px-3 py-1 text-brand-800 hover:underline"
              >
                {topic.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {article.hero && (
        <HeroFigure hero={article.hero} credit={article.hero.credit && t('credit', { credit: article.hero.credit })} />
      )}
      <div
        className="release-body font-serif text-lg leading-relaxed"
        dangerouslySetInnerHTML={{
          __html: withDateline(
            article.bodyHtml,
            `${article.datelineCity && date ? t('dateline', { city: article.datelineCity }) : article.datelineCity}${date}`,
            isoDate,
          ),
        }}
      />
      {article.revisedAt && (
        <Muted className="mt-6">
          {t('revised', {
            date: format.dateTime(new Date(article.revisedAt), { dateStyle: 'long', timeZone: article.timeZone }),
          })}
        </Muted>
      )}
      <DownloadsBox downloads={article.downloads ?? []} locale={locale} />
      <ContactCard contacts={article.contacts} headingId="contacts" locale={locale} />
      {article.translations.length > 0 && (
        <nav aria-labelledby="other-languages" className="mt-8 no-print">
          <h2 id="other-languages" className="mb-2 text-lg font-semibold">
            {t('otherLanguages')}
          </h2>
          <ul className="space-y-1">
            {article.translations.map((translation) => (
              <li key={translation.language}>
                <a
                  href={portalPaths.release(translation.language, translation.slug)}
                  hrefLang={translation.language}
                  lang={translation.language}
                  className="text-brand-700 underline"
                >
                  {translation.title}
                </a>{' '}
                <Muted as="span">({languageNames(translation.language)})</Muted>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {article.shareUrl && <ShareLinks url={article.shareUrl} title={article.title} locale={locale} />}
    </article>
  );
}
