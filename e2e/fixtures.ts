import { test as base, type Browser, type Page } from '@playwright/test';
import { storageStateOf, type Persona } from './personas';

const signedInAs =
  (persona: Persona) =>
  async ({ browser }: { browser: Browser }, use: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ storageState: storageStateOf(persona) });
    await use(await context.newPage());
    await context.close();
  };

export const test = base.extend<{
  adminPage: Page;
  hqEditorPage: Page;
  deskEditorPage: Page;
  regionalEditorPage: Page;
  writerPage: Page;
  otherWriterPage: Page;
}>({
  adminPage: signedInAs('admin'),
  hqEditorPage: signedInAs('hqEditor'),
  deskEditorPage: signedInAs('deskEditor'),
  regionalEditorPage: signedInAs('regionalEditor'),
  writerPage: signedInAs('writer'),
  otherWriterPage: signedInAs('otherWriter'),
});

export { expect } from '@playwright/test';
