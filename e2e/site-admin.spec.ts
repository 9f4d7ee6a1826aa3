import type { Page } from '@playwright/test';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import { expect, test } from './fixtures';
import { expectNoAxeViolation } from './look';

/** Presses Tab until the focused element is the button with this accessible name inside `scope`, as a keyboard user would. */
async function tabTo(page: Page, scope: string, name: string) {
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([selector, label]) =>
        document.activeElement?.getAttribute('aria-label') === label && !!document.activeElement?.closest(selector!),
      [scope, name],
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const headerLinks = async (page: Page) => {
  await page.goto('/en');
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents();
};

test.describe('site administration', () => {
  test('an editor pins two releases and the Spanish home page shows them in that order', async ({
    hqEditorPage: page,
  }) => {
    const [first, second] = DEMO_RELEASES.filter(
      (release) => release.language === 'es' && release.state === 'published' && release.pick === undefined,
    ).slice(-2);
    for (const release of [first!, second!]) {
      await page.goto(`/workspace/picks?language=es&q=${encodeURIComponent(release.title)}`);
      await page.getByRole('button', { name: `Épingler: ${release.title}` }).click();
      await expect(page.getByRole('button', { name: `Retirer: ${release.title}` })).toBeVisible();
    }
    await page.goto('/es');
    const picks = await page
      .locator('section[aria-labelledby="picks"]')
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(picks.indexOf(first!.title)).toBeGreaterThanOrEqual(0);
    expect(picks.indexOf(first!.title)).toBeLessThan(picks.indexOf(second!.title));

    // Leaves the Spanish picks as they were, so that the cap of six is never reached by reruns.
    await page.goto('/workspace/picks?language=es');
    for (const release of [first!, second!]) {
      await page.getByRole('button', { name: `Retirer: ${release.title}` }).click();
      await expect(page.getByRole('button', { name: `Retirer: ${release.title}` })).toHaveCount(0);
    }
  });

  test('an admin moves a header entry with the keyboard only, and the portal header follows', async ({
    adminPage: page,
  }) => {
    const before = await headerLinks(page);
    const news = before.indexOf('News');
    expect(news).toBeGreaterThan(0);

    // Other specs may add sub-entries to the header, even under this entry: only top-level entries tell where it stands.
    const topLevel = page
      .locator('section[aria-labelledby="menu-header"] > ol > li')
      .filter({ hasNotText: 'Sous-entrée' });
    const placeOfNews = async () => (await topLevel.allTextContents()).findIndex((text) => text.includes('Actualités'));

    await page.goto('/workspace/admin/menus');
    const start = await placeOfNews();
    expect(start).toBeGreaterThan(0);
    await tabTo(page, 'section[aria-labelledby="menu-header"]', 'Monter: Actualités');
    await page.keyboard.press('Enter');
    await expect.poll(placeOfNews).toBe(start - 1);

    const after = await headerLinks(page);
    expect(after.indexOf('News')).toBeLessThan(after.indexOf(before[news - 1]!));

    await page.goto('/workspace/admin/menus');
    await tabTo(page, 'section[aria-labelledby="menu-header"]', 'Descendre: Actualités');
    await page.keyboard.press('Enter');
    await expect.poll(placeOfNews).toBe(start);
  });

  for (const path of ['/workspace/admin/menus', '/workspace/admin/topics', '/workspace/picks?language=fr']) {
    test(`axe finds no violation on ${path}`, async ({ adminPage: page }) => {
      await page.goto(path);
      await expectNoAxeViolation(page);
    });
  }
});
