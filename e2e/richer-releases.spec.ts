import sharp from 'sharp';
import { buildPdf } from '@/db/seed/sample-documents';
import { slugify } from '@/lib/importer/slug';
import { writeRelease } from './drafts';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation, saveStatus } from './look';

// A release that is still a press release, with more in it: a captioned photo, a table of figures
// and the report as a PDF, from the writer's editor to the public page and the download.

const run = `rr${Date.now().toString(36)}`;
const title = `Agua de lluvia para las escuelas de Veraguas ${run}`;
const publicPath = `/es/news/${slugify(title)}`;
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.describe('a richer release', () => {
  let url = '';

  test('the writer adds a captioned photo, a table and the report as a PDF', async ({ writerPage: page }) => {
    url = await writeRelease(page, title);
    const body = page.getByRole('textbox', { name: 'Texto', exact: true });

    // A photo before the text, through the media picker, then its caption in place.
    await body.click();
    await page.keyboard.press('Control+Home');
    await page.getByRole('toolbar').getByRole('button', { name: 'Imagen', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Insertar una imagen' });
    await picker.getByRole('tab', { name: 'Subir' }).click();
    const photo = await sharp({
      create: { width: 1600, height: 1000, channels: 3, background: { r: Date.now() % 256, g: 120, b: 170 } },
    })
      .jpeg()
      .toBuffer();
    await picker
      .getByLabel('Archivo de imagen')
      .setInputFiles({ name: `tanque-${run}.jpg`, mimeType: 'image/jpeg', buffer: photo });
    await picker.getByLabel('Texto alternativo (español)').fill('Un tanque azul junto a la pared de una escuela');
    await picker.getByLabel('Crédito').fill('Oficina de Panamá');
    await picker.getByRole('button', { name: 'Subir e insertar' }).click();
    await expect(picker).toBeHidden({ timeout: 30_000 });
    await page
      .getByLabel('Pie de foto (bajo la imagen, antes del crédito)')
      .fill('El primer tanque, instalado en marzo en Santiago');

    // A table at the end of the text: the header row comes with it.
    await body.locator('p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar').getByRole('button', { name: 'Tabla', exact: true }).click();
    for (const text of ['Distrito', 'Escuelas', 'Litros', 'Santiago', '5', '12 000', 'Soná', '7', '16 500']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    const tools = page.getByRole('group', { name: 'Tabla' });
    await expect(tools.getByRole('button', { name: 'Eliminar esta fila' })).toBeEnabled();
    await tools.getByLabel('Título de la tabla (opcional)').fill('Escuelas equipadas por distrito');
    await expect(body.locator('table th')).toHaveCount(3);
    await expect(body.locator('table tr')).toHaveCount(3);

    // A file that only claims to be a PDF is refused in words; the real report is attached.
    await page.getByRole('toolbar').getByRole('button', { name: 'Adjuntar un archivo' }).click();
    const attach = page.getByRole('group', { name: 'Adjuntar un documento para descargar' });
    await attach.getByLabel('Archivo').setInputFiles({
      name: 'informe.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
    });
    await attach.getByRole('button', { name: 'Subir y adjuntar' }).click();
    await expect(attach.getByRole('alert')).toContainText('Solo se aceptan archivos PDF');
    await attach.getByLabel('Archivo').setInputFiles({
      name: `informe-${run}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from(buildPdf(['Informe de agua de lluvia', run])),
    });
    await attach.getByLabel('Qué es (p. ej. «el informe anual»)').fill('el informe de la temporada');
    await attach.getByRole('button', { name: 'Subir y adjuntar' }).click();
    await expect(attach).toBeHidden({ timeout: 20_000 });
    await expect(page.getByLabel('Descarga (PDF): título que verán los lectores')).toHaveValue(
      'el informe de la temporada',
    );

    const checklist = page.getByRole('region', { name: 'Antes de enviar' });
    await expect(checklist.locator('[data-passed="false"]')).toHaveCount(0);
    await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
    await body.locator('table td').first().click();
    await expectNoAxeViolation(page);
    await capture(page, 'richer-editor-table');

    await page.getByRole('button', { name: 'Enviar a revisión', exact: true }).click();
    await expect(page.getByText('Hecho: enviado a revisión.')).toBeVisible({ timeout: 20_000 });
  });

  test('the editor publishes it', async ({ hqEditorPage: editor }) => {
    await editor.goto(url);
    await editor.getByRole('button', { name: 'Approuver', exact: true }).click();
    await expect(editor.getByText('C’est fait : approuvé.')).toBeVisible({ timeout: 20_000 });
    await editor.getByRole('button', { name: 'Publier maintenant', exact: true }).click();
    await editor
      .getByRole('dialog', { name: 'Publier ce communiqué maintenant ?' })
      .getByRole('button', { name: 'Oui, le publier' })
      .click();
    await expect(
      editor.getByRole('status').filter({ hasText: 'Publié : le communiqué est sur le site public.' }),
    ).toBeVisible({ timeout: 20_000 });
  });

  test('the public page shows the figure with its caption, the table and the downloads box; the file downloads', async ({
    page,
  }) => {
    await page.goto(publicPath);
    const article = page.getByRole('article');
    const figure = article.locator('.release-body figure');
    await expect(figure.locator('img')).toHaveAttribute('alt', 'Un tanque azul junto a la pared de una escuela');
    await expect(figure.locator('figcaption')).toHaveText(
      'El primer tanque, instalado en marzo en Santiago — Oficina de Panamá',
    );

    const table = page.getByRole('region', { name: 'Escuelas equipadas por distrito' });
    await expect(table).toHaveAttribute('tabindex', '0');
    await expect(table.locator('caption')).toHaveText('Escuelas equipadas por distrito');
    await expect(table.locator('th[scope="col"]')).toHaveText(['Distrito', 'Escuelas', 'Litros']);
    await expect(table.locator('tbody tr')).toHaveCount(2);

    const downloads = page.getByRole('region', { name: 'Descarga', exact: true });
    const link = downloads.getByRole('link', { name: /^Descargar el informe de la temporada, PDF, [\d,]+ kB$/ });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toBe(`attachment; filename="informe-${run}.pdf"`);
    expect(file.headers()['x-content-type-options']).toBe('nosniff');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await expectNoAxeViolation(page);
    await page.setViewportSize({ width: 375, height: 800 });
    // On a phone the table scrolls inside its box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await table.focus();
    await page.keyboard.press('ArrowRight');
    await expectNoAxeViolation(page);
    await capture(page, 'richer-portal');
  });
});
