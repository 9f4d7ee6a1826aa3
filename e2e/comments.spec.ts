import { demoRelease } from './demo';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation, selectInBody } from './look';

// A Panama release the writer sends back to review, so that the regional editor reviews it here.
const jobFair = demoRelease('panama-inclusive-job-fair-es');
const PASSAGE = 'tres de los principales obstáculos';
// Each run writes its own comment, so a second run on the same server finds its own thread.
const run = Date.now();
const COMMENT = `¿Tenemos una fuente para estos tres obstáculos? (${run})`;
const REPLY = `Sí, la encuesta de salida de la feria (${run}).`;

test.describe('comments and notifications', () => {
  test('an editor comments on a passage and mentions the writer, who is notified, sees it, replies, and the editor resolves it', async ({
    writerPage,
    regionalEditorPage: editor,
  }) => {
    // The writer sends the release back to review (it may already be there after an earlier run).
    await writerPage.goto('/workspace');
    await writerPage.getByRole('link', { name: jobFair.title }).first().click();
    await writerPage.waitForURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
    const releaseUrl = writerPage.url();
    const submit = writerPage.getByRole('button', { name: 'Enviar a revisión' });
    if (await submit.isVisible()) {
      await submit.click();
      // In review, the text is frozen: the editor gives way to the read-only view.
      await expect(writerPage.getByText('En revisión').first()).toBeVisible();
    }

    // The editor selects a passage and comments on it, mentioning the writer.
    await editor.goto(releaseUrl);
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(jobFair.title);
    await selectInBody(editor, PASSAGE);
    await editor.getByRole('button', { name: 'Comentar este pasaje' }).click();
    const composer = editor.locator('blockquote', { hasText: PASSAGE }).locator('..');
    await expect(composer.getByText(PASSAGE)).toBeVisible();
    const box = composer.getByRole('textbox', { name: 'Su comentario' });
    await box.pressSequentially('@Andr');
    await expect(
      composer.getByRole('listbox', { name: 'Colegas que mencionar' }).getByRole('option', { name: /Andrés Quintero/ }),
    ).toBeVisible();
    await box.press('Enter');
    await expect(box).toHaveValue('@Andrés Quintero ');
    await box.pressSequentially(COMMENT);
    await expect(composer.getByText('Mencionados: Andrés Quintero')).toBeVisible();
    await composer.getByRole('button', { name: 'Publicar el comentario' }).click();

    const thread = editor.locator('article[id^="comment-"]').filter({ hasText: COMMENT });
    await expect(thread).toBeVisible();
    await expect(thread.getByRole('figure')).toContainText(PASSAGE);
    const threadId = (await thread.getAttribute('id'))!.replace('comment-', '');
    await expect(editor.locator(`#highlight-${threadId}`)).toHaveText(PASSAGE);

    await editor.getByLabel('Qué hay que cambiar (obligatorio)').fill('Citen la fuente de los obstáculos.');
    await editor.getByRole('button', { name: 'Pedir cambios' }).click();
    // Changes requested: the text may change again, so the page turns into the editor and says why.
    await expect(
      editor.getByText('El editor pidió cambios: lea su comentario, corrija y vuelva a enviar.'),
    ).toBeVisible();
    await expectNoAxeViolation(editor);
    await capture(editor, 'release-comments');

    // The writer sees the count in the header, and the mention among the notifications.
    await writerPage.goto('/workspace');
    const bell = writerPage.getByRole('link', { name: /\d+ notificaci(ón|ones) sin leer/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(writerPage.getByRole('heading', { level: 1, name: 'Notificaciones' })).toBeVisible();
    const mention = writerPage
      .getByRole('listitem')
      .filter({ hasText: `Valentina Ortiz le mencionó en un comentario sobre «${jobFair.title}»` })
      .first();
    await expect(mention).toBeVisible();
    await expect(
      writerPage
        .getByRole('listitem')
        .filter({ hasText: `Valentina Ortiz pidió cambios en «${jobFair.title}»` })
        .first(),
    ).toBeVisible();
    await expectNoAxeViolation(writerPage);
    await capture(writerPage, 'notifications');

    const unreadBefore = Number((await bell.textContent())?.match(/\d+/)?.[0]);
    await mention.getByRole('button', { name: 'Marcar como leída' }).click();
    await expect(writerPage.getByRole('link', { name: new RegExp(`^${unreadBefore - 1} notificaci`) })).toBeVisible();

    await writerPage
      .getByRole('listitem')
      .filter({ hasText: 'Valentina Ortiz le mencionó' })
      .first()
      .getByRole('link', { name: 'Ver el comentario' })
      .click();
    await expect(writerPage).toHaveURL(new RegExp(`#comment-${threadId}$`));
    // The writer revises in the editor, where the comments panel quotes the passage.
    const writerThread = writerPage.locator(`#comment-${threadId}`);
    await expect(writerThread.getByRole('figure')).toContainText(PASSAGE);
    await expect(writerPage.locator(`.comment-highlight[data-comment="${threadId}"]`).first()).toBeVisible();
    await expect(writerThread).toContainText(COMMENT);
    await expect(writerThread.getByText('@Andrés Quintero')).toBeVisible();

    await writerThread.getByText('Responder', { exact: true }).click();
    await writerThread.getByRole('textbox', { name: 'Su respuesta' }).fill(REPLY);
    await writerThread.getByRole('button', { name: 'Publicar la respuesta' }).click();
    await expect(writerThread.getByRole('listitem').filter({ hasText: REPLY })).toBeVisible();
    await expectNoAxeViolation(writerPage);
    await capture(writerPage, 'release-comments-writer');

    // The editor sees the reply and resolves the thread.
    await editor.goto(releaseUrl);
    const editorThread = editor.locator(`#comment-${threadId}`);
    await expect(editorThread).toContainText(REPLY);
    await editorThread.getByRole('button', { name: 'Marcar como resuelto' }).click();
    await editor.getByText(/hilos? resueltos?/).click();
    await expect(editor.locator(`#comment-${threadId}`)).toContainText('Resuelto por Valentina Ortiz');
  });

  test('a writer of another office cannot open the release or its comments', async ({
    writerPage,
    otherWriterPage,
  }) => {
    await writerPage.goto('/workspace');
    await writerPage.getByRole('link', { name: jobFair.title }).first().click();
    await writerPage.waitForURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
    const response = await otherWriterPage.goto(writerPage.url());
    expect(response?.status()).toBe(404);
    await expect(otherWriterPage.getByText(COMMENT)).toHaveCount(0);
  });
});
