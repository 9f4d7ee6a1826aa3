import fs from 'node:fs';
import { startSpanishDraft } from './drafts';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation } from './look';
import type { Page } from '@playwright/test';

const run = Date.now();
const MAILED = 'Panamá y Costa Rica firman un acuerdo para regular la movilidad de la mano de obra agrícola';

/** The workspace page of the demo release whose first publication was mailed. */
async function openMailedRelease(page: Page) {
  await page.goto(`/workspace/releases?q=${encodeURIComponent('Costa Rica firman')}`);
  await page.getByRole('link', { name: MAILED }).first().click();
  await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
  return page.url();
}

/** Copies the spec's screens where people look at them. */
function share(names: string[]) {
  const target = process.env.SHOTS_DIR;
  if (!target) return;
  fs.mkdirSync(target, { recursive: true });
  for (const name of names)
    for (const width of [375, 1280])
      fs.copyFileSync(`test-results/screens/${name}-${width}.png`, `${target}/${name}-${width}.png`);
}

test.describe('press distribution in the workspace', () => {
  test('the Americas editor chooses a list for a release and sees whom it would reach', async ({
    regionalEditorPage: page,
  }) => {
    await startSpanishDraft(page, `Difusión ${run}`);
    const distribution = page.getByRole('region', { name: 'Difusión' });
    await expect(distribution.getByText(/contactos? de lista|ningún contacto de lista/)).toContainText(
      'ningún contacto de lista',
    );
    await distribution.getByRole('checkbox', { name: /Americas regional desk/ }).check();
    await distribution.getByRole('button', { name: 'Guardar las listas' }).click();
    await expect(distribution.getByRole('status')).toHaveText('Guardado.');
    // Mariana Solís, Diego Herrera and Ana Castillo; the subscribers depend on the other demo data.
    await expect(distribution.getByText(/3 contactos de lista/)).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('region', { name: 'Difusión' }).getByRole('checkbox', { name: /Americas regional desk/ }),
    ).toBeChecked();
    await expectNoAxeViolation(page);
    await capture(page, 'distribution-section-es');
    share(['distribution-section-es']);
  });

  test('the report of the demo mailing shows its numbers, and its failures with their reasons', async ({
    regionalEditorPage: page,
  }) => {
    await openMailedRelease(page);
    await page.getByRole('region', { name: 'Difusión' }).getByRole('link', { name: 'Informe de difusión' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Informe de difusión' })).toBeVisible();
    const mailing = page.getByRole('article', { name: 'Publicación' });
    const figure = (label: string) =>
      mailing.locator('div', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    await expect(figure('Destinatarios')).toHaveText('15');
    await expect(figure('Enviados')).toHaveText('10');
    await expect(figure('Fallidos')).toHaveText('2');
    await expect(figure('Rechazados')).toHaveText('2');
    await expect(figure('No enviados')).toHaveText('1');
    await expect(figure('Bajas desde entonces')).toHaveText('1');
    await expect(mailing.getByRole('listitem').filter({ hasText: 'Americas regional desk' })).toContainText('7');
    await expect(mailing.getByRole('listitem').filter({ hasText: 'Panama press desk' })).toContainText('6');
    await expect(mailing.getByRole('listitem').filter({ hasText: 'Suscriptores' })).toContainText('3');
    await expect(page.getByText('15 mensajes')).toBeVisible();
    await capture(page, 'distribution-report-es');

    await page.getByLabel('Estado').selectOption({ label: 'Fallido' });
    await page.getByRole('button', { name: 'Aplicar' }).click();
    await expect(page.getByText('2 mensajes')).toBeVisible();
    await expect(page.getByText('Motivo: 421 4.7.0 Try again later')).toBeVisible();
    await expect(page.getByText('Connection timed out after 30 s')).toBeVisible();
    await expectNoAxeViolation(page);
    share(['distribution-report-es']);
  });

  test('an editor reads the Distribution section and the report in French', async ({ hqEditorPage: page }) => {
    const url = await openMailedRelease(page);
    const distribution = page.getByRole('region', { name: 'Diffusion' });
    await expect(distribution.getByRole('checkbox', { name: /Panama press desk/ })).toBeChecked();
    await capture(page, 'distribution-section-fr');
    await page.goto(`${url}/distribution`);
    await expect(page.getByRole('heading', { level: 1, name: 'Rapport de diffusion' })).toBeVisible();
    await expect(page.getByText('15 messages')).toBeVisible();
    await capture(page, 'distribution-report-fr');
    share(['distribution-section-fr', 'distribution-report-fr']);
  });

  test("a writer of another office gets 404 on the report's address", async ({
    regionalEditorPage: editor,
    otherWriterPage: writer,
  }) => {
    const url = await openMailedRelease(editor);
    const response = await writer.goto(`${url}/distribution`);
    expect(response?.status()).toBe(404);
  });
});
