import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { capture, saveStatus } from './look';
import { startSpanishDraft, typeLongText } from './drafts';

const WORDS = Array.from(
  { length: 12 },
  () => 'Las escuelas rurales de Veraguas recogen el agua de lluvia para la estación seca.',
).join(' ');

async function createRelease(page: Page, title: string) {
  const url = await startSpanishDraft(page, title);
  await expect(page.getByRole('textbox', { name: 'Texto', exact: true })).toBeVisible();
  return url;
}

test('a writer creates a release, fills it in with the checklist turning green, and gets unsaved text back after a reload', async ({
  writerPage: page,
}) => {
  const title = `Cisternas para doce escuelas ${Date.now()}`;
  await createRelease(page, title);
  const checklist = page.getByRole('region', { name: 'Antes de enviar' });
  await expect(checklist.locator('[data-rule="title_length"]')).toHaveAttribute('data-passed', 'true');
  await expect(checklist.locator('[data-rule="body_length"]')).toHaveAttribute('data-passed', 'false');

  await page
    .getByLabel('Entradilla')
    .fill('Doce escuelas rurales recogen ahora el agua de lluvia para la estación seca.');
  await page.getByLabel('Ciudad').fill('Santiago de Veraguas');
  await page.getByLabel('País').fill('Panamá');
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await body.click();
  await typeLongText(page, WORDS);
  await page.getByRole('checkbox', { name: 'Clima y medio ambiente' }).check();
  for (const [index, contact] of [
    { name: 'Ana Ríos', phone: '+507 555 0100', email: 'ana.rios@example.org' },
    { name: 'Luis Pérez', phone: '+507 555 0101', email: 'luis.perez@example.org' },
  ].entries()) {
    await page.getByRole('button', { name: 'Añadir un contacto' }).click();
    const group = page.getByRole('group', { name: `Contacto ${index + 1}` });
    await group.getByLabel('Nombre').fill(contact.name);
    await group.getByLabel('Teléfono 1').fill(contact.phone);
    await group.getByLabel('Correo electrónico').fill(contact.email);
  }

  await expect(checklist.locator('[data-passed="false"]')).toHaveCount(0);
  await expect(checklist).toContainText(`Título: ${title.length}/120 caracteres`);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await capture(page, 'editor-writer');

  // The connection drops: the next change stays in the browser only, then the page is reloaded.
  // Blocked in the page itself, because the save sent while the page unloads (keepalive) escapes page.route().
  await page.addInitScript(() => {
    const send = window.fetch.bind(window);
    window.fetch = (input, init) =>
      sessionStorage.getItem('drop-saves') && String(input).includes('/draft')
        ? Promise.reject(new TypeError('Failed to fetch'))
        : send(input, init);
  });
  await page.reload();
  await page.evaluate(() => sessionStorage.setItem('drop-saves', 'yes'));
  await page.getByLabel('Título').fill(`${title} (revisado)`);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'offline', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Se encontró texto sin guardar' })).toBeVisible();
  await capture(page, 'editor-restore-offer');
  await page.evaluate(() => sessionStorage.removeItem('drop-saves'));
  await page.getByRole('button', { name: 'Restaurar el texto sin guardar' }).click();
  await expect(page.getByLabel('Título')).toHaveValue(`${title} (revisado)`);
  await expect(page.getByRole('group', { name: 'Contacto 2' }).getByLabel('Nombre')).toHaveValue('Luis Pérez');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });

  await page.reload();
  await expect(page.getByLabel('Título')).toHaveValue(`${title} (revisado)`);
  await expect(page.getByRole('heading', { name: 'Se encontró texto sin guardar' })).toHaveCount(0);
});

test('a writer whose saves meet a server without its database sees the editor offline, then saved once the database answers again', async ({
  writerPage: page,
}) => {
  const title = `Huertos escolares en Coclé ${Date.now()}`;
  await createRelease(page, title);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  let refused = 0;
  await page.route('**/draft', (route) => {
    if (route.request().method() !== 'PUT' || refused >= 2) return route.continue();
    refused++;
    return route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, reason: 'unavailable' }),
    });
  });
  await page.getByLabel('Título').fill(`${title} (revisado)`);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'offline', { timeout: 15_000 });
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  expect(refused).toBe(2);
  await page.reload();
  await expect(page.getByLabel('Título')).toHaveValue(`${title} (revisado)`);
});

test('of two people editing the same release, the second gets both versions with their own text intact, and resolves it', async ({
  writerPage: first,
  regionalEditorPage: second,
}) => {
  const url = await createRelease(first, `Ferias de empleo ${Date.now()}`);
  await second.goto(url);
  await expect(second.getByLabel('Entradilla')).toBeVisible();

  await first.getByLabel('Entradilla').fill('El texto de la primera persona.');
  await expect(saveStatus(first)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });

  await second.getByLabel('Entradilla').fill('El texto de la segunda persona.');
  await second.getByLabel('Ciudad').fill('Colón');
  await expect(second.getByRole('heading', { name: 'Otra persona guardó este comunicado' })).toBeVisible({
    timeout: 15_000,
  });
  // The editor is told whose version it is: the writer's.
  await expect(second.getByText(/^Versión guardada \(por Andrés Quintero, versión \d+\)$/).first()).toBeVisible();
  await expect(
    second.locator('[data-side="mine"]').filter({ hasText: 'El texto de la segunda persona.' }),
  ).toBeVisible();
  await expect(
    second.locator('[data-side="theirs"]').filter({ hasText: 'El texto de la primera persona.' }),
  ).toBeVisible();
  await capture(second, 'editor-conflict');

  // Takes the other person's summary into their own version, keeps their own dateline, and saves that.
  await second.getByRole('button', { name: 'Usar este campo «Entradilla» en mi versión' }).click();
  await second.getByRole('button', { name: 'Quedarme con la mía' }).click();
  await expect(saveStatus(second)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(second.getByLabel('Entradilla')).toHaveValue('El texto de la primera persona.');

  await first.reload();
  await expect(first.getByLabel('Ciudad')).toHaveValue('Colón');
  await expect(first.getByLabel('Entradilla')).toHaveValue('El texto de la primera persona.');
});

test('a writer with the same release open in two tabs is told the other version is their own, from the other tab', async ({
  writerPage: first,
}) => {
  const url = await createRelease(first, `Huertos urbanos ${Date.now()}`);
  const second = await first.context().newPage();
  await second.goto(url);
  await expect(second.getByLabel('Entradilla')).toBeVisible();

  await first.getByLabel('Entradilla').fill('Escrito en la primera pestaña.');
  await expect(saveStatus(first)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await second.getByLabel('Entradilla').fill('Escrito en la segunda pestaña.');

  await expect(second.getByRole('heading', { name: 'Usted guardó este comunicado en otra pestaña' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    second.getByText(/^Versión guardada \(por usted, en otra pestaña o ventana, versión \d+\)$/).first(),
  ).toBeVisible();
  await expect(second.getByText('Otra persona guardó este comunicado')).toHaveCount(0);
  await capture(second, 'editor-conflict-own-tab');

  await second.getByRole('button', { name: 'Tomar la de la otra pestaña' }).click();
  await expect(saveStatus(second)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(second.getByLabel('Entradilla')).toHaveValue('Escrito en la primera pestaña.');
  await second.close();
});

test('a writer who reloads right after typing finds the text saved, with nothing to restore', async ({
  writerPage: page,
}) => {
  await createRelease(page, `Bibliotecas móviles ${Date.now()}`);
  // A text with words in it: the database hands it back with its keys in another order.
  await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
  await page.keyboard.type('Tres autobuses llevan libros a las comunidades de la costa.');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });

  for (const summary of ['Los autobuses visitan doce comunidades.', 'Los autobuses visitan quince comunidades.']) {
    await page.getByLabel('Entradilla').fill(summary);
    await page.reload();
    await expect(page.getByLabel('Entradilla')).toHaveValue(summary);
    await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
    await expect(page.getByRole('heading', { name: 'Se encontró texto sin guardar' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /guardó este comunicado/ })).toHaveCount(0);
  }
  await page.reload();
  await expect(page.getByLabel('Entradilla')).toHaveValue('Los autobuses visitan quince comunidades.');
  await expect(page.getByRole('heading', { name: 'Se encontró texto sin guardar' })).toHaveCount(0);
});

test('a writer who reloads while a save is on its way and typing goes on restores the rest without a conflict with themselves', async ({
  writerPage: page,
}) => {
  await createRelease(page, `Radios comunitarias ${Date.now()}`);
  await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
  await page.keyboard.type('Cinco radios comunitarias emiten en lenguas indígenas.');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });

  // The next save reaches the server, but its answer never comes back to the page.
  let held = false;
  let reachedServer!: () => void;
  const saveWritten = new Promise<void>((resolve) => (reachedServer = resolve));
  await page.route('**/draft', async (route) => {
    if (route.request().method() !== 'PUT' || held) return route.continue();
    held = true;
    await route.fetch();
    reachedServer();
  });
  await page.getByLabel('Entradilla').fill('Las radios llegan a cuarenta aldeas.');
  await saveWritten;
  await page.getByLabel('Entradilla').fill('Las radios llegan a cuarenta aldeas de la montaña.');
  await page.reload();

  // What the server holds is not offered again; what it never got is, and restoring it just saves it.
  await expect(page.getByRole('heading', { name: 'Se encontró texto sin guardar' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toContainText('Las radios llegan a cuarenta aldeas de la montaña.');
  await page.getByRole('button', { name: 'Restaurar el texto sin guardar' }).click();
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: /guardó este comunicado/ })).toHaveCount(0);
  await expect(page.getByLabel('Entradilla')).toHaveValue('Las radios llegan a cuarenta aldeas de la montaña.');
  await page.reload();
  await expect(page.getByLabel('Entradilla')).toHaveValue('Las radios llegan a cuarenta aldeas de la montaña.');
});

test('a writer uploads an image through the picker into the text, describes it, and chooses a main image', async ({
  writerPage: page,
}) => {
  const run = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  await createRelease(page, `Tanques de agua en Veraguas ${run}`);
  const photo = (background: { r: number; g: number; b: number }) =>
    sharp({ create: { width: 1200, height: 800, channels: 3, background } })
      .png()
      .toBuffer();
  const checklist = page.getByRole('region', { name: 'Antes de enviar' });
  const imageAlt = checklist.locator('[data-rule="image_alt"]');
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await body.click();
  await page.keyboard.type('Los tanques recogen el agua del techo.');

  await page.getByRole('toolbar', { name: 'Formato del texto' }).getByRole('button', { name: 'Imagen' }).click();
  const picker = page.getByRole('dialog', { name: 'Insertar una imagen' });
  await picker.getByLabel('Archivo de imagen').setInputFiles({
    name: `tanques-${run}.png`,
    mimeType: 'image/png',
    buffer: await photo({ r: 30, g: 90, b: 160 }),
  });
  await picker.getByLabel('Texto alternativo (español)').fill(`Tanques azules en el techo de una escuela ${run}`);
  await picker.getByLabel('Crédito').fill('Ana Ríos');
  await picker.getByRole('button', { name: 'Subir e insertar' }).click();
  await expect(picker).toBeHidden();

  const inserted = body.getByRole('img', { name: `Tanques azules en el techo de una escuela ${run}` });
  await expect(inserted).toBeVisible();
  await expect(inserted).toHaveAttribute('src', /^\/media\/.+\.webp$/);
  await expect(imageAlt).toHaveAttribute('data-passed', 'true');
  // The alt text is the writer's to keep: emptied, the checklist turns red until it is written again.
  const alt = body.getByLabel('Texto alternativo (lo que muestra la imagen)');
  await alt.fill('');
  await expect(imageAlt).toHaveAttribute('data-passed', 'false');
  await alt.fill(`Tanques azules en el techo de una escuela ${run}`);
  await expect(imageAlt).toHaveAttribute('data-passed', 'true');

  const hero = page.getByRole('group', { name: 'Imagen principal' });
  await hero.getByRole('button', { name: 'Elegir una imagen' }).click();
  await picker.getByLabel('Archivo de imagen').setInputFiles({
    name: `escuela-${run}.png`,
    mimeType: 'image/png',
    buffer: await photo({ r: 200, g: 120, b: 40 }),
  });
  await picker.getByLabel('Texto alternativo (español)').fill(`Alumnos frente a su escuela ${run}`);
  await picker.getByRole('button', { name: 'Subir e insertar' }).click();
  await expect(picker).toBeHidden();
  await expect(hero.getByRole('img', { name: `Alumnos frente a su escuela ${run}` })).toBeVisible();
  await expect(hero.getByRole('button', { name: 'Cambiar la imagen' })).toBeFocused();
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await capture(page, 'editor-images');

  // Saved: the main image and the one in the text come back with the release.
  await page.reload();
  await expect(hero.getByRole('img', { name: `Alumnos frente a su escuela ${run}` })).toBeVisible();
  await expect(body.getByRole('img', { name: `Tanques azules en el techo de una escuela ${run}` })).toBeVisible();
  await hero.getByRole('button', { name: 'Quitar la imagen principal' }).click();
  await expect(hero).toContainText('Sin imagen principal.');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
});

test('a writer starts blocks with "/" and links with Ctrl+K, without leaving the keyboard', async ({
  writerPage: page,
}) => {
  await createRelease(page, `Bloques con el teclado ${Date.now()}`);
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await body.click();
  await page.keyboard.type('Las cisternas llegaron en marzo.');
  await page.keyboard.press('Enter');

  // "/" alone lists the blocks; a word narrows them; arrows choose; Enter inserts; Escape closes.
  await page.keyboard.type('/');
  const menu = page.getByRole('listbox', { name: 'Insertar un bloque' });
  await expect(menu.getByRole('option')).toHaveText([
    'Intertítulo',
    'Subintertítulo',
    'Lista con viñetas',
    'Lista numerada',
    'Cita',
    'Imagen',
    'Tabla',
    'Adjuntar un archivo',
  ]);
  await page.keyboard.type('lista');
  await expect(menu.getByRole('option')).toHaveText(['Lista con viñetas', 'Lista numerada']);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('option', { name: 'Lista numerada' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await page.keyboard.type('Primera escuela');
  await expect(body.locator('ol > li')).toHaveText('Primera escuela');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/cita');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(body).toContainText('/cita');
  await page.keyboard.press('Enter');

  // Ctrl+K over a selected word opens the link form with its address field focused.
  await page.keyboard.type('Informe completo');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const address = page.getByRole('textbox', { name: 'Dirección del enlace' });
  await expect(address).toBeFocused();
  await address.fill('https://example.org/informe');
  await address.press('Enter');
  await expect(body.getByRole('link', { name: 'Informe completo' })).toHaveAttribute(
    'href',
    'https://example.org/informe',
  );
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
});

test('on a phone the formatting toolbar stays in view while the text scrolls', async ({ writerPage: page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await createRelease(page, `Barra fija en el teléfono ${Date.now()}`);
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await body.click();
  await typeLongText(page, WORDS);
  const toolbar = page.getByRole('toolbar', { name: 'Formato del texto' });
  await body.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  const statusBar = await saveStatus(page).evaluate((element) => element.closest('.sticky')!.getBoundingClientRect());
  const bar = (await toolbar.boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(statusBar.bottom - 1);
  expect(bar.y).toBeLessThan(statusBar.bottom + 2);
  await expect(toolbar.getByRole('button', { name: 'Negrita' })).toBeInViewport();
});
