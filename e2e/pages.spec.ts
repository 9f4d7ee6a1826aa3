import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation, saveStatus } from './look';

// Spec files share one server: every run works on pages and menu entries of its own.
const run = Date.now().toString(36);
const french = {
  title: `Notre réseau ${run}`,
  path: `notre-reseau-${run}`,
  text: 'Un réseau de bureaux au plus près des communautés.',
};
const english = { title: `Our network ${run}`, text: 'A network of offices close to the communities.' };
const label = { fr: `Réseau ${run}`, en: `Network ${run}`, es: `Red ${run}` };

/** Types into the page editor's title and body, and waits for autosave to acknowledge it. */
async function write(page: Page, title: string, text: string) {
  await page.getByLabel('Titre', { exact: true }).fill(title);
  const body = page.getByRole('textbox', { name: 'Texte', exact: true });
  await body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}

async function publish(page: Page) {
  await page.getByRole('button', { name: /^Publier/ }).click();
  await expect(page.getByText('Publiée.')).toBeVisible();
}

/** Asks twice and expects the second answer from the cache; again if another spec's change of the menus emptied it in between. */
async function expectCachedAnswer(request: APIRequestContext, url: string, status: number) {
  await expect(async () => {
    await request.get(url, { maxRedirects: 0 });
    const second = await request.get(url, { maxRedirects: 0 });
    expect(second.status()).toBe(status);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  }).toPass({ timeout: 10_000 });
}

/** The visible entries of the portal's header menu (the small-screen copy is folded away at this width). */
const headerMenu = (page: Page) => page.locator('header nav').last();

test.describe.serial('static pages', () => {
  let editorUrl = '';

  test('an admin creates and publishes a French page and its English version, and puts it in the header menu', async ({
    adminPage: page,
  }) => {
    await page.goto('/workspace');
    await page.locator('header nav a[href="/workspace/pages"]').click();
    await page.getByRole('link', { name: 'Nouvelle page' }).click();
    await page.getByLabel('Langue').selectOption('fr');
    await page.getByLabel('Titre', { exact: true }).fill(french.title);
    await page.getByLabel('Adresse', { exact: true }).fill(french.path);
    await page.getByRole('button', { name: 'Créer la page' }).click();
    await expect(page).toHaveURL(/\/workspace\/pages\/[0-9a-f-]{36}$/);
    editorUrl = page.url();

    await write(page, french.title, french.text);
    await publish(page);

    await page.getByRole('button', { name: 'Créer la version anglaise' }).click();
    await expect(page).not.toHaveURL(editorUrl);
    await expect(page.getByRole('link', { name: 'Français' })).toHaveAttribute('href', new URL(editorUrl).pathname);
    await write(page, english.title, english.text);
    await publish(page);

    await page.goto('/workspace/admin/menus');
    const add = page.locator('section[aria-labelledby="add-heading"]');
    await add.getByLabel('Menu', { exact: true }).selectOption('header');
    await add.getByLabel('Libellé en français').fill(label.fr);
    await add.getByLabel('Libellé en anglais').fill(label.en);
    await add.getByLabel('Libellé en espagnol').fill(label.es);
    await add.getByLabel('Mène à').selectOption('page');
    await add.getByLabel('Page', { exact: true }).selectOption({ label: `FR · ${french.title}` });
    await add.getByRole('button', { name: 'Ajouter l’entrée' }).click();
    await expect(add.getByText('Entrée ajoutée à la fin du menu.')).toBeVisible();
    // "Move in" makes the new entry a child of the existing top-level entry just above it.
    await page.getByRole('button', { name: `Rentrer: ${label.fr}` }).click();
    await expect(
      page.locator('section[aria-labelledby="menu-header"]').getByText(`Sous-entrée : ${label.fr}`),
    ).toBeAttached();
  });

  test('a visitor finds the page in the French and English header menus and opens it', async ({ page }) => {
    for (const [language, name, title, text] of [
      ['fr', label.fr, french.title, french.text],
      ['en', label.en, english.title, english.text],
    ] as const) {
      await page.goto(`/${language}`);
      // A sub-entry is folded away until the pointer rests on its top-level entry.
      const topLevel = headerMenu(page)
        .locator('li.group', { has: page.getByRole('link', { name, exact: true, includeHidden: true }) })
        .filter({ visible: true });
      // Once in CI the sub-entry folded away between pointing and clicking: point again, as a visitor would.
      await expect(async () => {
        await topLevel.hover();
        await topLevel.getByRole('link', { name, exact: true }).click({ timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
      await expect(page).toHaveURL(`/${language}/${french.path}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByText(text)).toBeVisible();
    }
  });

  test('a renamed page keeps its old address redirecting permanently to the new one', async ({
    adminPage: page,
    request,
  }) => {
    const renamed = `${french.path}-bureaux`;
    await page.goto(editorUrl);
    await page.getByLabel('Adresse après /fr/').fill(renamed);
    await page.getByRole('button', { name: 'Changer l’adresse' }).click();
    await expect(page.getByText('Adresse enregistrée.')).toBeVisible();

    await expectCachedAnswer(request, `/fr/${french.path}`, 308);
    const old = await request.get(`/fr/${french.path}`, { maxRedirects: 0 });
    expect(new URL(old.headers().location!, 'http://x').pathname).toBe(`/fr/${renamed}`);
    expect((await request.head(`/fr/${french.path}`, { maxRedirects: 0 })).status()).toBe(308);
    const visitor = await page.context().browser()!.newPage();
    await visitor.goto(`/fr/${french.path}`);
    await expect(visitor).toHaveURL(`/fr/${renamed}`);
    await expect(visitor.getByRole('heading', { level: 1, name: french.title })).toBeVisible();
    await visitor.close();
  });

  test('axe finds no violation on the page list, editor and preview, captured at both widths', async ({
    adminPage: page,
  }) => {
    await page.goto('/workspace/pages');
    await expectNoAxeViolation(page);
    await capture(page, 'pages-list');
    await page.goto(editorUrl);
    await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved');
    await expect(page.getByRole('textbox', { name: 'Texte', exact: true })).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'pages-editor');
    await page.goto(`${editorUrl}/preview`);
    await expectNoAxeViolation(page);
  });

  test('a withdrawn page answers 410 with its title, from the cache too, and its menu entry goes', async ({
    adminPage: page,
    request,
  }) => {
    const renamed = `${french.path}-bureaux`;
    await page.goto(editorUrl);
    await page.getByRole('button', { name: 'Dépublier' }).click();
    await expect(page.getByText('Dépubliée : l’adresse indique désormais que la page a été retirée.')).toBeVisible();

    await expectCachedAnswer(request, `/fr/${renamed}`, 410);
    const visitor = await page.context().browser()!.newPage();
    expect((await visitor.goto(`/fr/${renamed}`))!.status()).toBe(410);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Cette page a été retirée');
    await expect(visitor.getByRole('main')).toContainText(french.title);
    await expect(headerMenu(visitor).getByRole('link', { name: label.fr, includeHidden: true })).toHaveCount(0);
    await visitor.close();
  });

  test('is not offered to writers, and answers them 404', async ({ writerPage: page }) => {
    await page.goto('/workspace');
    await expect(page.locator('a[href="/workspace/pages"]')).toHaveCount(0);
    const response = await page.goto('/workspace/pages');
    expect(response?.status()).toBe(404);
  });
});
