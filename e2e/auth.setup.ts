import { expect, test as setup } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS, storageStateOf, type Persona } from './personas';

for (const [persona, email] of Object.entries(PERSONAS) as [Persona, string][]) {
  setup(`sign in as ${persona}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    await context.storageState({ path: storageStateOf(persona) });
    await context.close();
  });
}
