import type { Page } from '@playwright/test';
import { LOCALES } from '@/lib/i18n/locales';
import { expect, test } from './fixtures';

// People read words, never the codes behind them: a missing message shows as its key
// ("AdminAudit.heading"), an enum value or stored code as itself ("sign_in.succeeded",
// "changes_requested", "America/Panama"). Every page below is read as its visitor reads it.

const CODE_PATTERNS: [string, RegExp][] = [
  ['message key', /\b[A-Z][A-Za-z]+(?:\.[a-zA-Z_]+)+\b/],
  ['dotted code', /\b[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)+\b|\b[a-z]+_[a-z]+\.[a-z_]+\b/],
  ['snake_case value', /\b[a-z]+_[a-z]+(?:_[a-z]+)*\b/],
  ['time zone id', /\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]+\b/],
];

/** The page's visible text, less what legitimately holds dots: e-mail addresses, web addresses, file names. */
async function visibleWords(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  return text
    .replace(/\S+@\S+/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\b[\w.-]+\.(?:pdf|jpe?g|png|webp|gif|svg|txt|csv|xml|docx?|xlsx?)\b/gi, ' ');
}

async function expectOnlyWords(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  const text = await visibleWords(page);
  const found = CODE_PATTERNS.flatMap(([kind, pattern]) => {
    const match = pattern.exec(text);
    return match ? [`${kind}: “${match[0]}”`] : [];
  });
  expect(found, `codes shown on ${url}`).toEqual([]);
}

const ADMIN_PAGES = [
  '/workspace',
  '/workspace/admin/audit',
  '/workspace/admin/offices',
  '/workspace/admin/users',
  '/workspace/admin/topics',
  '/workspace/admin/menus',
  '/workspace/admin/outbox',
  '/workspace/admin/import',
  '/workspace/notifications',
  '/workspace/media',
  '/workspace/pages',
  '/workspace/picks',
  '/workspace/contacts',
  '/workspace/contacts/import',
  '/workspace/contacts/lists',
  '/workspace/account',
];
const EDITOR_PAGES = [
  '/workspace',
  '/workspace/review',
  '/workspace/notifications',
  '/workspace/contacts',
  '/workspace/contacts/lists',
  '/workspace/account',
];

test('the admin’s workspace in French shows words, not codes', async ({ adminPage: page }) => {
  for (const url of ADMIN_PAGES) await expectOnlyWords(page, url);
  const [firstOffice] = await page
    .goto('/workspace/admin/offices')
    .then(() =>
      page
        .locator('a[href^="/workspace/admin/offices/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!)),
    );
  await expectOnlyWords(page, firstOffice!);
});

test('an editor’s workspace in English shows words, not codes', async ({ deskEditorPage: page }) => {
  for (const url of EDITOR_PAGES) await expectOnlyWords(page, url);
});

test('an editor’s workspace in Spanish shows words, not codes', async ({ regionalEditorPage: page }) => {
  for (const url of EDITOR_PAGES) await expectOnlyWords(page, url);
});

for (const locale of LOCALES) {
  test(`the portal’s office pages in ${locale} show words, not codes`, async ({ page }) => {
    for (const office of ['hq', 'americas', 'panama', 'mexico', 'niger'])
      await expectOnlyWords(page, `/${locale}/offices/${office}`);
  });
}

test('the audit log names what happened in the reader’s language', async ({ adminPage: page }) => {
  // Other specs add entries meanwhile: each check filters the log to the action it reads.
  await page.goto('/workspace/admin/audit?action=sign_in.succeeded');
  await expect(page.locator('ol > li').getByText('Connexion', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('sign_in.succeeded')).toHaveCount(0);
  // The seed's demo import was done by no person: the log says what did it.
  await page.goto('/workspace/admin/audit?action=release.imported');
  const byImporter = page.locator('ol > li').filter({ hasText: 'Import de l’ancien site' }).first();
  await expect(byImporter).toContainText('Communiqué importé');
});

test('the French office page gives the city in French', async ({ page }) => {
  await page.goto('/fr/offices/panama');
  await expect(page.getByRole('main').getByText('Panama', { exact: true })).toBeVisible();
  await expect(page.getByText('Panama City')).toHaveCount(0);
});
