import sharp from 'sharp';
import type { Page } from '@playwright/test';
import type { PickedImage } from '@/lib/media/types';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation } from './look';
import { startSpanishDraft } from './drafts';

// What a browser sends with a request from the app's own pages (route handlers refuse anything else).
const SAME_ORIGIN = { origin: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}` };

// A picture of its own per run and per call, so that a second run on the same server uploads new images.
const run = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
let shade = 0;
async function photo(width: number, height: number) {
  shade += 1;
  const background = { r: (Date.now() + shade * 37) % 256, g: (shade * 91) % 256, b: (Date.now() >> 8) % 256 };
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

async function upload(page: Page, name: string, alt: string) {
  const response = await page.request.post('/api/media', {
    headers: SAME_ORIGIN,
    multipart: {
      file: { name, mimeType: 'image/png', buffer: await photo(1200, 800) },
      alt,
      credit: 'Oficina de Panamá',
      language: 'es',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as PickedImage;
}

/** A new draft whose main image and text both show the image, saved as the editor's autosave does. */
async function releaseShowing(page: Page, image: PickedImage, title: string) {
  const releaseId = (await startSpanishDraft(page, title)).split('/').at(-1)!;
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'El muelle nuevo recibe a las lanchas de pesca.' }] },
      { type: 'image', attrs: { src: image.src, alt: image.alt, credit: image.credit, mediaId: image.mediaId } },
    ],
  };
  const saved = await page.request.put(`/api/releases/${releaseId}/draft`, {
    headers: SAME_ORIGIN,
    data: {
      expectedVersion: 1,
      draft: {
        title,
        summary: '',
        datelineCity: '',
        datelineCountry: '',
        body,
        contacts: [],
        topicIds: [],
        heroMediaId: image.mediaId,
      },
    },
  });
  expect(saved.status()).toBe(200);
}

test('a writer finds an image, sees where it is used, edits its English alt text and credit, replaces it, and cannot delete it while used', async ({
  writerPage: page,
}) => {
  const image = await upload(page, `muelle-${run}.png`, `Lanchas en el muelle de Colón ${run}`);
  const title = `El muelle nuevo de Colón ${run}`;
  await releaseShowing(page, image, title);

  await page.goto('/workspace/media');
  await page
    .getByRole('textbox', { name: 'Nombre de archivo, texto alternativo o crédito' })
    .fill(`lanchas en el muelle de colon ${run}`);
  await page.getByRole('button', { name: 'Aplicar' }).click();
  await expect(page).toHaveURL(/[?&]q=lanchas/);
  await expect(page.getByRole('heading', { level: 2, name: '1 imagen' })).toBeVisible();
  await expectNoAxeViolation(page);
  await capture(page, 'media-library-search');

  await page.getByRole('link', { name: `muelle-${run}.png` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `muelle-${run}.png` })).toBeVisible();
  const uses = page.getByRole('region', { name: 'Dónde se usa' });
  await expect(uses.getByRole('link', { name: title })).toBeVisible();
  await expect(uses).toContainText('Versión de trabajo: imagen principal, en el texto');
  await expectNoAxeViolation(page);
  await capture(page, 'media-image');

  const details = page.getByRole('region', { name: 'Texto alternativo y crédito' });
  await details.getByLabel('Texto alternativo (inglés)').fill(`Fishing boats at the Colón pier ${run}`);
  await details.getByLabel('Crédito').fill('Marta Gómez / Oficina de Panamá');
  await details.getByRole('button', { name: 'Guardar' }).click();
  await expect(details.getByText('Guardado.')).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Fishing boats at the Colón pier ${run}`)).toBeVisible();
  await expect(page.getByRole('figure')).toContainText('Marta Gómez / Oficina de Panamá');

  const shown = page.getByRole('figure').locator('img');
  const oldSrc = (await shown.getAttribute('src'))!;
  const replace = page.getByRole('region', { name: 'Reemplazar el archivo' });
  // A picture in a format the library refuses is named as such, and the image stays as it was.
  await replace.getByLabel('Archivo de imagen').setInputFiles({
    name: `muelle-${run}.svg`,
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await replace.getByRole('button', { name: 'Reemplazar el archivo' }).click();
  await expect(
    replace.getByText('Solo se aceptan imágenes JPEG, PNG y WebP (no GIF, SVG ni otros archivos).'),
  ).toBeVisible();
  await expect(replace.getByLabel('Archivo de imagen')).toHaveAttribute('aria-invalid', 'true');
  await expect(shown).toHaveAttribute('src', oldSrc);
  await capture(page, 'media-replace-refused');
  await page.setViewportSize({ width: 1280, height: 720 });
  await replace
    .getByLabel('Archivo de imagen')
    .setInputFiles({ name: `muelle-nuevo-${run}.png`, mimeType: 'image/png', buffer: await photo(600, 400) });
  await replace.getByRole('button', { name: 'Reemplazar el archivo' }).click();
  await expect(replace.getByText('El nuevo archivo está en su lugar.')).toBeVisible();
  await expect(shown).not.toHaveAttribute('src', oldSrc);
  await expect(shown).toHaveJSProperty('naturalWidth', 600);
  // The old immutable URL no longer answers: nothing can show the replaced picture from it.
  expect((await page.request.get(oldSrc)).status()).toBe(404);
  const newSrc = (await shown.getAttribute('src'))!;
  expect((await page.request.get(newSrc)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  // The release now shows the new file, in its text as in its main image.
  const imagePage = page.url();
  await uses.getByRole('link', { name: title }).click();
  await expect(page.getByRole('img', { name: image.alt }).first()).toHaveAttribute('src', newSrc);
  await page.goto(imagePage);

  await page.getByRole('button', { name: `Eliminar: muelle-${run}.png` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Esta imagen todavía la usan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `muelle-${run}.png` })).toBeVisible();
});

test('a writer deletes an image nothing uses, and its file is gone', async ({ writerPage: page }) => {
  const image = await upload(page, `sin-uso-${run}.png`, `Una red de pesca secándose ${run}`);
  await page.goto(`/workspace/media/${image.mediaId}`);
  await expect(page.getByRole('region', { name: 'Dónde se usa' })).toContainText(
    'Ningún comunicado ni página usa esta imagen.',
  );
  await page.getByRole('button', { name: `Eliminar: sin-uso-${run}.png` }).click();
  await expect(page).toHaveURL(/\/workspace\/media\?deleted=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'La imagen se eliminó.' })).toBeVisible();
  expect((await page.request.get(image.src)).status()).toBe(404);
  await page.goto(`/workspace/media?q=sin-uso-${run}`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ninguna imagen coincide con estos filtros.' }),
  ).toBeVisible();
});

test('a writer of another office sees an image but no way to change it', async ({
  writerPage,
  otherWriterPage: page,
}) => {
  const image = await upload(writerPage, `ajeno-${run}.png`, `Un faro en la costa ${run}`);
  await page.goto(`/workspace/media/${image.mediaId}`);
  await expect(page.getByRole('heading', { level: 1, name: `ajeno-${run}.png` })).toBeVisible();
  await expect(page.getByRole('button', { name: /Eliminar|Supprimer|Delete/ })).toHaveCount(0);
  await expect(
    page.getByRole('region', {
      name: /Texto alternativo y crédito|Texte alternatif et crédit|Alternative text and credit/,
    }),
  ).toHaveCount(0);
});
