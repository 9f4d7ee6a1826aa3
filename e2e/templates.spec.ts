import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation, saveStatus } from './look';

test('an editor adds a press officer to the directory; a writer starts from a template and picks them with the keyboard', async ({
  regionalEditorPage: editor,
  writerPage: writer,
}) => {
  const run = Date.now();
  const officer = `Inés Zamora ${run}`;

  await editor.goto('/workspace');
  await editor
    .getByRole('navigation', { name: 'Espacio de trabajo' })
    .getByRole('link', { name: 'Responsables de prensa' })
    .click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Responsables de prensa' })).toBeVisible();
  await capture(editor, 'press-officers');
  await expectNoAxeViolation(editor);
  await editor.getByRole('link', { name: 'Añadir un responsable de prensa' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Añadir un responsable de prensa' })).toBeVisible();
  await editor.getByLabel('Oficina', { exact: true }).selectOption({ label: 'ACI Panamá' });
  await editor.getByLabel('Nombre', { exact: true }).fill(officer);
  await editor.getByLabel('Cargo').fill('Portavoz en Colón');
  await editor.getByLabel('Correo electrónico').fill(`ines.${run}@example.org`);
  await editor.getByLabel('Teléfono 1').fill('+00 507 555 0777');
  await editor.getByRole('checkbox', { name: 'Español' }).check();
  await editor.getByRole('button', { name: 'Añadir al directorio' }).click();
  await expect(editor.getByText('Responsable de prensa añadido al directorio.')).toBeVisible();
  await expect(editor.getByRole('heading', { level: 3, name: new RegExp(officer) })).toBeVisible();

  await editor.goto('/workspace/templates');
  await capture(editor, 'templates-list');
  await editor.getByRole('link', { name: 'Respuesta en Darién' }).click();
  await expect(editor.getByLabel('Nombre de la plantilla')).toHaveValue('Respuesta en Darién');
  await capture(editor, 'template-editor');

  // The writer starts from their office's template: its boilerplate, topics and contacts come with it.
  await writer.goto('/workspace');
  await writer.getByRole('main').getByRole('link', { name: 'Nuevo comunicado' }).click();
  await writer.getByLabel('Título').fill(`Agua segura en Colón ${run}`);
  await writer.getByRole('radio', { name: /Respuesta en Darién/ }).check();
  await expect(writer.getByRole('combobox', { name: 'Idioma' })).toBeDisabled();
  await capture(writer, 'new-release-chooser');
  await expectNoAxeViolation(writer);
  await writer.getByRole('button', { name: 'Crear el borrador' }).click();
  await expect(writer).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);

  const body = writer.getByRole('textbox', { name: 'Texto', exact: true });
  await expect(body.getByRole('heading', { name: 'Sobre la respuesta en Darién' })).toBeVisible();
  await expect(body.getByRole('heading', { name: 'Notas para los editores' })).toBeVisible();
  await expect(writer.getByRole('group', { name: 'Contacto 1' }).getByLabel('Nombre')).toHaveValue('Elena Morales');
  await expect(writer.getByRole('checkbox', { name: 'Emergencias' })).toBeChecked();

  // Picking from the directory, keyboard only: the release's office comes first, the search narrows it.
  const pick = writer.getByRole('button', { name: 'Elegir del directorio' });
  await pick.focus();
  await writer.keyboard.press('Enter');
  const search = writer.getByRole('combobox', { name: /Buscar un responsable de prensa/ });
  await expect(search).toBeFocused();
  await expect(writer.getByRole('group', { name: 'Oficina del comunicado' })).toBeVisible();
  await capture(writer, 'directory-picker');
  await writer.keyboard.type('Zamora');
  await expect(writer.getByRole('option')).toHaveCount(1);
  await expect(writer.getByRole('option', { name: new RegExp(officer) })).toHaveAttribute('aria-selected', 'true');
  await writer.keyboard.press('Enter');
  await expect(search).toHaveCount(0);
  await expect(pick).toBeFocused();

  const picked = writer.getByRole('group', { name: 'Contacto 3' });
  await expect(picked.getByLabel('Nombre')).toHaveValue(officer);
  await expect(picked.getByLabel('Cargo')).toHaveValue('Portavoz en Colón');
  await expect(picked.getByLabel('Teléfono 1')).toHaveValue('+00 507 555 0777');
  await expect(saveStatus(writer)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });

  // What was saved is the copy: it is there after a reload, with the boilerplate.
  await writer.reload();
  await expect(writer.getByRole('group', { name: 'Contacto 3' }).getByLabel('Nombre')).toHaveValue(officer);
  await expect(
    writer.getByRole('textbox', { name: 'Texto', exact: true }).getByText('Las visitas de prensa a las estaciones'),
  ).toBeVisible();
});

test('a writer reads the directory but cannot change it, and has no template screen', async ({ writerPage: page }) => {
  await page.goto('/workspace/press-officers');
  await expect(page.getByRole('heading', { level: 1, name: 'Responsables de prensa' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Añadir un responsable de prensa' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Modificar la ficha/ })).toHaveCount(0);
  for (const path of ['/workspace/press-officers/new', '/workspace/templates', '/workspace/templates/new']) {
    expect((await page.goto(path))!.status()).toBe(404);
  }
});
