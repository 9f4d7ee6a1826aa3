import sharp from 'sharp';
import type { PickedImage } from '@/lib/media/types';
import { expect, test } from './fixtures';
import { expectNoAxeViolation } from './look';

// What a browser sends with a request from the app's own pages (route handlers refuse anything else).
const SAME_ORIGIN = { origin: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}` };

// A picture of its own per run and per test, so that a second run on the same server uploads new images.
const run = Date.now();
let shade = 0;
async function photo(width: number, height: number) {
  shade += 1;
  const background = { r: (run + shade * 37) % 256, g: (run >> 8) % 256, b: (shade * 91) % 256 };
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

test.describe('the media API', () => {
  test('a writer uploads a photo and its web version is served as cacheable WebP at its /media/ URL', async ({
    writerPage: page,
  }) => {
    const response = await page.request.post('/api/media', {
      headers: SAME_ORIGIN,
      multipart: {
        file: { name: `kiosk-${run}.jpg`, mimeType: 'image/jpeg', buffer: await photo(1400, 900) },
        alt: `Un kiosque à eau à Colón ${run}`,
        credit: 'Oficina de Panamá',
        language: 'fr',
      },
    });
    expect(response.status()).toBe(201);
    const image = (await response.json()) as PickedImage;
    expect(image).toMatchObject({
      alt: `Un kiosque à eau à Colón ${run}`,
      credit: 'Oficina de Panamá',
      width: 1400,
      height: 900,
    });
    expect(image.src).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\/w960\.webp$/);

    const served = await page.request.get(image.src);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/webp');
    expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.headers()['x-content-type-options']).toBe('nosniff');
    expect((await served.body()).subarray(8, 12).toString()).toBe('WEBP');

    const listed = await page.request.get(`/api/media?q=${run}`);
    expect(((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
      image.mediaId,
    ]);
  });

  test('an SVG is refused with 415 and a file over the limit with 413, as JSON codes', async ({ writerPage: page }) => {
    const svg = await page.request.post('/api/media', {
      headers: SAME_ORIGIN,
      multipart: {
        file: {
          name: 'logo.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        },
        alt: 'Logo',
        language: 'fr',
      },
    });
    expect(svg.status()).toBe(415);
    expect(await svg.json()).toEqual({ error: 'unsupported_type' });
    const huge = await page.request.post('/api/media', {
      headers: SAME_ORIGIN,
      multipart: {
        file: { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(16 * 1024 * 1024) },
        alt: 'Huge',
        language: 'fr',
      },
    });
    expect(huge.status()).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'too_large' });
  });

  test('an unknown image answers 404, not the portal or a language redirect', async ({ request }) => {
    for (const path of ['/media/ab/0000/w960.webp', '/media/ab/0000']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
    }
  });

  test('an anonymous upload is refused as signed out, unread', async ({ request }) => {
    const response = await request.post('/api/media', {
      headers: SAME_ORIGIN,
      multipart: {
        file: { name: 'anon.jpg', mimeType: 'image/jpeg', buffer: await photo(100, 100) },
        alt: 'Anonymous',
        language: 'fr',
      },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: 'signed_out' });
  });
});

test.describe('the media library page', () => {
  test('a writer uploads an image through the picker and finds it in the library, searchable', async ({
    writerPage: page,
  }) => {
    await page.goto('/workspace');
    await page.getByRole('navigation', { name: 'Espacio de trabajo' }).getByRole('link', { name: 'Mediateca' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mediateca' })).toBeVisible();

    await page.getByRole('button', { name: 'Subir una imagen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insertar una imagen' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('tab', { name: 'Subir' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolation(page);

    await dialog.getByRole('button', { name: 'Subir e insertar' }).click();
    await expect(dialog.getByText('Elija un archivo de imagen.')).toBeVisible();
    await expect(dialog.getByText('Describa la imagen: el texto alternativo es obligatorio.')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: 'test-results/screens/media-picker-upload-1280.png' });

    await dialog
      .getByLabel('Archivo de imagen')
      .setInputFiles({ name: `mercado-${run}.jpg`, mimeType: 'image/jpeg', buffer: await photo(2000, 1333) });
    await dialog.getByLabel('Texto alternativo (español)').fill(`Puestos del mercado de Colón ${run}`);
    await dialog.getByLabel('Crédito').fill('Andrés Quintero');
    await dialog.getByRole('button', { name: 'Subir e insertar' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'La imagen está en la mediateca.' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Nombre de archivo, texto alternativo o crédito' }).fill(String(run));
    await page.getByRole('button', { name: 'Aplicar' }).click();
    const card = page.getByRole('listitem').filter({ hasText: `mercado-${run}.jpg` });
    await expect(card).toContainText(`Puestos del mercado de Colón ${run}`);
    await expect(card.locator('img')).toHaveJSProperty('naturalWidth', 480);
    await expectNoAxeViolation(page);
    await page.screenshot({ path: 'test-results/screens/media-library-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: 'test-results/screens/media-library-375.png', fullPage: true });
  });

  test("the picker's library lists images, and choosing one asks for its alt text", async ({ writerPage: page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.request.post('/api/media', {
      headers: SAME_ORIGIN,
      multipart: {
        file: { name: `faro-${run}.jpg`, mimeType: 'image/jpeg', buffer: await photo(900, 600) },
        alt: `Lighthouse ${run}`,
        language: 'en',
      },
    });
    await page.goto('/workspace/media');
    await page.getByRole('button', { name: 'Subir una imagen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insertar una imagen' });
    await dialog.getByRole('tab', { name: 'Subir' }).press('ArrowRight');
    await expect(dialog.getByRole('tab', { name: 'Mediateca' })).toHaveAttribute('aria-selected', 'true');
    await dialog.getByRole('searchbox', { name: 'Buscar en la mediateca' }).fill(`faro-${run}`);
    await dialog.getByRole('button', { name: 'Buscar', exact: true }).click();
    await dialog.getByRole('button', { name: `faro-${run}.jpg` }).click();
    await expect(dialog.getByRole('textbox', { name: 'Texto alternativo (español)' })).toHaveValue('');
    await expect(dialog.getByRole('textbox', { name: 'Texto alternativo (español)' })).toBeFocused();
    await expectNoAxeViolation(page);
    await page.screenshot({ path: 'test-results/screens/media-picker-library-375.png', fullPage: true });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
