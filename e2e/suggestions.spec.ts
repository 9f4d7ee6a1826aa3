import { writeRelease } from './drafts';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation, selectInBody } from './look';

// Each run writes its own release, so a second run on the same server starts from a fresh one.
const TITLE = `Agua de lluvia para doce escuelas (${Date.now()})`;
const EDITOR = 'Valentina Ortiz';

test.describe('suggestions during review', () => {
  test('an editor suggests an insertion and a deletion, the writer accepts one and rejects the other, the editor approves', async ({
    writerPage: writer,
    regionalEditorPage: editor,
  }) => {
    const url = await writeRelease(writer, TITLE);
    await writer.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(writer.getByText('En revisión').first()).toBeVisible();

    // In review, the editor's changes are suggestions: one insertion at the start, one deletion.
    await editor.goto(url);
    const text = editor.getByRole('textbox', { name: 'Texto del comunicado (modo sugerencia)' });
    await expect(text).toBeVisible();
    await text.click();
    await selectInBody(editor, 'Doce');
    await editor.keyboard.press('ArrowLeft');
    await editor.keyboard.type('Hoy, ');
    await expect(text.locator('ins.suggestion')).toHaveText('Hoy, ');
    await selectInBody(editor, 'rurales ');
    await editor.keyboard.press('Backspace');
    await expect(text.locator('del.suggestion')).toHaveText('rurales ');
    const panel = editor.getByRole('region', { name: 'Sugerencias' });
    await expect(panel.locator('[data-suggestion-item]')).toHaveCount(2, { timeout: 15_000 });
    await expect(editor.getByRole('status').filter({ hasText: 'Sus sugerencias están guardadas.' })).toBeVisible();

    // Approval waits until every suggestion is decided.
    await editor.getByRole('button', { name: 'Aprobar' }).click();
    await expect(
      editor.getByText('Todavía hay sugerencias abiertas en el texto: acéptelas o rechácelas primero.'),
    ).toBeVisible();

    // The writer sees them as tracked changes, with who made them and when.
    await writer.goto(url);
    const body = writer.locator('#release-body');
    await expect(body.locator('ins.suggestion')).toHaveText('Hoy, ');
    await expect(body.locator('ins.suggestion')).toHaveAttribute('data-author', EDITOR);
    await expect(body.locator('del.suggestion')).toHaveText('rurales ');
    const list = writer.getByRole('region', { name: 'Sugerencias' });
    const items = list.locator('[data-suggestion-item]');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('Inserción');
    await expect(items.first()).toContainText(new RegExp(`${EDITOR}, .*\\d{1,2}:\\d{2}`));
    await expect(items.nth(1)).toContainText('Supresión');
    await capture(writer, 'suggestions-tracked');
    await writer.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolation(writer);

    // One accepted, one rejected, by keyboard.
    await list.getByRole('button', { name: `Aceptar: Inserción «Hoy, » de ${EDITOR}` }).focus();
    await writer.keyboard.press('Enter');
    await expect(items).toHaveCount(1);
    await list.getByRole('button', { name: `Rechazar: Supresión «rurales » de ${EDITOR}` }).focus();
    await writer.keyboard.press('Enter');
    await expect(list.getByText('No hay sugerencias abiertas.')).toBeVisible();
    await expect(body).toContainText('Hoy, Doce escuelas rurales de Veraguas');
    await expect(body.locator('ins.suggestion, del.suggestion')).toHaveCount(0);

    // The history names who suggested and who decided.
    await writer.goto(`${url}/history`);
    await expect(writer.getByText(`Accepted insertion “Hoy, ” suggested by ${EDITOR}`)).toBeVisible();
    await expect(writer.getByText(`Rejected deletion “rurales ” suggested by ${EDITOR}`)).toBeVisible();

    // Accepted suggestions do not make the editor an author: she may approve.
    await editor.goto(url);
    await editor.getByRole('button', { name: 'Aprobar' }).click();
    await expect(editor.getByText('Aprobado').first()).toBeVisible();
  });
});
