import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { demoPage, demoRelease, releaseUrl } from './demo';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

test.describe('syndication', () => {
  test('publishes an RSS 2.0 feed per language, newest first', async ({ request }) => {
    const response = await request.get('/fr/feed.xml');
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const rss = parser.parse(await response.text()).rss;
    expect(rss['@version']).toBe('2.0');
    const items = asArray(rss.channel.item) as { title: string; link: string; pubDate: string }[];
    expect(items[0]!.title).toBe(demoRelease('hq-mobility-data-report-fr').title);
    expect(items[0]!.link).toMatch(new RegExp(`${releaseUrl(demoRelease('hq-mobility-data-report-fr'))}$`));
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(items.map((item) => item.title)).not.toContain(demoRelease('senegal-informed-choice-caravan-fr').title);
  });

  test('publishes Atom feeds narrowed to a region or a topic', async ({ request }) => {
    const atom = parser.parse(await (await request.get('/en/atom.xml?region=asia-pacific')).text()).feed;
    const entries = asArray(atom.entry) as { title: string | { '#text': string } }[];
    const titles = entries.map((entry) => (typeof entry.title === 'string' ? entry.title : entry.title['#text']));
    expect(titles).toContain(demoRelease('bangladesh-monsoon-preparedness-en').title);
    expect(titles).not.toContain(demoRelease('panama-labour-corridor-en').title);

    const health = parser.parse(await (await request.get('/es/feed.xml?topic=health')).text()).rss;
    expect(asArray(health.channel.item).map((item) => (item as { title: string }).title)).toEqual([
      demoRelease('mexico-border-health-es').title,
    ]);
  });

  test('lists every public URL in the sitemap with its translations as hreflang alternates', async ({ request }) => {
    const sitemap = parser.parse(await (await request.get('/sitemap.xml')).text()).urlset;
    const urls = asArray(sitemap.url) as { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[];
    const entry = urls.find((url) => url.loc.endsWith(releaseUrl(demoRelease('panama-labour-corridor-fr'))))!;
    const alternates = Object.fromEntries(
      asArray(entry['xhtml:link']).map((link) => [link['@hreflang'], link['@href']]),
    );
    expect(alternates.es).toMatch(new RegExp(`${releaseUrl(demoRelease('panama-labour-corridor-es'))}$`));
    expect(alternates.en).toMatch(new RegExp(`${releaseUrl(demoRelease('panama-labour-corridor-en'))}$`));
    expect(urls.some((url) => url.loc.endsWith(`/en/${demoPage('structure', 'en').path}`))).toBe(true);
    expect(urls.some((url) => url.loc.endsWith(releaseUrl(demoRelease('hq-drought-appeal-fr'))))).toBe(false);
  });

  test('points crawlers to the sitemap and away from the workspace', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Disallow: /workspace');
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });
});
