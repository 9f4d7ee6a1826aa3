import { expect, type Page } from '@playwright/test';
import { saveStatus } from './look';

/** Starts a Spanish draft from the dashboard's "New release", as a person does; returns the editor's URL. */
export async function startSpanishDraft(page: Page, title: string): Promise<string> {
  await page.goto('/workspace');
  await page.getByRole('main').getByRole('link', { name: 'Nuevo comunicado' }).click();
  await page.getByLabel('Título').fill(title);
  await page.getByLabel('Idioma').selectOption('es');
  await page.getByRole('button', { name: 'Crear el borrador' }).click();
  await expect(page).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
  return page.url();
}

/**
 * Types the first sentence key by key, as a person does, and inserts the rest as one input, as a paste
 * does: a thousand keystrokes took most of a test's time on a busy two-core machine.
 */
export async function typeLongText(page: Page, text: string) {
  const firstSentenceEnd = text.indexOf('. ') + 1;
  await page.keyboard.type(text.slice(0, firstSentenceEnd));
  await page.keyboard.insertText(text.slice(firstSentenceEnd));
}

const WORDS = Array.from(
  { length: 10 },
  () => 'Doce escuelas rurales de Veraguas guardan ahora el agua de lluvia para la estación seca.',
).join(' ');

/** A writer (or an editor) in the Spanish workspace writes a complete release; returns its workspace URL. */
export async function writeRelease(page: Page, title: string) {
  const url = await startSpanishDraft(page, title);

  await page
    .getByLabel('Entradilla')
    .fill('Doce escuelas rurales recogen ahora el agua de lluvia para la estación seca.');
  await page.getByLabel('Ciudad').fill('Santiago de Veraguas');
  await page.getByLabel('País').fill('Panamá');
  await page.getByRole('textbox', { name: 'Texto', exact: true }).click();
  await typeLongText(page, WORDS);
  await page.getByRole('checkbox', { name: 'Clima y medio ambiente' }).check();
  await page.getByRole('button', { name: 'Añadir un contacto' }).click();
  const contact = page.getByRole('group', { name: 'Contacto 1' });
  await contact.getByLabel('Nombre').fill('Ana Ríos');
  await contact.getByLabel('Teléfono 1').fill('+507 555 0100');
  await contact.getByLabel('Correo electrónico').fill('ana.rios@example.org');

  const checklist = page.getByRole('region', { name: 'Antes de enviar' });
  await expect(checklist.locator('[data-passed="false"]')).toHaveCount(0);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
  return url;
}
