import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storageStateOf } from './personas';
import { capture, expectNoAxeViolation, saveStatus } from './look';

// A Spanish release this spec writes, so that it exists in no other language and no other spec touches it.
const title = `Feria de empleo juvenil en Colón ${Date.now().toString(36)}`;

async function openAsWriter(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateOf('writer') });
  return { context, page: await context.newPage() };
}

async function saveVersion(page: Page, message: string) {
  const field = page.getByLabel('Qué cambió (obligatorio)');
  // A named version is optional: its form stays folded until asked for.
  if (!(await field.isVisible())) await page.getByText('Guardar una versión con nombre (opcional)').click();
  await field.fill(message);
  await page.getByRole('button', { name: 'Guardar versión' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Versión guardada.' })).toBeVisible();
}

// Every test works on a draft this spec creates, the new translation of that release,
// so other specs' writes never meet ours.
let sourceUrl: string;
let translationUrl: string;

test.beforeAll(async ({ browser }) => {
  const { context, page } = await openAsWriter(browser);
  await page.goto('/workspace/releases/new');
  await page.getByLabel('Título').fill(title);
  await page.getByLabel('Idioma').selectOption('es');
  await page.getByRole('button', { name: 'Crear el borrador' }).click();
  await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
  sourceUrl = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Traducciones' }).click();
  const create = page.getByRole('button', { name: /^Crear la versión en (inglés|francés)$/ }).first();
  await create.click();
  await expect(page).not.toHaveURL(new RegExp(`${sourceUrl}(/translations)?$`));
  await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
  translationUrl = new URL(page.url()).pathname;
  // The translation starts with the source beside it and its own title still to write.
  const ownTitle = page.getByLabel('Título', { exact: true });
  await expect(ownTitle).toHaveValue('');
  await ownTitle.fill(title);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await context.close();
});

test.describe('translations', () => {
  test('a new language version gets its own title, and each lists the other', async ({ writerPage: page }) => {
    await page.goto(translationUrl);
    await expect(page.getByLabel('Título')).toHaveValue(title);
    const versions = page.getByRole('region', { name: 'Versiones y difusión' });
    await expect(versions.getByRole('link', { name: 'Español' })).toHaveAttribute('href', sourceUrl);

    await page.goto(sourceUrl);
    await page.getByRole('link', { name: 'Traducciones' }).click();
    const others = page.getByRole('region', { name: 'Otros idiomas' });
    await expect(others.locator(`a[href="${translationUrl}"]`)).toBeVisible();
  });
});

test.describe('revisions', () => {
  test('a version saved is in the history, two revisions compare, and one is restored as a new revision', async ({
    writerPage: page,
  }) => {
    await page.goto(translationUrl);
    await saveVersion(page, 'Primera versión para traducir');
    await saveVersion(page, 'Segunda versión');

    await page.getByRole('link', { name: 'Historial' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Historial' })).toBeVisible();
    const revisions = page.getByRole('main').getByRole('listitem');
    await expect(revisions.first()).toContainText('Segunda versión');
    await expect(revisions.first()).toContainText('por Andrés Quintero');
    await expect(page.getByText('Primera versión para traducir')).toBeVisible();
    await capture(page, 'revisions-history');

    await page.getByRole('button', { name: 'Comparar' }).click();
    await expect(page).toHaveURL(/\/history\/compare\?(from|to)=\d+&(from|to)=\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Revisión \d+ comparada con la revisión \d+$/);
    await expect(page.getByRole('region', { name: /^Título/ })).toContainText('sin cambios');
    await capture(page, 'revisions-compare');

    await page.goto(`${translationUrl}/history`);
    const count = await revisions.count();
    await page.getByRole('button', { name: 'Restaurar la revisión 1' }).click();
    await expect(page.getByText('Restaurada como nueva revisión.')).toBeVisible();
    await page.reload();
    await expect(revisions).toHaveCount(count + 1);
    await expect(revisions.first()).toContainText('Restored from revision 1');
  });
});

test.describe('preview links', () => {
  test('open signed out with noindex, and stop working once revoked', async ({ writerPage: page, browser }) => {
    await page.goto(`${translationUrl}/preview-links`);
    await page.getByLabel('Válido durante').selectOption('3');
    await page.getByRole('button', { name: 'Crear un enlace' }).click();
    const address = await page
      .getByRole('status')
      .filter({ hasText: 'Copie esta dirección ahora' })
      .locator('.font-mono')
      .textContent();
    const path = new URL(address!).pathname;
    expect(path).toMatch(/^\/preview\/[A-Za-z0-9_-]{43}$/);

    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    const response = await visitor.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
    // The page speaks the release's language, whichever the new translation is in.
    await expect(
      visitor.getByText(/^(Preview — not published|Aperçu — non publié|Vista previa — no publicado)$/),
    ).toBeVisible();
    await capture(visitor, 'revisions-preview-link');

    await page.reload();
    const revoke = page.getByRole('button', { name: /^Revocar el enlace a la revisión \d+$/ });
    const active = await revoke.count();
    // Revoking asks first; cancelling keeps the link working.
    await revoke.first().click();
    const dialog = page.getByRole('dialog', { name: /^¿Revocar el enlace a la revisión \d+\?$/ });
    await expect(dialog).toContainText('ya no funciona');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect(dialog).toBeHidden();
    expect((await visitor.goto(path))?.status()).toBe(200);
    await revoke.first().click();
    await dialog.getByRole('button', { name: 'Sí, revocarlo' }).click();
    await expect(revoke).toHaveCount(active - 1);

    expect((await visitor.goto(path))?.status()).toBe(404);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      /preview link does not work|lien d’aperçu ne fonctionne pas|enlace de vista previa no funciona/,
    );
    expect((await visitor.goto(`/preview/${'x'.repeat(43)}`))?.status()).toBe(404);
    await stranger.close();
  });
});

test.describe('accessibility of history, comparison and previews', () => {
  test('axe finds no violation on the history, the comparison, the preview and a preview link', async ({
    writerPage: page,
    browser,
  }) => {
    await page.goto(translationUrl);
    await saveVersion(page, 'Versión para revisar la accesibilidad');
    await saveVersion(page, 'Otra versión para comparar');

    await page.goto(`${translationUrl}/history`);
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Comparar' }).click();
    await expect(page).toHaveURL(/compare/);
    await expectNoAxeViolation(page);

    await page.goto(`${translationUrl}/preview`);
    await expect(page.getByText('Vista previa — no publicado')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectNoAxeViolation(page);

    await page.goto(`${translationUrl}/preview-links`);
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Crear un enlace' }).click();
    const address = await page
      .getByRole('status')
      .filter({ hasText: 'Copie esta dirección ahora' })
      .locator('.font-mono')
      .textContent();
    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    await visitor.goto(new URL(address!).pathname);
    await expectNoAxeViolation(visitor);
    await visitor.goto(`/preview/${'x'.repeat(43)}`);
    await expectNoAxeViolation(visitor);
    await stranger.close();
  });
});
