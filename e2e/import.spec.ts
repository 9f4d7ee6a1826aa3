import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolation, saveStatus } from './look';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'import');
// Each run imports its own copies, so a second run on the same server starts from "imported" again.
const run = Date.now();
const dumps = ['panama-water-kiosks.txt', 'partners.txt'].map((name) => ({
  name: `${run}-${name}`,
  mimeType: 'text/plain',
  buffer: fs.readFileSync(path.join(FIXTURES, name)),
}));

const countOf = (page: Page, status: string) =>
  page.getByRole('region').locator('dl > div').filter({ hasText: status }).locator('dd');

test.describe('importing legacy pages from the workspace', () => {
  test('an admin uploads two dumps, sees them imported with links, then sees them unchanged on a second upload', async ({
    adminPage: page,
  }) => {
    await page.goto('/workspace');
    await page
      .getByRole('navigation', { name: 'Espace de travail' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importer des pages de l’ancien site' })).toBeVisible();

    await page.getByLabel('Fichiers de pages (.txt)').setInputFiles(dumps);
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect(page.getByRole('heading', { name: 'Rapport d’import' })).toBeVisible();
    await expect(countOf(page, 'Importés')).toHaveText('2');
    await expect(countOf(page, 'En échec')).toHaveText('0');
    const release = page.getByRole('link', { name: 'Water kiosks open in six districts of Colón' });
    await expect(release).toHaveAttribute('href', /^\/workspace\/releases\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('listitem').filter({ hasText: `${run}-panama-water-kiosks.txt` })).toContainText(
      'panama',
    );
    await page.screenshot({ path: 'test-results/screens/admin-import-report-1280.png', fullPage: true });

    await page.getByLabel('Fichiers de pages (.txt)').setInputFiles(dumps);
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect(countOf(page, 'Inchangés')).toHaveText('2');
    await expect(countOf(page, 'Importés')).toHaveText('0');

    await release.click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Water kiosks open in six districts of Colón' }),
    ).toBeVisible();
  });

  test('an admin who sends no file is told so and nothing is imported', async ({ adminPage: page }) => {
    await page.goto('/workspace/admin/import');
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Choisissez au moins un fichier.' })).toBeVisible();
    await expect(page.getByLabel('Fichiers de pages (.txt)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: 'Rapport d’import' })).toHaveCount(0);
  });

  test('a file over the size limit is refused in the browser, naming the file', async ({ adminPage: page }) => {
    await page.goto('/workspace/admin/import');
    await page
      .getByLabel('Fichiers de pages (.txt)')
      .setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 'a') });
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'huge.txt' })).toHaveText('huge.txt dépasse 2 Mo.');
  });

  test('an upload holding a binary file is refused as a whole', async ({ adminPage: page }) => {
    await page.goto('/workspace/admin/import');
    const picture = {
      name: `${run}-photo.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    };
    await page
      .getByLabel('Fichiers de pages (.txt)')
      .setInputFiles([{ ...dumps[1]!, name: `binary-${dumps[1]!.name}` }, picture]);
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'binaire' })).toHaveText(
      'Un des fichiers est binaire, ce n’est pas une page enregistrée en texte. Rien n’a été importé.',
    );
    await expect(page.getByRole('heading', { name: 'Rapport d’import' })).toHaveCount(0);
  });

  test('a writer gets a 404 and no import link', async ({ writerPage: page }) => {
    const response = await page.goto('/workspace/admin/import');
    expect(response?.status()).toBe(404);
    await page.goto('/workspace');
    await expect(page.getByRole('link', { name: 'Import', exact: true })).toHaveCount(0);
  });

  for (const width of [375, 1280]) {
    test(`axe finds no violation on the import page and its report at ${width} px`, async ({ adminPage: page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/workspace/admin/import');
      await page
        .getByLabel('Fichiers de pages (.txt)')
        .setInputFiles(dumps.map((dump) => ({ ...dump, name: `axe-${width}-${dump.name}` })));
      await page.getByLabel('Essai à blanc', { exact: false }).check();
      await page.getByRole('button', { name: 'Importer' }).click();
      await expect(
        page.getByRole('heading', { name: 'Rapport de l’essai à blanc (rien n’a été enregistré)' }),
      ).toBeVisible();
      await page.screenshot({ path: `test-results/screens/admin-import-dry-run-${width}.png`, fullPage: true });
      await expectNoAxeViolation(page);
    });
  }
});

test.describe('imported legacy releases on the portal and in review', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const tag = `lg${Date.now().toString(36)}`;
  const words = Array.from(
    { length: 12 },
    () => 'The committees keep the accounts themselves and publish them each month at the community centre.',
  ).join(' ');
  const contact =
    'For more information, please contact Ana Ruiz, ICA Panama, Tel. +507 555 0140, Email: aruiz@example.org';
  const dated = {
    name: `${tag}-dated.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Water committees ${tag} publish their accounts\nCOLÓN, 14 March 2017 – Six committees ${tag} now publish their accounts, the office said.\n${words}\n${contact}\n`,
    ),
  };
  // No title line: the importer takes the first sentence and flags the draft for review.
  const untitled = {
    name: `${tag}-untitled.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Colón - Six water kiosks opened ${tag} in the district.\n${words}\n${contact}\n`),
  };
  let draftLink = '';

  const homeLinks = async (page: Page) =>
    (
      await page
        .getByRole('main')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    ).sort();

  test('an import leaves the portal home page unchanged; the archive release keeps its own date', async ({
    adminPage: admin,
    page,
  }) => {
    await page.goto('/en');
    const before = await homeLinks(page);

    await admin.goto('/workspace/admin/import');
    await admin.getByLabel('Fichiers de pages (.txt)').setInputFiles([dated, untitled]);
    await admin.getByRole('button', { name: 'Importer' }).click();
    await expect(admin.getByRole('heading', { name: 'Rapport d’import' })).toBeVisible();
    // The draft to review comes first, with what to check and a link to it.
    const toReview = admin.getByRole('region', { name: '1 brouillon à vérifier' });
    await expect(toReview).toContainText('Pas de ligne de titre : le titre est la première phrase.');
    const link = toReview.getByRole('link', { name: `Six water kiosks opened ${tag} in the district` });
    draftLink = (await link.getAttribute('href'))!;
    expect(draftLink).toMatch(/^\/workspace\/releases\/[0-9a-f-]{36}$/);
    await admin.screenshot({ path: 'test-results/screens/admin-import-review-first-1280.png', fullPage: true });

    await page.goto('/en');
    expect(await homeLinks(page)).toEqual(before);
    await page.goto(`/en/news/water-committees-${tag}-publish-their-accounts`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Water committees ${tag} publish their accounts`);
    await expect(page.getByText('This release comes from the former site’s archive.')).toBeVisible();
    await expect(page.locator('.release-body time')).toHaveText('Colón, March 14, 2017');
  });

  test('an editor sees why the draft was flagged, fixes it in the editor and submits it', async ({
    hqEditorPage: editor,
  }) => {
    await editor.goto(draftLink);
    const flag = editor.getByRole('region', { name: 'À vérifier avant publication' });
    await expect(flag).toContainText('Pas de ligne de titre : le titre est la première phrase.');
    await editor.screenshot({ path: 'test-results/screens/flagged-draft-1280.png', fullPage: true });
    await editor.getByLabel('Titre').fill(`Water kiosks ${tag} open in Colón`);
    await editor.getByLabel('Chapeau').fill('Six neighbourhood kiosks now sell filtered water at a fair price.');
    await editor.getByRole('checkbox', { name: 'Climat et environnement' }).check();
    await expect(
      editor.getByRole('region', { name: 'Avant de soumettre' }).locator('[data-passed="false"]'),
    ).toHaveCount(0);
    await expect(saveStatus(editor)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
    await editor.getByRole('button', { name: 'Soumettre à la relecture', exact: true }).click();
    await expect(editor.getByText('En relecture').first()).toBeVisible({ timeout: 20_000 });
  });

  test('another editor approves and publishes it through the usual workflow; the flag is gone', async ({
    regionalEditorPage: editor,
    page,
  }) => {
    await editor.goto(draftLink);
    await editor.getByRole('button', { name: 'Aprobar', exact: true }).click();
    await expect(editor.getByText('Hecho: aprobado.').first()).toBeVisible({ timeout: 20_000 });
    await editor.getByRole('button', { name: 'Publicar ahora', exact: true }).click();
    await editor.getByRole('dialog').getByRole('button', { name: 'Sí, publicarlo' }).click();
    await expect(editor.getByText('Publicado').first()).toBeVisible({ timeout: 20_000 });
    await editor.reload();
    await expect(editor.getByRole('region', { name: 'Revisar antes de publicar' })).toHaveCount(0);
    const response = await page.goto(`/en/news/six-water-kiosks-opened-${tag}-in-the-district`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Water kiosks ${tag} open in Colón`);
  });
});
