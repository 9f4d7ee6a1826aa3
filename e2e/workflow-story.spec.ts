import type { Page } from '@playwright/test';
import { slugify } from '@/lib/importer/slug';
import { expect, test } from './fixtures';
import { saveStatus, selectInBody } from './look';
import { writeRelease } from './drafts';

// One release from the writer's first word to its correction on the public site, then the two
// refusals the workflow owes: no self-approval, and no publishing by a writer who forges the request.

const PASSAGE = 'guardan ahora el agua de lluvia';
const PANAMA = 'America/Panama';

/** Each run gets its own titles, so the story runs again on the same server. */
const tag = () => `kq${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

const publicUrl = (title: string) => `/es/news/${slugify(title)}`;

/**
 * Presses a workflow button and waits for the server's answer: the outcome line, or, when the
 * editor gives way to the read-only view (submitting), the new state's badge.
 */
async function transition(page: Page, button: string, answer: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByText(answer, { exact: true }).first()).toBeVisible({ timeout: 20_000 });
}

/** A wall-clock time in a time zone, as <input type="datetime-local"> holds it. */
function localTime(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.describe('the review story', () => {
  const run = tag();
  // The typo is deliberate: the HQ editor corrects it once the release is live.
  const title = `Cistrenas de lluvia para doce escuelas ${run}`;
  const corrected = `Cisternas de lluvia para doce escuelas ${run}`;
  const comment = `¿Cuántos litros por escuela? (${run})`;
  let releaseUrl = '';

  test('1. the writer writes a complete release and submits it for review', async ({ writerPage: writer }) => {
    releaseUrl = await writeRelease(writer, title);
    await transition(writer, 'Enviar a revisión', 'En revisión');
    await writer.reload();
    await expect(writer.getByText('En revisión').first()).toBeVisible();
    await expect(writer.getByRole('textbox', { name: 'Texto', exact: true })).toHaveCount(0);
    await writer.goto('/workspace');
    await expect(
      writer.getByRole('region', { name: /^Enviados a revisión/ }).getByRole('link', { name: title }),
    ).toBeVisible();
  });

  test('2. the regional editor finds it in review, comments on a passage and asks for changes', async ({
    regionalEditorPage: editor,
  }) => {
    await editor.goto('/workspace/review');
    await editor.getByRole('link', { name: title }).click();
    await expect(editor).toHaveURL(releaseUrl);
    await selectInBody(editor, PASSAGE);
    await editor.getByRole('button', { name: 'Comentar este pasaje' }).click();
    const composer = editor.locator('blockquote', { hasText: PASSAGE }).locator('..');
    await composer.getByRole('textbox', { name: 'Su comentario' }).fill(comment);
    await composer.getByRole('button', { name: 'Publicar el comentario' }).click();
    await expect(editor.locator('article[id^="comment-"]').filter({ hasText: comment })).toBeVisible();

    await editor.getByLabel('Qué hay que cambiar (obligatorio)').fill('Den la capacidad de los tanques.');
    // Changes requested: the text may change again, so the page turns into the editor and says why.
    await transition(editor, 'Pedir cambios', 'El editor pidió cambios: lea su comentario, corrija y vuelva a enviar.');
  });

  test('3. the writer is notified, finds the comment beside the editor, revises and resubmits', async ({
    writerPage: writer,
  }) => {
    await writer.goto('/workspace');
    await writer.getByRole('link', { name: /\d+ notificaci(ón|ones) sin leer/ }).click();
    await expect(writer).toHaveURL(/\/workspace\/notifications/);
    await expect(
      writer
        .getByRole('listitem')
        .filter({ hasText: `Valentina Ortiz pidió cambios en «${title}»` })
        .first(),
    ).toBeVisible();

    await writer.goto(releaseUrl);
    const body = writer.getByRole('textbox', { name: 'Texto', exact: true });
    await expect(body).toBeVisible();
    const thread = writer.locator('article[id^="comment-"]').filter({ hasText: comment });
    await expect(thread.getByRole('figure')).toContainText(PASSAGE);

    await body.click();
    await writer.keyboard.press('ControlOrMeta+End');
    await writer.keyboard.type(' Cada tanque guarda diez mil litros.');
    await expect(saveStatus(writer)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
    await transition(writer, 'Enviar a revisión', 'En revisión');
  });

  test('4. the HQ editor approves it and schedules it for the next minute, Panama time', async ({
    hqEditorPage: editor,
  }) => {
    await editor.goto(releaseUrl);
    await expect(editor.getByText('diez mil litros')).toBeVisible();
    await transition(editor, 'Approuver', 'C’est fait : approuvé.');
    // The form takes minutes: the next whole minute at least 15 seconds away.
    const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
    await expect(editor.getByText('Heure du bureau : heure normale de l’Est nord-américain (Panama).')).toBeVisible();
    await editor.getByLabel('Publier le', { exact: true }).fill(localTime(at, PANAMA));
    await transition(editor, 'Programmer la publication', 'Programmé : le communiqué sera publié tout seul.');
    await expect(editor.getByText('Programmé').first()).toBeVisible();
    expect(await (await editor.request.get(publicUrl(title))).status()).toBe(404);
  });

  test('5. the worker publishes it on time: page, listing, search and feed show it', async ({ page }) => {
    await expect
      .poll(async () => (await page.request.get(publicUrl(title))).status(), { timeout: 100_000, intervals: [2_000] })
      .toBe(200);
    await page.goto(publicUrl(title));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('diez mil litros')).toBeVisible();

    await expect.poll(async () => (await page.request.get('/es/news')).text(), { timeout: 30_000 }).toContain(title);
    await page.goto(`/es/search?q=${run}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect
      .poll(async () => (await page.request.get('/es/feed.xml')).text(), { timeout: 30_000 })
      .toContain(title);
  });

  test('6. the HQ editor corrects the live title: the public keeps the old one until another editor approves', async ({
    hqEditorPage: editor,
    regionalEditorPage: reviewer,
    page,
  }) => {
    await editor.goto(releaseUrl);
    await editor.getByLabel('Titre', { exact: true }).fill(corrected);
    await expect(saveStatus(editor)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
    await page.goto(publicUrl(title));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    await transition(editor, 'Soumettre à la relecture', 'En relecture');
    await reviewer.goto(releaseUrl);
    await transition(reviewer, 'Aprobar', 'Hecho: aprobado.');
    // Published: the page turns into the editor of the live release; the public page tells the rest.
    await reviewer.getByRole('button', { name: 'Publicar ahora', exact: true }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: 'Sí, publicarlo' }).click();

    await expect
      .poll(async () => (await page.request.get(publicUrl(title))).text(), { timeout: 30_000 })
      .toContain(corrected);
    await page.goto(publicUrl(title));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(corrected);
    await expect(page.getByText(/Actualizado el/)).toBeVisible();
  });
});

test('an editor is not offered to approve a release they wrote, and is told why', async ({
  regionalEditorPage: editor,
}) => {
  const title = `Feria de empleo en Colón ${tag()}`;
  const url = await writeRelease(editor, title);
  await transition(editor, 'Enviar a revisión', 'En revisión');
  await editor.goto(url);
  await expect(editor.getByText('En revisión').first()).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Aprobar', exact: true })).toHaveCount(0);
  await expect(
    editor.getByText('Usted escribió o modificó este texto: lo aprueba otro editor (principio de los cuatro ojos).'),
  ).toBeVisible();
  // Still theirs to take back, as the last and quiet step.
  const steps = editor.getByRole('region', { name: 'Próximos pasos' }).getByRole('button');
  await expect(steps.last()).toHaveText('Retirar de la revisión');
});

test('a writer who replays the publish request of an editor’s page is refused, and nothing is published', async ({
  writerPage: writer,
  regionalEditorPage: editor,
}) => {
  const title = `Huertos escolares en Coclé ${tag()}`;
  const url = await writeRelease(writer, title);
  await transition(writer, 'Enviar a revisión', 'En revisión');
  await editor.goto(url);
  await transition(editor, 'Aprobar', 'Hecho: aprobado.');

  // The page as the server sent it to the editor: once hydrated, React replaces the forms' action attributes.
  const serverHtml = await (await editor.request.get(url)).text();
  await writer.goto(url);
  const [response] = await Promise.all([
    writer.waitForResponse((candidate) => candidate.request().method() === 'POST'),
    writer.evaluate(
      ({ html, target }) => {
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        const form = [...parsed.querySelectorAll('form')].find((candidate) =>
          candidate.textContent?.includes('Publicar ahora'),
        )!;
        const copy = document.importNode(form, true);
        copy.action = target;
        document.body.append(copy);
        // The native submit skips React: the POST carries exactly what the editor's form carried.
        HTMLFormElement.prototype.submit.call(copy);
      },
      { html: serverHtml, target: url },
    ),
  ]);
  expect(response.status()).toBeLessThan(500);

  expect((await writer.request.get(publicUrl(title))).status()).toBe(404);
  await editor.reload();
  await expect(editor.getByText('Aprobado').first()).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Publicar ahora', exact: true })).toBeVisible();
});
