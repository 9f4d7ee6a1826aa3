import sharp from 'sharp';
import { slugify } from '@/lib/importer/slug';
import { expect, test } from './fixtures';
import { activate, tabTo } from './keyboard';
import { saveStatus } from './look';

// The whole editorial story without a mouse: every step reached with Tab, done with Enter, Space or
// typing, with the focus always drawn and never under a sticky bar (e2e/keyboard.ts checks each stop).

const run = `kb${Date.now().toString(36)}`;
const title = `Radios comunitarias en Darién ${run}`;
const SENTENCES = Array.from(
  { length: 10 },
  () => 'Seis radios comunitarias de Darién emiten ahora avisos de crecidas en tres lenguas indígenas.',
).join(' ');
const comment = `¿Qué lenguas exactamente? (${run})`;
let releaseUrl = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('1. a writer writes a release with a link and an image, and submits it, with the keyboard alone', async ({
  writerPage: page,
}) => {
  await page.goto('/workspace');
  await activate(page, page.getByRole('main').getByRole('link', { name: 'Nuevo comunicado' }));
  await tabTo(page, page.getByLabel('Título'));
  await page.keyboard.type(title);
  const language = page.getByLabel('Idioma');
  await tabTo(page, language);
  await page.keyboard.type('Español');
  await expect(language).toHaveValue('es');
  await activate(page, page.getByRole('button', { name: 'Crear el borrador' }));
  await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
  releaseUrl = page.url();

  await tabTo(page, page.getByLabel('Entradilla'));
  await page.keyboard.type('Seis radios comunitarias avisan ahora de las crecidas en tres lenguas.');
  await tabTo(page, page.getByLabel('Ciudad'));
  await page.keyboard.type('La Palma');
  await tabTo(page, page.getByLabel('País'));
  await page.keyboard.type('Panamá');

  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await tabTo(page, body);
  await page.keyboard.insertText(SENTENCES);
  // A link on the last word: select it, go back to the toolbar, give the address, Enter.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  // The editor reads the selection when the browser reports it, a moment after the keys.
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('indígenas.');
  await page.waitForTimeout(100);
  const toolbar = page.getByRole('toolbar', { name: 'Formato del texto' });
  await activate(page, toolbar.getByRole('button', { name: 'Enlace' }), { backwards: true });
  await expect(page.getByRole('textbox', { name: 'Dirección del enlace' })).toBeFocused();
  await page.keyboard.type('https://example.org/radios');
  await page.keyboard.press('Enter');
  await expect(body.getByRole('link', { name: /indígenas/ })).toHaveAttribute('href', 'https://example.org/radios');

  // An image after the text: the file input opens the system's file dialog, which gives the file.
  await page.keyboard.press('Control+End');
  await activate(page, toolbar.getByRole('button', { name: 'Imagen' }), { backwards: true });
  const picker = page.getByRole('dialog', { name: 'Insertar una imagen' });
  await expect(picker).toBeVisible();
  const fileDialog = page.waitForEvent('filechooser');
  await tabTo(page, picker.getByLabel('Archivo de imagen'));
  await page.keyboard.press('Space');
  await (
    await fileDialog
  ).setFiles({
    name: `antena-${run}.png`,
    mimeType: 'image/png',
    buffer: await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 110, b: 90 } } })
      .png()
      .toBuffer(),
  });
  await tabTo(page, picker.getByLabel('Texto alternativo (español)'));
  await page.keyboard.type(`Una antena de radio sobre un techo de palma ${run}`);
  await activate(page, picker.getByRole('button', { name: 'Subir e insertar' }));
  await expect(picker).toBeHidden();
  await expect(body.getByRole('img', { name: `Una antena de radio sobre un techo de palma ${run}` })).toBeVisible();

  const topic = page.getByRole('checkbox', { name: 'Clima y medio ambiente' });
  await tabTo(page, topic);
  await page.keyboard.press('Space');
  await expect(topic).toBeChecked();
  await activate(page, page.getByRole('button', { name: 'Añadir un contacto' }));
  const contact = page.getByRole('group', { name: 'Contacto 1' });
  for (const [label, value] of [
    ['Nombre', 'Ana Ríos'],
    ['Teléfono 1', '+507 555 0100'],
    ['Correo electrónico', 'ana.rios@example.org'],
  ] as const) {
    await tabTo(page, contact.getByLabel(label));
    await page.keyboard.type(value);
  }
  await expect(page.getByRole('region', { name: 'Antes de enviar' }).locator('[data-passed="false"]')).toHaveCount(0);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });

  await activate(page, page.getByRole('button', { name: 'Enviar a revisión', exact: true }));
  await expect(page.getByText('En revisión').first()).toBeVisible({ timeout: 20_000 });
});

test('2. an editor comments on a passage and asks for changes, with the keyboard alone', async ({
  regionalEditorPage: page,
}) => {
  await page.goto(releaseUrl);
  // The read-only text takes a caret: Shift and the arrows select a passage, as in a document.
  const body = page.locator('#release-body');
  await tabTo(page, body);
  await page.keyboard.press('Control+Home');
  for (let word = 0; word < 3; word++) await page.keyboard.press('Shift+Control+ArrowRight');
  await activate(page, page.getByRole('button', { name: 'Comentar el pasaje seleccionado' }));
  const composer = page.locator('blockquote', { hasText: 'Seis radios comunitarias' }).locator('..');
  await expect(composer.getByRole('textbox', { name: 'Su comentario' })).toBeFocused();
  await page.keyboard.type(comment);
  await activate(page, composer.getByRole('button', { name: 'Publicar el comentario' }));
  await expect(page.locator('article[id^="comment-"]').filter({ hasText: comment })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/keyboard-passage-comment-1280.png' });

  await tabTo(page, page.getByLabel('Qué hay que cambiar (obligatorio)'));
  await page.keyboard.type('Nombren las tres lenguas.');
  await activate(page, page.getByRole('button', { name: 'Pedir cambios', exact: true }));
  await expect(page.getByText('Cambios solicitados').first()).toBeVisible({ timeout: 20_000 });
});

test('3. the writer reads the request on a phone, fixes the text and submits again, with the keyboard alone', async ({
  writerPage: page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(releaseUrl);
  await expect(page.getByText('Nombren las tres lenguas.').first()).toBeVisible();
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await tabTo(page, body);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Las lenguas son emberá, wounaan y guna.');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
  await activate(page, page.getByRole('button', { name: 'Enviar a revisión', exact: true }));
  await expect(page.getByText('En revisión').first()).toBeVisible({ timeout: 20_000 });
});

test('4. an HQ editor approves, schedules and then publishes it at once, with the keyboard alone', async ({
  hqEditorPage: page,
}) => {
  await page.goto(releaseUrl);
  await activate(page, page.getByRole('button', { name: 'Approuver', exact: true }));
  await expect(page.getByText('C’est fait : approuvé.')).toBeVisible({ timeout: 20_000 });

  const when = page.getByLabel(/^Publier le/);
  await tabTo(page, when);
  // A datetime field takes its parts as typed digits, in the browser's order (month, day, year, time);
  // the year takes more than four digits, so the right arrow moves on to the time.
  await page.keyboard.type(`0615${new Date().getFullYear() + 1}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1030a');
  await expect(when).toHaveValue(`${new Date().getFullYear() + 1}-06-15T10:30`);
  await activate(page, page.getByRole('button', { name: 'Programmer la publication', exact: true }));
  await expect(page.getByText('Programmé').first()).toBeVisible({ timeout: 20_000 });

  await activate(page, page.getByRole('button', { name: 'Publier maintenant', exact: true }));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await activate(page, dialog.getByRole('button', { name: 'Oui, le publier' }));
  const onSite = page.getByRole('link', { name: /Voir sur le site/ });
  await expect(onSite).toBeVisible({ timeout: 20_000 });
  const address = (await onSite.getAttribute('href'))!;
  expect(address).toContain(slugify(title));
  await expect.poll(async () => (await page.request.get(address)).status(), { timeout: 20_000 }).toBe(200);
});
