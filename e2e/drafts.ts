import { expect, type Page } from '@playwright/test';

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
