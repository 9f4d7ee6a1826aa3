/**
 * RSS 2.0 and Atom 1.0 written by hand, so that every piece of content is escaped text: no CDATA
 * (which a `]]>` in content can close), no HTML-typed title or summary. Only the body is HTML, the
 * sanitised HTML the page itself shows, entity-escaped as `content:encoded` and Atom
 * `<content type="html">` carry it.
 */
import { escapeHtml } from '@/lib/rich-text/render-html';

export type FeedEntry = {
  id: string;
  link: string;
  title: string;
  summary: string;
  /** Sanitised HTML from the page's renderer, with absolute URLs. */
  contentHtml: string;
  updated: Date;
  published: Date;
  author: string;
  categories: { term: string; label: string }[];
  /** The lead image, at an absolute address. */
  image: { url: string; bytes: number; type: string } | null;
};

export type FeedDocument = {
  id: string;
  title: string;
  description: string;
  link: string;
  language: string;
  updated: Date;
  generator: string;
  copyright: string;
  rssUrl: string;
  atomUrl: string;
  entries: FeedEntry[];
};

// Characters XML 1.0 does not allow at all, not even as references; they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe as XML character data or a double-quoted attribute value. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Root-relative `src` and `href` of the renderer's HTML made absolute on the site's origin. */
export function absolutizeHtml(html: string, origin: string): string {
  return html.replace(/\b(src|href)="\/(?!\/)/g, (_match, attribute: string) => `${attribute}="${escapeHtml(origin)}/`);
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${xmlText(text)}</${name}>`;

export function renderRss(feed: FeedDocument): string {
  const items = feed.entries.map((entry) =>
    [
      '<item>',
      element('title', entry.title),
      element('link', entry.link),
      element('guid', entry.id, ' isPermaLink="true"'),
      element('pubDate', entry.published.toUTCString()),
      // An RSS description is HTML by convention: plain text is escaped once for HTML, once for XML.
      element('description', escapeHtml(entry.summary)),
      element('content:encoded', entry.contentHtml),
      element('dc:creator', entry.author),
      ...entry.categories.map((category) => element('category', category.label)),
      entry.image
        ? `<enclosure url="${xmlText(entry.image.url)}" length="${entry.image.bytes}" type="${xmlText(entry.image.type)}"/>`
        : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.link),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', feed.updated.toUTCString()),
    element('generator', feed.generator),
    element('copyright', feed.copyright),
    `<atom:link href="${xmlText(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

export function renderAtom(feed: FeedDocument): string {
  const text = ' type="text"';
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      element('title', entry.title, text),
      element('id', entry.id),
      `<link href="${xmlText(entry.link)}"/>`,
      element('updated', entry.updated.toISOString()),
      element('published', entry.published.toISOString()),
      element('summary', entry.summary, text),
      element('content', entry.contentHtml, ' type="html"'),
      `<author>${element('name', entry.author)}</author>`,
      ...entry.categories.map(
        (category) => `<category term="${xmlText(category.term)}" label="${xmlText(category.label)}"/>`,
      ),
      entry.image
        ? `<link rel="enclosure" href="${xmlText(entry.image.url)}" length="${entry.image.bytes}" type="${xmlText(entry.image.type)}"/>`
        : '',
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">`,
    element('id', feed.id),
    element('title', feed.title, text),
    element('subtitle', feed.description, text),
    `<link rel="alternate" href="${xmlText(feed.link)}"/>`,
    `<link rel="self" href="${xmlText(feed.atomUrl)}"/>`,
    element('updated', feed.updated.toISOString()),
    element('generator', feed.generator),
    element('rights', feed.copyright, text),
    ...entries,
    '</feed>',
  ].join('\n');
}
