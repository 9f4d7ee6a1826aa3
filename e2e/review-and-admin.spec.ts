import { demoRelease } from './demo';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation } from './look';

const sahelFr = demoRelease('wca-sahel-land-study-fr');
const sahelEn = demoRelease('wca-sahel-land-study-en');

test.describe('the review queue', () => {
  test('shows an editor what waits, how long, and narrows it with filters kept in the URL', async ({
    hqEditorPage: page,
  }) => {
    await page.goto('/workspace');
    await page.getByRole('navigation', { name: 'Espace de travail' }).getByRole('link', { name: 'Relecture' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'File de relecture' })).toBeVisible();
    const results = page.getByRole('region', { name: /communiqué/ });
    await expect(results.getByRole('link', { name: sahelFr.title })).toBeVisible();
    await expect(results.getByRole('listitem').first()).toContainText('en attente depuis');
    await expectNoAxeViolation(page);
    await capture(page, 'review-queue');

    await page.getByLabel('Région', { exact: true }).selectOption('west-central-africa');
    await page.getByLabel('Langue', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page).toHaveURL(/region=west-central-africa/);
    await expect(page).toHaveURL(/language=en/);
    await expect(results.getByRole('link', { name: sahelEn.title })).toBeVisible();
    await expect(results.getByRole('link', { name: sahelFr.title })).toHaveCount(0);
    await capture(page, 'review-queue-filtered');

    await results.getByRole('link', { name: sahelEn.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sahelEn.title);
  });

  test('says when nothing matches, offers to clear the filters, and ignores a bad value with a message', async ({
    hqEditorPage: page,
  }) => {
    const response = await page.goto('/workspace/review?office=niger&state=scheduled&language=de');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('langue');
    await expect(page.getByText('Aucun communiqué ne correspond à ces filtres.')).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'review-queue-empty');
    await page.getByRole('main').getByRole('link', { name: 'Effacer les filtres' }).last().click();
    await expect(page).toHaveURL(/\/workspace\/review$/);
    await expect(page.getByRole('link', { name: sahelFr.title })).toBeVisible();
  });

  test('is not offered to writers or admins, and answers them 404', async ({ writerPage, adminPage }) => {
    for (const page of [writerPage, adminPage]) {
      await page.goto('/workspace');
      await expect(page.getByRole('navigation').getByRole('link', { name: /Relecture|Revisión/ })).toHaveCount(0);
      expect((await page.goto('/workspace/review'))?.status()).toBe(404);
    }
  });
});

test.describe('the audit log', () => {
  test('lets an admin find sign-ins by person and download exactly those rows as CSV', async ({ adminPage: page }) => {
    await page.goto('/workspace');
    await page
      .getByRole('navigation', { name: 'Espace de travail' })
      .getByRole('link', { name: 'Journal d’audit' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeVisible();
    await page.getByLabel('Qui (adresse e-mail ou nom)').fill('admin@example.org');
    await page.getByLabel('Quoi').selectOption('sign_in.succeeded');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page).toHaveURL(/who=admin%40example.org/);
    const entries = page.getByRole('region', { name: /entrée/ }).getByRole('listitem');
    await expect(entries.first()).toContainText('Connexion');
    for (const text of await entries.allTextContents()) expect(text).toContain('admin@example.org');
    await expectNoAxeViolation(page);
    await capture(page, 'audit-log');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger en CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await (await download.createReadStream()).toArray()).join('').trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,actor_name,action,subject_type,subject_id,release_id,release_title,ip,data');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain(',admin@example.org,');

    const response = await page.request.get('/workspace/admin/audit/export.csv?action=sign_in.succeeded');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="audit-log-/);
    expect(response.headers()['content-type']).toContain('text/csv');
  });

  test('ignores an impossible date with a message instead of failing', async ({ adminPage: page }) => {
    const response = await page.goto('/workspace/admin/audit?from=2026-02-31&action=sign_in.succeeded');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('du');
    await expect(page.getByLabel('Quoi')).toHaveValue('sign_in.succeeded');
  });

  test('answers 404, page and export alike, to an editor', async ({ hqEditorPage: page }) => {
    expect((await page.goto('/workspace/admin/audit'))?.status()).toBe(404);
    expect((await page.request.get('/workspace/admin/audit/export.csv')).status()).toBe(404);
  });
});

test.describe('the mail queue', () => {
  test('shows an admin every queued e-mail with its status, failures first', async ({ adminPage: page }) => {
    await page.goto('/workspace');
    await page
      .getByRole('navigation', { name: 'Espace de travail' })
      .getByRole('link', { name: 'File des courriels' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'File des courriels' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Messages par statut' })).toContainText('Échec');
    await expectNoAxeViolation(page);
    await capture(page, 'outbox');
    await page.getByLabel('Statut', { exact: true }).selectOption('sent');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page).toHaveURL(/status=sent/);
  });

  test('answers 404 to an editor', async ({ hqEditorPage: page }) => {
    expect((await page.goto('/workspace/admin/outbox'))?.status()).toBe(404);
  });
});

test.describe('background jobs', () => {
  test('shows an admin each queue and its jobs: queued, running, failed, completed', async ({ adminPage: page }) => {
    await page.goto('/workspace');
    await page
      .getByRole('navigation', { name: 'Espace de travail' })
      .getByRole('link', { name: 'Tâches de fond' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tâches de fond' })).toBeVisible();
    const queues = page.getByRole('region', { name: 'Files' });
    for (const queue of ['Publication programmée', 'Rafraîchissement du portail', 'Courriel de notification'])
      await expect(queues.getByRole('rowheader', { name: new RegExp(queue) })).toBeVisible();
    // The demo newsroom's scheduled releases wait for their embargo time: queued jobs, each cancellable.
    const queued = page.getByRole('region', { name: 'En attente' });
    await expect(queued.getByRole('button', { name: /^Annuler cette tâche/ }).first()).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'admin-jobs');
  });

  test('answers 404 to an editor', async ({ hqEditorPage: page }) => {
    expect((await page.goto('/workspace/admin/jobs'))?.status()).toBe(404);
  });
});
