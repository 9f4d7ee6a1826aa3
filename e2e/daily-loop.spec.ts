import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { slugify } from '@/lib/importer/slug';
import { writeRelease } from './drafts';
import { expect, test } from './fixtures';
import { expectNoAxeViolation } from './look';

// The workspace's daily loop as each person meets it: the editor's message reaching the writer,
// the list of releases, the questions asked before a step the public sees, and the proof it worked.

const tag = () => `dl${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';

/** Saves the page at a phone's and a desktop's width, as it is now (a dialog stays open). */
async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.describe('the editor’s message reaches the writer', () => {
  const run = tag();
  const title = `Bibliotecas itinerantes en Darién ${run}`;
  const message = `Indiquen cuántos libros lleva cada biblioteca (${run}).\nY citen a la directora regional.`;
  let url = '';

  test('the editor requests changes with a message', async ({ writerPage: writer, regionalEditorPage: editor }) => {
    url = await writeRelease(writer, title);
    await writer.getByRole('button', { name: 'Enviar a revisión', exact: true }).click();
    await expect(writer.getByText('Hecho: enviado a revisión.')).toBeVisible({ timeout: 20_000 });

    await editor.goto(url);
    await editor.getByLabel('Qué hay que cambiar (obligatorio)').fill(message);
    await editor.getByRole('button', { name: 'Pedir cambios', exact: true }).click();
    await expect(editor.getByText('Hecho: cambios pedidos.')).toBeVisible({ timeout: 20_000 });
  });

  test('the writer reads it at the top of the release, in the history and in the notifications', async ({
    writerPage: writer,
  }) => {
    await writer.goto(url);
    const banner = writer.getByRole('region', { name: 'Valentina Ortiz pidió cambios' });
    await expect(banner).toContainText(`Indiquen cuántos libros lleva cada biblioteca (${run}).`);
    await expect(banner).toContainText('Y citen a la directora regional.');
    await expect(writer.getByRole('textbox', { name: 'Texto', exact: true })).toBeVisible();
    await expectNoAxeViolation(writer);
    await shoot(writer, 'daily-loop-changes-banner');

    await writer.goto(`${url}/history`);
    await expect(writer.getByText('Paso: cambios pedidos')).toBeVisible();
    await expect(writer.locator('blockquote', { hasText: `cada biblioteca (${run})` })).toBeVisible();

    await writer.goto('/workspace/notifications');
    const notification = writer
      .getByRole('listitem')
      .filter({ hasText: `Valentina Ortiz pidió cambios en «${title}»` })
      .first();
    await expect(notification).toContainText('Valentina Ortiz escribió:');
    await expect(notification.locator('blockquote')).toContainText(`cada biblioteca (${run})`);
    await expectNoAxeViolation(writer);
  });
});

test.describe('the list of releases', () => {
  test('finds a release by a word typed without its accent, with its state, office and languages', async ({
    writerPage: writer,
  }) => {
    await writer.goto('/workspace');
    await writer
      .getByRole('navigation', { name: 'Espacio de trabajo' })
      .getByRole('link', { name: 'Comunicados' })
      .click();
    await expect(writer).toHaveURL(/\/workspace\/releases$/);
    await writer.getByRole('searchbox', { name: 'Buscar' }).fill('agricola movilidad');
    await writer.getByRole('button', { name: 'Aplicar' }).click();
    await expect(writer).toHaveURL(/q=agricola\+movilidad/);
    const row = writer.getByRole('listitem').filter({
      has: writer.getByRole('link', {
        name: 'Panamá y Costa Rica firman un acuerdo para regular la movilidad de la mano de obra agrícola',
      }),
    });
    await expect(row).toContainText('Publicado');
    await expect(row.getByRole('link', { name: 'fr', exact: true })).toHaveAttribute('title', 'Francés');
    await expect(row).toContainText('Último cambio');
    await expectNoAxeViolation(writer);
    await shoot(writer, 'daily-loop-release-list');

    // The filters live in the URL: a shared link shows the same list.
    await writer.goto('/workspace/releases?state=published&language=fr&sort=title');
    await expect(writer.getByRole('combobox', { name: 'Estado' })).toHaveValue('published');
    await expect(writer.getByRole('link', { name: /^Le Panama et le Costa Rica signent/ })).toBeVisible();
  });

  test('never shows a writer the releases of another office', async ({ writerPage: writer, hqEditorPage: editor }) => {
    await editor.goto('/workspace/releases?q=Kolda');
    await expect(editor.getByRole('link', { name: /Kolda et Tambacounda/ }).first()).toBeVisible();

    await writer.goto('/workspace/releases?q=Kolda');
    await expect(writer.getByText('Ningún comunicado corresponde a estos filtros.')).toBeVisible();
    await writer.goto('/workspace/releases?office=senegal');
    await expect(writer.getByText('Ningún comunicado corresponde a estos filtros.')).toBeVisible();
  });
});

test.describe('steps the public sees ask first, and say when they are done', () => {
  const run = tag();
  const title = `Huertos comunitarios en Chiriquí ${run}`;
  const publicPath = `/es/news/${slugify(title)}`;
  let url = '';

  test('an approved release is scheduled, and the time is given in the office’s zone, named', async ({
    writerPage: writer,
    hqEditorPage: editor,
  }) => {
    url = await writeRelease(writer, title);
    await writer.getByRole('button', { name: 'Enviar a revisión', exact: true }).click();
    await expect(writer.getByText('Hecho: enviado a revisión.')).toBeVisible({ timeout: 20_000 });

    await editor.goto(url);
    await editor.getByRole('button', { name: 'Approuver', exact: true }).click();
    await expect(editor.getByText('C’est fait : approuvé.')).toBeVisible({ timeout: 20_000 });
    await expect(editor.getByText('Heure du bureau : heure normale de l’Est nord-américain (Panama).')).toBeVisible();
    await shoot(editor, 'daily-loop-schedule-zone');
    await editor.getByLabel('Publier le', { exact: true }).fill('2040-03-14T10:30');
    await editor.getByRole('button', { name: 'Programmer la publication', exact: true }).click();
    const done = editor.getByRole('status').filter({ hasText: 'Programmé : le communiqué sera publié tout seul.' });
    await expect(done).toContainText('mercredi 14 mars 2040 à 10:30, heure normale de l’Est nord-américain (Panama)');
    await expect(done).not.toContainText('America/Panama');
    await expect(editor.getByText('C’est fait.', { exact: true })).toHaveCount(0);
  });

  test('“Publish now” asks, Escape and Cancel change nothing, and the confirmed publish links to the page', async ({
    hqEditorPage: editor,
  }) => {
    await editor.goto(url);
    const publish = editor.getByRole('button', { name: 'Publier maintenant', exact: true });
    const dialog = editor.getByRole('dialog', { name: 'Publier ce communiqué maintenant ?' });

    await publish.click();
    await expect(dialog).toContainText('Il sera aussitôt sur le site public');
    await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await editor.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Oui, le publier' })).toBeFocused();
    await expectNoAxeViolation(editor);
    await shoot(editor, 'daily-loop-publish-dialog');
    await editor.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(publish).toBeFocused();

    await publish.click();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toBeHidden();
    await editor.reload();
    await expect(editor.getByText('Programmé').first()).toBeVisible();
    expect((await editor.request.get(publicPath)).status()).toBe(404);

    await publish.click();
    await dialog.getByRole('button', { name: 'Oui, le publier' }).click();
    const done = editor.getByRole('status').filter({ hasText: 'Publié : le communiqué est sur le site public.' });
    await expect(done).toBeVisible({ timeout: 20_000 });
    await expect(done.getByText('Publié', { exact: true })).toBeVisible();
    const view = done.getByRole('link', { name: 'Voir sur le site' });
    expect(new URL((await view.getAttribute('href'))!).pathname).toBe(publicPath);
    expect((await editor.request.get(publicPath)).status()).toBe(200);
    await expectNoAxeViolation(editor);
    await shoot(editor, 'daily-loop-published');

    // It stays until dismissed.
    await editor.reload();
    await expect(done).toBeVisible();
    await done.getByRole('link', { name: 'Masquer' }).click();
    await expect(done).toHaveCount(0);
  });

  test('“Withdraw from the site” and then “Archive” each ask, and a cancel leaves the release as it was', async ({
    hqEditorPage: editor,
  }) => {
    await editor.goto(url);
    const unpublish = editor.getByRole('button', { name: 'Retirer du site public', exact: true });
    const withdrawDialog = editor.getByRole('dialog', { name: 'Retirer ce communiqué du site public ?' });
    await unpublish.click();
    await expect(withdrawDialog).toContainText('La page publique répondra que le communiqué a été retiré');
    await withdrawDialog.getByRole('button', { name: 'Annuler' }).click();
    expect((await editor.request.get(publicPath)).status()).toBe(200);

    // A double click on "Withdraw" never reaches "Archive", which takes its place afterwards.
    await unpublish.dblclick();
    await withdrawDialog.getByRole('button', { name: 'Oui, le retirer' }).click();
    await expect(editor.getByText('C’est fait : retiré du site public.')).toBeVisible({ timeout: 20_000 });
    expect((await editor.request.get(publicPath)).status()).toBe(410);

    const archive = editor.getByRole('button', { name: 'Archiver', exact: true });
    const archiveDialog = editor.getByRole('dialog', { name: 'Archiver ce communiqué ?' });
    await archive.click();
    await expect(archiveDialog).toContainText('ne peut plus être modifié');
    await editor.keyboard.press('Escape');
    await editor.reload();
    await expect(editor.getByText('Dépublié').first()).toBeVisible();
    await archive.click();
    await archiveDialog.getByRole('button', { name: 'Oui, l’archiver' }).click();
    await expect(editor.getByText('C’est fait : archivé.')).toBeVisible({ timeout: 20_000 });
  });
});
