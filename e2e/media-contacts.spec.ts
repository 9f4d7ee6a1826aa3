import fs from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolation } from './look';

const SAME_ORIGIN = { origin: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}` };
// Each run imports its own addresses, so a second run on the same server starts afresh.
const run = Date.now();
const address = (who: string) => `${who}.${run}@press.example`;
const CSV = [
  'Journaliste;Média;Adresse;Langues;Régions;Thèmes',
  `Inès Morales ${run};Diario Austral;${address('ines')};es, en;americas;health`,
  `Tomás Vidal ${run};Radio Sur;${address('tomas')};es;panama;`,
  `Doublon ${run};Radio Sur;${address('TOMAS')};es;;`,
  `Sans adresse ${run};Radio Sur;pas-une-adresse;es;;`,
  `Formule ${run};=HYPERLINK("http://evil.example");${address('formula')};es;;`,
].join('\r\n');
const file = { name: `contacts-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}\r\n`) };

test.describe('media contacts', () => {
  test('an editor imports a CSV file, builds a list, exports the contacts and erases one on request', async ({
    hqEditorPage: page,
  }) => {
    await page.goto('/workspace');
    await page
      .getByRole('navigation', { name: 'Espace de travail' })
      .getByRole('link', { name: 'Journalistes' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journalistes' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/contacts-list-1280.png', fullPage: true });

    await page.getByRole('link', { name: 'Importer un fichier CSV' }).click();
    await page.getByLabel('Fichier CSV').setInputFiles(file);
    await page.getByRole('button', { name: 'Aperçu' }).click();
    const preview = page.getByRole('region', { name: 'Les premières lignes du fichier' });
    await expect(preview.getByText('5 lignes dans le fichier')).toBeVisible();
    await expect(preview.getByRole('cell', { name: `Inès Morales ${run}` })).toBeVisible();
    // The headers in French are recognised, except the address column, which the editor maps by hand.
    await expect(preview.getByLabel('Nom', { exact: true })).toHaveValue('0');
    await expect(preview.getByLabel('E-mail', { exact: true })).toHaveValue('');
    await preview.getByLabel('E-mail', { exact: true }).selectOption({ label: 'Adresse' });
    await page.screenshot({ path: 'test-results/screens/contacts-import-preview-1280.png', fullPage: true });
    await preview.getByRole('button', { name: 'Importer' }).click();

    const report = page.getByRole('region', { name: '2 contacts importés.' });
    await expect(report.getByText('3 lignes non importées')).toBeVisible();
    const reasonOf = (row: string) =>
      report.getByRole('row').filter({ has: page.getByRole('cell', { name: row, exact: true }) });
    await expect(reasonOf('4')).toContainText('La même adresse figure plus haut dans le fichier.');
    await expect(reasonOf('5')).toContainText('L’adresse e-mail n’est pas valide.');
    await expect(reasonOf('6')).toContainText('Une cellule commence comme une formule de tableur');
    await page.screenshot({ path: 'test-results/screens/contacts-import-report-1280.png', fullPage: true });
    await expectNoAxeViolation(page);

    await page.goto(`/workspace/contacts?q=${run}`);
    await expect(page.getByText('2 contacts')).toBeVisible();
    await expect(page.getByRole('link', { name: `Inès Morales ${run}` })).toBeVisible();
    await page.goto(`/workspace/contacts?q=${run}&language=en`);
    await expect(page.getByText('1 contact', { exact: true })).toBeVisible();

    await page.goto(`/workspace/contacts?q=${run}`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger ces contacts (CSV)' }).click();
    const csv = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'name,outlet,email,languages,office,regions,topics,beat,phone,notes,consent_source,consent_date,status,lists,created_at,updated_at',
    );
    expect(csv).toContain(`Inès Morales ${run},Diario Austral,${address('ines')},es;en,hq,americas,health`);
    expect(csv).toContain(address('tomas'));

    await page.goto('/workspace/contacts/lists');
    await page.getByLabel('Nom de la liste').fill(`Correspondants ${run}`);
    await page.getByRole('button', { name: 'Créer la liste' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Correspondants ${run}` })).toBeVisible();
    await page
      .getByRole('region', { name: 'Ajouter un contact' })
      .getByLabel('Ajouter un contact')
      .selectOption({ label: `Tomás Vidal ${run} <${address('tomas')}>` });
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(page.getByRole('heading', { name: '1 contact' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Tomás Vidal ${run}` })).toBeVisible();

    await page.goto('/workspace/contacts/lists');
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Spanish-speaking journalists covering the Americas' }),
    ).toContainText('correspond');
    await page.screenshot({ path: 'test-results/screens/contacts-lists-1280.png', fullPage: true });

    await page.goto(`/workspace/contacts?q=${run}`);
    await page.getByRole('link', { name: `Tomás Vidal ${run}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Contact : Tomás Vidal ${run}` })).toBeVisible();
    const json = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter ses données (JSON)' }).click();
    const data = JSON.parse(fs.readFileSync((await (await json).path())!, 'utf8'));
    expect(data).toMatchObject({ email: address('tomas'), regions: ['panama'], lists: [`Correspondants ${run}`] });
    await page.screenshot({ path: 'test-results/screens/contacts-edit-1280.png', fullPage: true });
    await expectNoAxeViolation(page);

    await page.getByRole('button', { name: 'Effacer ce contact' }).click();
    const dialog = page.getByRole('dialog', { name: `Effacer Tomás Vidal ${run} ?` });
    await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Effacer', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Le contact a été effacé.' })).toBeVisible();
    await page.goto(`/workspace/contacts?q=${run}`);
    await expect(page.getByText('1 contact', { exact: true })).toBeVisible();

    // The erased address never comes back, even in the very file it came from.
    await page.goto('/workspace/contacts/import');
    await page.getByLabel('Fichier CSV').setInputFiles(file);
    await page.getByRole('button', { name: 'Aperçu' }).click();
    await page.getByLabel('E-mail', { exact: true }).selectOption({ label: 'Adresse' });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const again = page.getByRole('region', { name: 'Aucun contact importé.' });
    await expect(
      again.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) }),
    ).toContainText('Cette adresse a été effacée à la demande de la personne.');
    await expect(
      again.getByRole('row').filter({ has: page.getByRole('cell', { name: '2', exact: true }) }),
    ).toContainText('Le bureau a déjà un contact avec cette adresse.');
  });

  test('the contact screens fit a phone screen and pass the accessibility checks', async ({ hqEditorPage: page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const [path, name] of [
      ['/workspace/contacts', 'list'],
      ['/workspace/contacts/new', 'new'],
      ['/workspace/contacts/import', 'import'],
      ['/workspace/contacts/lists', 'lists'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectNoAxeViolation(page);
      await page.screenshot({ path: `test-results/screens/contacts-${name}-375.png`, fullPage: true });
    }
  });

  test('an editor adds a contact through the form, and a second one with the same address is refused', async ({
    regionalEditorPage: page,
  }) => {
    const fill = async () => {
      await page.goto('/workspace/contacts/new');
      await page.getByLabel('Nombre', { exact: true }).fill(`Camila Rojas ${run}`);
      await page.getByLabel('Correo electrónico').fill(address('camila'));
      await page.getByLabel('Medio', { exact: true }).fill('Teletica');
      await page.getByRole('checkbox', { name: 'Español' }).check();
      await page.getByLabel('Regiones y oficinas cubiertas').selectOption({ label: 'ACI Panamá' });
      await page.getByLabel('Fecha del consentimiento').fill('2026-02-01');
      await page.getByRole('button', { name: 'Añadir el contacto' }).click();
    };
    await page.goto('/workspace/contacts/new');
    await page.getByRole('button', { name: 'Añadir el contacto' }).click();
    await expect(page.getByLabel('Nombre', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await fill();
    await expect(page.getByRole('heading', { level: 1, name: `Contacto: Camila Rojas ${run}` })).toBeVisible();
    await expect(page.getByLabel('Regiones y oficinas cubiertas').locator('option:checked')).toHaveText(['ACI Panamá']);
    await fill();
    await expect(page.getByText('Esta oficina ya tiene un contacto con esta dirección de correo.')).toBeVisible();
  });

  test('a CSV file of 10 MB is refused with 413 and nothing is imported', async ({ hqEditorPage: page }) => {
    const big = `Name,E-mail\r\nHuge ${run},${address('huge')}\r\n${'x'.repeat(10 * 1024 * 1024)}\r\n`;
    const response = await page.request.post('/api/media-contacts/import', {
      headers: SAME_ORIGIN,
      multipart: {
        step: 'import',
        officeId: '00000000-0000-4000-8000-000000000000',
        mapping: JSON.stringify({ name: 0, email: 1 }),
        file: { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(big) },
      },
    });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ error: 'too_large', limit: 5 * 1024 * 1024 });
    await page.goto(`/workspace/contacts?q=${address('huge')}`);
    await expect(page.getByText('Aucun contact ne correspond.')).toBeVisible();
  });

  test('a writer gets 404 on every contact screen and on the import', async ({ writerPage: page }) => {
    for (const path of ['/workspace/contacts', '/workspace/contacts/lists', '/workspace/contacts/import']) {
      expect((await page.goto(path))!.status()).toBe(404);
    }
    await expect(
      page.getByRole('navigation', { name: 'Espace de travail' }).getByRole('link', { name: 'Journalistes' }),
    ).toHaveCount(0);
    const response = await page.request.post('/api/media-contacts/import', {
      headers: SAME_ORIGIN,
      multipart: { step: 'preview', officeId: '00000000-0000-4000-8000-000000000000', file: file },
    });
    expect(response.status()).toBe(404);
  });
});
