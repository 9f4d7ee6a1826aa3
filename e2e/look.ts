import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Saves the page at a phone's and a desktop's width, for a person to look at. */
export async function capture(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

/** Fails with the rule and the elements of every WCAG 2.2 AA or best-practice violation axe finds. */
export async function expectNoAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Selects the first occurrence of some words in a release's read-only body, as a person dragging over them would. */
export async function selectInBody(page: Page, words: string) {
  await page.locator('#release-body').evaluate((body, text) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in the body`);
  }, words);
}

/** The release editor's save status line (saved, saving, unsaved, offline, conflict). */
export const saveStatus = (page: Page) => page.locator('[data-status]');
