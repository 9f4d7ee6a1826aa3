// The JavaScript a first visit to each public page type downloads: every script the HTML loads
// (not the `noModule` polyfills modern browsers skip), gzipped at level 9 as a server would send
// them. Needs a production build (`npm run build`). Usage: npm run bench:first-load [-- port]
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_PAGES } from '../db/seed/demo-pages';
import { DEMO_RELEASES } from '../db/seed/demo-releases';
import { startProductionServer } from './production-server';

const port = process.argv[2] ?? '3192';
const release = DEMO_RELEASES.find((candidate) => candidate.key === 'panama-labour-corridor-fr')!;
const staticPage = DEMO_PAGES.find((page) => page.key === 'page-structure-fr')!;
const ROUTES: Record<string, string> = {
  home: '/fr',
  'news listing': '/fr/news',
  release: `/fr/news/${release.slug}`,
  search: '/fr/search?q=migration',
  'static page': `/fr/${staticPage.path}`,
  'office page': '/fr/offices/panama',
  '404': '/fr/news/no-such-release',
};
const LIMIT_KB = 130;

const server = await startProductionServer(port);
try {
  const results: Record<string, { url: string; scripts: number; gzipKb: number }> = {};
  for (const [name, url] of Object.entries(ROUTES)) {
    const html = await (await fetch(server.base + url)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="(\/_next\/static\/[^"]+\.js)"([^>]*)>/g)].filter(
      ([, before, , after]) => !/nomodule/i.test(`${before}${after}`),
    );
    const bytes = scripts.reduce(
      (total, [, , src]) =>
        total + gzipSync(fs.readFileSync(path.join('.next', src!.slice('/_next'.length))), { level: 9 }).length,
      0,
    );
    results[name] = { url, scripts: scripts.length, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
    console.log(`${name}: ${results[name]!.gzipKb} kB in ${scripts.length} scripts`);
  }
  const date = new Date().toISOString();
  fs.writeFileSync(
    path.join('bench', 'results', 'first-load-js.json'),
    `${JSON.stringify({ date, limitKb: LIMIT_KB, results }, null, 2)}\n`,
  );
  fs.writeFileSync(
    path.join('bench', 'results', 'first-load-js.md'),
    [
      `# First-load JavaScript of the public pages (${date.slice(0, 10)})`,
      '',
      `Every script a first visit loads (not the \`noModule\` polyfills), gzip level 9. Goal: ≤ ${LIMIT_KB} kB.`,
      '',
      '| page | URL | scripts | kB gzip |',
      '|---|---|---|---|',
      ...Object.entries(results).map(([name, r]) => `| ${name} | \`${r.url}\` | ${r.scripts} | ${r.gzipKb} |`),
      '',
    ].join('\n'),
  );
} finally {
  server.stop();
}
