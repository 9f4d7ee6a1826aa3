import { expect, test } from '@playwright/test';
import { LOCALES } from '@/lib/i18n/locales';
import { demoPage, demoRelease, releaseUrl } from './demo';
import { test as signedIn } from './fixtures';
import { expectNoAxeViolation } from './look';

const RELEASES = {
  fr: 'panama-labour-corridor-fr',
  en: 'panama-labour-corridor-en',
  es: 'panama-labour-corridor-es',
} as const;
const SEARCH = { fr: 'developpement', en: 'migration', es: 'migracion' } as const;

for (const locale of LOCALES) {
  const pages = {
    home: `/${locale}`,
    listing: `/${locale}/news?language=all`,
    'empty listing': `/${locale}/news?year=2001`,
    release: releaseUrl(demoRelease(RELEASES[locale])),
    search: `/${locale}/search?q=${SEARCH[locale]}`,
    'static page': `/${locale}/${demoPage('structure', locale).path}`,
    'office page': `/${locale}/offices/panama`,
    '404': `/${locale}/news/no-such-release`,
    '410': releaseUrl(demoRelease('senegal-informed-choice-caravan-fr')),
  };
  for (const [name, url] of Object.entries(pages)) {
    if (name === '410' && locale !== 'fr') continue; // the demo's withdrawn releases are French
    test(`axe finds no violation on the ${name} in ${locale}`, async ({ page }) => {
      const response = await page.goto(url);
      // A page, not a bare error or a data answer: say what came back if it is not one.
      const served = `${response?.status()} ${response?.headers()['content-type']}: ${(await page.content()).slice(0, 300)}`;
      expect(response?.headers()['content-type'], served).toContain('text/html');
      await expectNoAxeViolation(page);
    });
  }
}

signedIn('axe finds no violation in the release editor', async ({ writerPage: page }) => {
  // A draft of its own: other specs send the demo's drafts to review while this one runs.
  await page.goto('/workspace/releases/new');
  await page.getByLabel('Título').fill(`Guía de acogida para recién llegados ${Date.now().toString(36)}`);
  await page.getByRole('button', { name: 'Crear el borrador' }).click();
  await expect(page.getByRole('toolbar', { name: 'Formato del texto' })).toBeVisible();
  await expectNoAxeViolation(page);
});

test.describe('keyboard use', () => {
  test('the first Tab reaches a visible skip link that moves to the content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});
