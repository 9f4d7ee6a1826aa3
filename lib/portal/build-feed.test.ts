import { eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { publications, releases } from '@/db/schema';
import { demoSourceKey, seedDemo } from '@/db/seed';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import { applyTransition } from '@/lib/dal/transitions';
import { LOCALES } from '@/lib/i18n/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { freshDatabase } from '@/test/database';
import { buildFeed } from './build-feed';

// Outside Next there is no data cache and no request: reads run straight through.
vi.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => `Feed ${key}` }));

const HOSTILE_TITLE = `</title><script>alert(1)</script>]]>]]><link>https://evil.example/</link>\u0001 & co`;
const HOSTILE_SUMMARY = `<img src=x onerror=alert(1)> ]]> then ]]><atom:link href="https://evil.example/"/> <![CDATA[ x`;
const hostileBody = (body: RichTextDoc): RichTextDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: ']]></content:encoded><script>alert(2)</script><evil attr="1"/>' },
        { type: 'text', text: 'a link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] },
      ],
    },
    { type: 'image', attrs: { src: '/media/photo.jpg', alt: '"><script>alert(4)</script>' } },
    { type: 'rawHtml', attrs: { html: '<script>alert(5)</script>' } },
    ...body.content,
  ],
});

// Every element and attribute a feed may hold; anything else came from content.
const RSS_ELEMENTS = new Set(
  'rss channel title link description language lastBuildDate generator copyright atom:link item guid pubDate content:encoded dc:creator category enclosure'.split(
    ' ',
  ),
);
const ATOM_ELEMENTS = new Set(
  'feed id title subtitle link updated generator rights entry published summary content author name category'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set(
  'version encoding xmlns:atom xmlns:content xmlns:dc href rel type isPermaLink xmlns xml:lang term label url length'.split(
    ' ',
  ),
);

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Every element and attribute name in a document parsed with preserveOrder. */
function namesIn(nodes: Ordered[], elements = new Set<string>(), attributes = new Set<string>()) {
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') for (const name of Object.keys(value as object)) attributes.add(name.replace(/^@_/, ''));
      else if (key !== '#text' && key !== '?xml') {
        elements.add(key);
        namesIn(value as Ordered[], elements, attributes);
      }
    }
  }
  return { elements, attributes };
}

const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
const plain = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry'].includes(name) });

let db: Database;
const published: Record<string, string> = {};

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db, { password: 'feed-test' });
  for (const language of LOCALES) {
    // The language's newest release, so that it is among the feed's items.
    const demo = DEMO_RELEASES.filter((release) => release.language === language && release.state === 'published').sort(
      (a, b) => a.daysAgo - b.daysAgo,
    )[0]!;
    const [row] = await db
      .select()
      .from(releases)
      .where(eq(releases.sourceKey, demoSourceKey(demo.key)));
    // The release was reviewed and approved with this content; publishing is what is under test.
    // (Without its seed key: a release with a source key is an imported archive, kept out of feeds.)
    await db
      .update(releases)
      .set({
        title: HOSTILE_TITLE,
        summary: HOSTILE_SUMMARY,
        body: hostileBody(row!.body),
        state: 'approved',
        sourceKey: null,
      })
      .where(eq(releases.id, row!.id));
    const result = await applyTransition({ kind: 'system' }, row!.id, 'publish');
    expect(result.ok).toBe(true);
    published[language] = row!.slug;
  }
});

describe('the feeds, after hostile titles, summaries and bodies were published', () => {
  for (const language of LOCALES)
    for (const format of ['rss', 'atom'] as const)
      it(`stay well-formed, with only their own elements and attributes, in ${language} (${format})`, async () => {
        const feed = await buildFeed(language, new URLSearchParams());
        const xml = feed![format]();

        expect(XMLValidator.validate(xml)).toBe(true);
        const { elements, attributes } = namesIn(ordered.parse(xml) as Ordered[]);
        const allowed = format === 'rss' ? RSS_ELEMENTS : ATOM_ELEMENTS;
        expect([...elements].filter((name) => !allowed.has(name))).toEqual([]);
        expect([...attributes].filter((name) => !ATTRIBUTES.has(name))).toEqual([]);

        const document = plain.parse(xml);
        const entries: Record<string, unknown>[] =
          format === 'rss' ? document.rss.channel.item : (document.feed.entry as Record<string, unknown>[]);
        const hostile = entries.find((entry) => JSON.stringify(entry).includes(published[language]!))!;
        expect(hostile).toBeDefined();
        const text = (value: unknown) =>
          typeof value === 'object' && value !== null ? (value as { '#text': string })['#text'] : String(value);

        // Titles and summaries arrive as the text the writer typed (less what XML cannot hold).
        expect(text(hostile.title)).toBe(HOSTILE_TITLE.replace('\u0001', ''));
        if (format === 'atom') {
          expect(hostile.title).toMatchObject({ '@_type': 'text' });
          expect(hostile.summary).toMatchObject({ '#text': HOSTILE_SUMMARY, '@_type': 'text' });
        } else {
          // RSS readers take a description as HTML: the summary is escaped so that it reads as text.
          expect(text(hostile.description)).not.toContain('<');
          expect(text(hostile.description)).toContain('&lt;img src=x onerror=alert(1)&gt;');
        }

        // The body is the page's sanitised HTML, with absolute addresses.
        const body = text(format === 'rss' ? hostile['content:encoded'] : hostile.content);
        expect(body).not.toMatch(/<script|javascript:|<evil|rawHtml/i);
        expect(body).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
        expect(body).toContain('<img src="http://localhost:3000/media/photo.jpg" alt="&quot;&gt;&lt;script&gt;');
      });
});

describe('a release with a lead image', () => {
  it('carries it in both feeds as an enclosure, at its absolute address with its size and type', async () => {
    const slug = published.fr!;
    const hero = {
      src: '/media/ab/abc/960.webp',
      alt: 'Une antenne',
      credit: null,
      width: 960,
      height: 600,
      bytes: 48213,
    };
    await db.update(publications).set({ hero }).where(eq(publications.slug, slug));
    const feed = (await buildFeed('fr', new URLSearchParams()))!;

    const rss = plain.parse(feed.rss()).rss.channel.item as Record<string, Record<string, string>>[];
    const item = rss.find((entry) => JSON.stringify(entry).includes(slug))!;
    expect(item.enclosure).toEqual({
      '@_url': 'http://localhost:3000/media/ab/abc/960.webp',
      '@_length': '48213',
      '@_type': 'image/webp',
    });
    const atom = plain.parse(feed.atom()).feed.entry as Record<string, unknown>[];
    const entry = atom.find((candidate) => JSON.stringify(candidate).includes(slug))!;
    expect(entry.link).toContainEqual({
      '@_rel': 'enclosure',
      '@_href': 'http://localhost:3000/media/ab/abc/960.webp',
      '@_length': '48213',
      '@_type': 'image/webp',
    });
    await db.update(publications).set({ hero: null }).where(eq(publications.slug, slug));
  });
});
