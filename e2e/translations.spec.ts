import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { demoRelease, releaseUrl } from './demo';
import { expect, test } from './fixtures';
import { saveStatus } from './look';
import { typeLongText } from './drafts';

const darien = demoRelease('panama-darien-trafficking-training-fr');
const diaspora = demoRelease('senegal-diaspora-investment-fr');
const solarEn = demoRelease('senegal-youth-solar-en');

const SHOTS = 'test-results/screens/translations';

/** Saves the page at a phone's and a desktop's width, where the reviewers of this work look. */
async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Opens a release of the workspace from the list, by words of its title. */
async function openFromList(page: Page, words: string, title: string) {
  await page.goto(`/workspace/releases?q=${encodeURIComponent(words)}`);
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}/, { timeout: 30_000 });
}

async function expectCachedAnswer(request: APIRequestContext, url: string, status: number) {
  await expect(async () => {
    await request.get(url, { maxRedirects: 0 });
    const second = await request.get(url, { maxRedirects: 0 });
    expect(second.status()).toBe(status);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  }).toPass({ timeout: 15_000 });
}

const ENGLISH =
  'One hundred and twenty border officers from Panama and Colombia have completed a training course on how to ' +
  'identify the victims of human trafficking among the people who cross the Darién jungle. The officers learned ' +
  'how to recognise the signs of exploitation, how to talk with the people they meet and where to refer them for ' +
  'care and protection. The course was given with the national authorities and the partners of the agency, and it ' +
  'will be offered again next year to the officers who work at the other crossings of the border.';

test.describe.serial('translating a release', () => {
  let translationUrl = '';

  test('a writer opens the English version beside the French source, block by block', async ({ writerPage: page }) => {
    await openFromList(page, 'agents frontaliers', darien.title);
    await page.getByRole('link', { name: 'Traducciones', exact: true }).click();
    await page.getByRole('button', { name: 'Crear la versión en inglés' }).click();
    await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
    translationUrl = page.url();

    // The source stands on the left of each field and of each block; its words wait, highlighted, on the right.
    await expect(page.getByText('Título en francés')).toBeVisible();
    await expect(page.locator('.translation-source').filter({ hasText: darien.title })).toBeVisible();
    await expect(page.getByText('Original (francés)')).toBeVisible();
    const editor = page.getByRole('textbox', { name: 'Texto', exact: true });
    await expect(editor.locator('.translation-source').first()).toBeVisible();
    await expect(editor.locator('.untranslated').first()).toBeVisible();
    const source = await editor.locator('.translation-source').first().boundingBox();
    const block = await editor.locator('.translation-source + p').first().boundingBox();
    expect(Math.abs(source!.y - block!.y)).toBeLessThan(2);
    expect(block!.x).toBeGreaterThan(source!.x + source!.width);
    await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved');
    await shoot(page, 'side-by-side');

    // On a phone each source block stands above the block it becomes.
    await page.setViewportSize({ width: 375, height: 900 });
    const phoneSource = await editor.locator('.translation-source').first().boundingBox();
    const phoneBlock = await editor.locator('.translation-source + p').first().boundingBox();
    expect(phoneBlock!.y).toBeGreaterThan(phoneSource!.y + phoneSource!.height - 1);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('the untranslated draft cannot be submitted, and the writer is told why', async ({ writerPage: page }) => {
    await page.goto(translationUrl);
    const checklist = page.getByRole('region', { name: 'Antes de enviar' });
    await expect(checklist.locator('[data-rule="translated"]')).toHaveAttribute('data-passed', 'false');
    await expect(checklist.locator('[data-rule="translated"]')).toContainText('sin traducir');
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(page.getByText('La lista de control no está completa', { exact: false })).toBeVisible();
    await expect(page).toHaveURL(translationUrl);
  });

  test('once translated, the draft is submitted', async ({ writerPage: page }) => {
    await page.goto(translationUrl);
    await page
      .getByLabel('Título', { exact: true })
      .fill('Darién: 120 border officers trained to identify victims of trafficking');
    await page
      .getByLabel('Entradilla', { exact: true })
      .fill('The officers learned to recognise the signs of exploitation among the people who cross the jungle.');
    const editor = page.getByRole('textbox', { name: 'Texto', exact: true });
    await editor.locator('p').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await typeLongText(page, ENGLISH);
    await expect(editor.locator('.untranslated')).toHaveCount(0);
    const checklist = page.getByRole('region', { name: 'Antes de enviar' });
    await expect(checklist.locator('[data-rule="translated"]')).toHaveAttribute('data-passed', 'true');
    await expect(checklist.locator('[data-rule="language"]')).toHaveAttribute('data-passed', 'true');
    await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });

    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(page).toHaveURL(/done=submit/);
    await expect(page.getByText('En revisión').first()).toBeVisible();
  });
});

test('a translation whose source changed since shows it in the list and on its page, with the changes', async ({
  hqEditorPage: page,
}) => {
  await page.goto(`/workspace/releases?q=${encodeURIComponent('Kolda Tambacounda')}`);
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: solarEn.title }) });
  await expect(row.getByRole('link', { name: 'Source modifiée' })).toBeVisible();
  await row.getByRole('link', { name: 'Source modifiée' }).click();
  const notice = page.getByTestId('source-changed');
  await expect(
    notice.getByRole('heading', { name: 'La source en français a changé depuis cette traduction' }),
  ).toBeVisible();
  await expect(notice.locator('ins').filter({ hasText: 'Kédougou' }).first()).toBeVisible();
  await shoot(page, 'source-changed');
});

test('an editor changes a live release’s address, and the old one redirects permanently', async ({
  hqEditorPage: page,
  request,
}) => {
  const old = releaseUrl(diaspora);
  const renamed = `${diaspora.slug.slice(0, 60).replace(/-+$/, '')}-diaspora`;
  await openFromList(page, 'diaspora', diaspora.title);
  await page.getByLabel('Adresse après /fr/news/').fill(renamed);
  await page.getByRole('button', { name: 'Changer l’adresse' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Changer l’adresse' }).click();
  await expect(page.getByText('Adresse changée.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('release-address')).toHaveText(`/fr/news/${renamed}`);

  await expectCachedAnswer(request, old, 308);
  const answer = await request.get(old, { maxRedirects: 0 });
  expect(new URL(answer.headers().location!, 'http://x').pathname).toBe(`/fr/news/${renamed}`);
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(old);
  await expect(visitor).toHaveURL(`/fr/news/${renamed}`);
  await expect(visitor.getByRole('heading', { level: 1, name: diaspora.title })).toBeVisible();
  await visitor.close();
});
