import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listPublicOffices, listPublicTopics } from '@/lib/dal/public-offices';
import { listFeedItems } from '@/lib/dal/publications';
import { isLocale } from '@/lib/i18n/locales';
import { NewsFiltersInput } from '@/lib/publications/news-filters';
import { absolutizeHtml, renderAtom, renderRss, type FeedDocument } from './feed-xml';
import { absoluteUrl, portalPaths, siteUrl } from './urls';

/** The RSS and Atom feed of one language, narrowed to a region or a topic by `?region=` / `?topic=`. */
export async function buildFeed(
  locale: string,
  searchParams: URLSearchParams,
): Promise<{ rss: () => string; atom: () => string } | null> {
  if (!isLocale(locale)) return null;
  const { region, topic } = NewsFiltersInput.parse(Object.fromEntries(searchParams));
  const [t, items, offices, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'Feed' }),
    listFeedItems(locale, { region, topic }),
    listPublicOffices(),
    listPublicTopics(),
  ]);
  const query =
    region || topic ? `?${new URLSearchParams({ ...(region && { region }), ...(topic && { topic }) }).toString()}` : '';
  const narrowedTo = [
    region && (offices.find((office) => office.code === region)?.names[locale] ?? region),
    topic && (topics.find((candidate) => candidate.slug === topic)?.labels[locale] ?? topic),
  ].filter(Boolean);
  const title = narrowedTo.length ? t('narrowedTitle', { narrowedTo: narrowedTo.join(' · ') }) : t('title');

  const feed: FeedDocument = {
    id: absoluteUrl(portalPaths.news(locale, query)),
    title,
    description: t('description'),
    link: absoluteUrl(portalPaths.news(locale, query)),
    language: locale,
    updated: items[0] ? new Date(items[0].revisedAt ?? items[0].publishedAt) : new Date(0),
    generator: 'Communiqué',
    copyright: t('copyright'),
    rssUrl: absoluteUrl(portalPaths.rss(locale, query)),
    atomUrl: absoluteUrl(portalPaths.atom(locale, query)),
    entries: items.map((item) => {
      const link = absoluteUrl(portalPaths.release(item.language, item.slug));
      return {
        id: link,
        link,
        title: item.title,
        summary: item.summary,
        contentHtml: absolutizeHtml(item.bodyHtml, siteUrl()),
        updated: new Date(item.revisedAt ?? item.publishedAt),
        published: new Date(item.publishedAt),
        author: item.officeName,
        categories: item.topics.map((slug) => ({
          term: slug,
          label: topics.find((candidate) => candidate.slug === slug)?.labels[locale] ?? slug,
        })),
        // Every stored web version is WebP (lib/media/process.ts).
        image: item.hero && { url: absoluteUrl(item.hero.src), bytes: item.hero.bytes ?? 0, type: 'image/webp' },
      };
    }),
  };
  return { rss: () => renderRss(feed), atom: () => renderAtom(feed) };
}
