// How soon the release editor takes typing after a navigation, in Chromium against `next start`
// (production build, warm server): signed in as a writer, the editor page is loaded `loads` times;
// for each, the time from the navigation's start until the text is editable (measured in the page,
// from its own time origin) and until a typed letter shows in the text. Needs `npm run build`.
// Usage: npm run bench:editor [-- --port 3192 --loads 20]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { DEMO_PASSWORD } from '../e2e/personas';
import { loadAverage } from './load-average';
import { startProductionServer } from './production-server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3192' }, loads: { type: 'string', default: '20' } },
});
const LOADS = Number(values.loads);
const WARM_UP = 3;
const GOAL_MS = 1_500;

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return execFileSync(process.execPath, ['scripts/chromium-path.mjs'], { encoding: 'utf8' }).trim();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (timings: number[]) => {
  const sorted = [...timings].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value);
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1)!) };
};

const loadAtStart = loadAverage();
const server = await startProductionServer(values.port!);
const browser = await chromium.launch({ executablePath: chromiumPath() });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/login`);
  await page.locator('input[type="email"]').fill('writer.panama@example.org');
  await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/workspace$/);
  const editorUrl = await page
    .locator('main a[href^="/workspace/releases/"]')
    .evaluateAll((links) =>
      links
        .map((link) => link.getAttribute('href')!)
        .find((href) => /^\/workspace\/releases\/[0-9a-f-]{36}$/.test(href)),
    );
  if (!editorUrl) throw new Error('no release of the writer on the dashboard');

  // The page notes, on its own clock (0 = the navigation's start), when the text first becomes editable.
  await context.addInitScript(() => {
    const seen = () => document.querySelector('.ProseMirror[contenteditable="true"]');
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      (window as { editableAt?: number }).editableAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });

  const editable: number[] = [];
  const typed: number[] = [];
  for (let load = 0; load < WARM_UP + LOADS; load++) {
    await page.goto(`${server.base}${editorUrl}`, { waitUntil: 'commit' });
    const text = page.locator('.ProseMirror[contenteditable="true"]');
    await text.waitFor();
    const marker = `§${load}`;
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(marker);
    await page.waitForFunction(
      (wanted) => document.querySelector('.ProseMirror')?.textContent?.includes(wanted),
      marker,
    );
    const [editableAt, typedAt] = await page.evaluate(() => [
      (window as { editableAt?: number }).editableAt ?? NaN,
      performance.now(),
    ]);
    // The letter is taken back, so that each load opens the same text (the autosave keeps up).
    for (let i = 0; i < marker.length; i++) await page.keyboard.press('Backspace');
    if (load < WARM_UP) continue;
    editable.push(editableAt);
    typed.push(typedAt);
  }
  const result = { loads: LOADS, editable: summary(editable), typed: summary(typed) };
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${os.cpus().length} CPUs, Node ${process.version}`,
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    settings: {
      server: 'next start (production build) on the demo newsroom, warm',
      browser: `Chromium ${browser.version()}, 1280×900, one tab`,
      warmUpLoads: WARM_UP,
      goalMs: GOAL_MS,
    },
    result,
    goalMet: result.editable.p50Ms <= GOAL_MS && result.editable.p95Ms <= GOAL_MS,
  };
  console.log(JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join('bench', 'results', 'editor-interactive.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(
    path.join('bench', 'results', 'editor-interactive.md'),
    [
      `# The editor, interactive after a navigation (${report.date.slice(0, 10)}, ${report.machine})`,
      '',
      `Load average at start ${report.loadAverage.atStart}; at end ${report.loadAverage.atEnd}.`,
      '',
      `A writer's release opened ${LOADS} times in ${report.settings.browser} against ${report.settings.server} (after ${WARM_UP} warm-up loads). "Editable": from the navigation's start to the text taking a caret (the page's own clock). "Typed": to a typed letter showing in the text. Goal: ≤ ${GOAL_MS} ms.`,
      '',
      '| measure | p50 ms | p95 ms | max ms | goal |',
      '|---|---|---|---|---|',
      `| editable | ${result.editable.p50Ms} | ${result.editable.p95Ms} | ${result.editable.maxMs} | ≤ ${GOAL_MS}: ${report.goalMet ? 'met' : 'not met'} |`,
      `| a typed letter shown | ${result.typed.p50Ms} | ${result.typed.p95Ms} | ${result.typed.maxMs} |  |`,
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  server.stop();
}
