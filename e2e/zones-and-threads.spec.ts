import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { writeRelease } from './drafts';
import { expect, test } from './fixtures';
import { expectNoAxeViolation, saveStatus } from './look';

// Times as each person reads them (a release's in its office's zone, the rest in the reader's
// own), and a writer settling the comment threads of their own release.

const run = `tz${Date.now().toString(36)}`;
const title = `Huertos escolares en Coclé ${run}`;
const COMMENT = `Añadan el número de escuelas del programa (${run}).`;
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screens';
const PANAMA = 'hora estándar oriental (Panama)';
const TOKYO = 'hora estándar de Japón (Tokyo)';

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

/** The wall-clock time a `<time>` names, as the Spanish workspace writes it in a zone. */
async function expectedTime(time: Locator, timeZone: string): Promise<string> {
  const instant = new Date((await time.getAttribute('datetime'))!);
  return new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

async function chooseZone(page: Page, label: string) {
  await page.goto('/workspace/account');
  const panel = page.getByRole('region', { name: 'Zona horaria' });
  await panel.getByLabel('Mostrar las horas en').selectOption({ label });
  await panel.getByRole('button', { name: 'Guardar' }).click();
  await expect(panel.getByText('Zona horaria guardada.')).toBeVisible();
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.describe('times carry their zone, and a writer settles their own threads', () => {
  let url = '';

  test('an editor comments on a release in review', async ({ writerPage: writer, regionalEditorPage: editor }) => {
    url = await writeRelease(writer, title);
    await writer.getByRole('button', { name: 'Enviar a revisión', exact: true }).click();
    await expect(writer.getByText('Hecho: enviado a revisión.')).toBeVisible({ timeout: 20_000 });

    await editor.goto(url);
    await editor.getByRole('textbox', { name: 'Comentar el comunicado entero' }).fill(COMMENT);
    await editor.getByRole('button', { name: 'Publicar el comentario' }).click();
    await expect(editor.locator('article[id^="comment-"]').filter({ hasText: COMMENT })).toBeVisible();
  });

  test('the writer reads the notification’s time in their office’s zone, then in the zone they choose', async ({
    writerPage: writer,
  }) => {
    const notification = () =>
      writer
        .getByRole('listitem')
        .filter({ hasText: `Valentina Ortiz comentó «${title}»` })
        .first();
    try {
      await writer.goto('/workspace/notifications');
      let time = notification().locator('time');
      await expect(time).toHaveText(`${await expectedTime(time, 'America/Panama')}, ${PANAMA}`);
      await expect(writer.getByRole('main')).not.toContainText('America/Panama');

      await chooseZone(writer, TOKYO);
      await expectNoAxeViolation(writer);
      await shoot(writer, 'account-time-zone');

      await writer.goto('/workspace/notifications');
      time = notification().locator('time');
      await expect(time).toHaveText(`${await expectedTime(time, 'Asia/Tokyo')}, ${TOKYO}`);
      await shoot(writer, 'notifications-own-zone');

      // On the release, the comment is read in the writer's zone; the release's own times stay in its office's.
      await writer.goto(url);
      const comment = writer.locator('article[id^="comment-"]').filter({ hasText: COMMENT });
      await expect(comment.locator('time')).toContainText(TOKYO);
      const created = writer
        .getByRole('definition')
        .filter({ has: writer.locator('time') })
        .first();
      await expect(created).toContainText(PANAMA);
      await expect(writer.getByRole('main')).not.toContainText('America/Panama');
    } finally {
      await chooseZone(writer, `Zona de mi oficina (${PANAMA})`);
    }
  });

  test('the writer resolves the editor’s thread on their own release', async ({ writerPage: writer }) => {
    await writer.goto(url);
    const thread = writer.locator('article[id^="comment-"]').filter({ hasText: COMMENT });
    await thread.getByRole('button', { name: 'Marcar como resuelto' }).click();
    await writer.getByText(/hilos? resueltos?/).click();
    await expect(writer.locator('article[id^="comment-"]').filter({ hasText: COMMENT })).toContainText(
      'Resuelto por Andrés Quintero',
    );
  });

  test('a writer of another office cannot open the release, nor its threads', async ({ otherWriterPage }) => {
    const response = await otherWriterPage.goto(url);
    expect(response?.status()).toBe(404);
    await expect(otherWriterPage.getByText(COMMENT)).toHaveCount(0);
  });

  test('the named-version form waits folded, as an option, under the release’s tools', async ({
    writerPage: writer,
  }) => {
    await writer.goto(url);
    // In review the text is frozen; a fresh draft shows the tools as a writer meets them.
    const draftUrl = await writeRelease(writer, `Versión opcional ${run}`);
    await writer.goto(draftUrl);
    const option = writer.getByText('Guardar una versión con nombre (opcional)');
    await expect(option).toBeVisible();
    await expect(writer.getByLabel('Qué cambió (obligatorio)')).toBeHidden();
    await expect(writer.getByRole('button', { name: 'Enviar a revisión', exact: true })).toBeVisible();
    await shoot(writer, 'save-version-folded');
    await option.click();
    await expect(writer.getByLabel('Qué cambió (obligatorio)')).toBeVisible();
    await expectNoAxeViolation(writer);
  });

  test('a French writer’s title and summary are set in French typography when saved, with no restore offer after a reload', async ({
    otherWriterPage: writer,
  }) => {
    await writer.goto('/workspace/releases/new');
    await writer.getByLabel('Titre').fill(`Eau potable ${run}`);
    await writer.getByLabel('Langue').selectOption('fr');
    await writer.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect(writer).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);

    await writer.getByLabel('Titre', { exact: true }).fill(`L'eau : 2 143 foyers raccordés ! ${run}`);
    await writer.getByLabel('Chapeau').fill('Écrivez à presse@gouv.sn ; pourquoi attendre ?');
    await expect(saveStatus(writer)).toHaveText('Toutes les modifications sont enregistrées', { timeout: 20_000 });
    await writer.reload();
    await expect(writer.getByText('Texte non enregistré retrouvé')).toHaveCount(0);
    await expect(writer.getByLabel('Titre', { exact: true })).toHaveValue(
      `L’eau\u00a0: 2\u202f143 foyers raccordés\u202f! ${run}`,
    );
    await expect(writer.getByLabel('Chapeau')).toHaveValue('Écrivez à presse@gouv.sn\u202f; pourquoi attendre\u202f?');
  });
});
