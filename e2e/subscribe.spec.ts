import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation } from './look';

const run = Date.now().toString(36);
const address = (name: string) => `${name}.${run}@example.net`;

/** The last message queued for an address, read by an admin on the mail queue screen. */
async function lastMailTo(admin: Page, email: string): Promise<string> {
  await admin.goto('/workspace/admin/outbox');
  const message = admin
    .getByRole('listitem')
    .filter({ hasText: `À ${email}` })
    .first();
  await expect(message).toBeVisible();
  return (await message.locator('pre').textContent()) ?? '';
}
const linkIn = (body: string, path: RegExp) => {
  const match = new RegExp(`https?://\\S+${path.source}`).exec(body);
  expect(match, `no link matching ${path} in:\n${body}`).not.toBeNull();
  return match![0];
};

test.describe('subscribing to releases', () => {
  test('a reader without JavaScript subscribes, confirms by the mailed link, changes a choice and unsubscribes', async ({
    browser,
    adminPage,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = address('reader');

    // Every portal page links to the form.
    await page.goto('/en/news');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Subscribe to our releases' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Subscribe to our press releases' })).toBeVisible();
    await capture(page, 'subscribe-form-en');

    // A wrong address is refused with a clear message, keeping what was chosen.
    await page.getByLabel('E-mail address').fill('not an address');
    await page.getByLabel('Second choice').selectOption({ label: 'Español' });
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByText('Enter a valid e-mail address, such as name@example.org.')).toBeVisible();
    await expect(page.getByLabel('Second choice')).toHaveValue('es');

    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Regional Office for the Americas, whole region').check();
    await page.getByLabel('Health', { exact: true }).check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(/\/en\/subscribe\/sent$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
    await capture(page, 'subscribe-sent-en');

    const confirmation = await lastMailTo(adminPage, email);
    expect(confirmation).toContain('Someone, probably you');
    const confirmLink = linkIn(confirmation, /\/en\/subscribe\/confirm\/[A-Za-z0-9_-]{43}/);

    // Opening the link confirms nothing by itself: a button does.
    await page.goto(confirmLink);
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm your subscription' })).toBeVisible();
    await capture(page, 'subscribe-confirm-en');
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await expect(page).toHaveURL(/\/en\/subscribe\/preferences\/s\.[^?]+\?notice=confirmed$/);
    await expect(page.getByText('Your subscription is confirmed.')).toBeVisible();
    await expect(page.getByText(`Address: ${email}`)).toBeVisible();
    await expect(page.getByText('Active: you receive our press releases.')).toBeVisible();
    await expect(page.getByLabel('Regional Office for the Americas, whole region')).toBeChecked();
    await expect(page.getByLabel('Second choice')).toHaveValue('es');
    await capture(page, 'subscribe-preferences-en');
    const preferences = page.url().replace(/\?.*$/, '');

    // The same link again: no longer valid, with a 404 whose words need no JavaScript.
    expect((await page.goto(confirmLink))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
    expect((await page.goto(`${preferences.slice(0, -4)}AAAA`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();

    // Asking again for an active address gives the same answer, and mails the preferences link.
    await page.goto('/en/subscribe');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
    expect(linkIn(await lastMailTo(adminPage, email), /\/en\/subscribe\/preferences\/\S+/)).toBe(preferences);

    await page.goto(preferences);
    await page.getByLabel('Health', { exact: true }).uncheck();
    await page.getByLabel('Climate and environment').check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await expect(page.getByText('Your choices are saved.')).toBeVisible();
    await expect(page.getByLabel('Climate and environment')).toBeChecked();
    await expect(page.getByLabel('Health', { exact: true })).not.toBeChecked();

    await page.getByRole('button', { name: 'Pause my subscription' }).click();
    await expect(page.getByText('Paused: you receive nothing until you resume.')).toBeVisible();
    await page.getByRole('button', { name: 'Resume my subscription' }).click();
    await expect(page.getByText('Active: you receive our press releases.')).toBeVisible();

    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(
      page.getByText('You are unsubscribed. You will receive no more press releases from us.'),
    ).toBeVisible();
    await expect(page.getByText('Unsubscribed: you receive nothing.')).toBeVisible();
    await context.close();
  });

  test('a mail provider unsubscribes a reader in one click; opening the address only shows the preferences', async ({
    browser,
    adminPage,
    request,
  }) => {
    const page = await browser.newPage();
    const email = address('one-click');
    await page.goto('/es/subscribe');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByRole('button', { name: 'Suscribirme' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Revise su correo' })).toBeVisible();
    await page.goto(linkIn(await lastMailTo(adminPage, email), /\/es\/subscribe\/confirm\/\S+/));
    await page.getByRole('button', { name: 'Confirmar mi suscripción' }).click();
    await expect(page.getByText('Su suscripción está confirmada.')).toBeVisible();
    const token = /\/preferences\/([^?]+)/.exec(page.url())![1]!;

    const opened = await request.get(`/api/unsubscribe/${token}`, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers()['location']).toMatch(
      new RegExp(`/es/subscribe/preferences/${token.replace(/\./g, '\\.')}$`),
    );

    // From the provider's own server: no cookie, no Origin.
    for (let i = 0; i < 2; i++) {
      const response = await request.post(`/api/unsubscribe/${token}`, {
        form: { 'List-Unsubscribe': 'One-Click' },
      });
      expect(response.status()).toBe(200);
    }
    await page.reload();
    await expect(page.getByText('Dada de baja: no recibe nada.')).toBeVisible();
    expect(
      (await request.post(`/api/unsubscribe/${token}x`, { form: { 'List-Unsubscribe': 'One-Click' } })).status(),
    ).toBe(404);
    expect((await page.goto(`/es/subscribe/preferences/${token}x`))?.status()).toBe(404);
    await page.close();
  });

  test('the form and its pages read well in French, with nothing for axe to find', async ({ page, adminPage }) => {
    const email = address('lectrice');
    await page.goto('/fr/subscribe');
    await expect(page.getByRole('heading', { level: 1, name: 'Recevoir nos communiqués de presse' })).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'subscribe-form-fr');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('ACI Sénégal').check();
    await page.getByRole('button', { name: 'M’abonner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' })).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'subscribe-sent-fr');
    await page.goto(linkIn(await lastMailTo(adminPage, email), /\/fr\/subscribe\/confirm\/\S+/));
    await expect(page.getByRole('heading', { level: 1, name: 'Confirmez votre abonnement' })).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'subscribe-confirm-fr');
    await page.getByRole('button', { name: 'Confirmer mon abonnement' }).click();
    await expect(page.getByText('Votre abonnement est confirmé.')).toBeVisible();
    await expect(page.getByLabel('ACI Sénégal')).toBeChecked();
    await expectNoAxeViolation(page);
    await capture(page, 'subscribe-preferences-fr');
    const response = await page.goto(`/fr/subscribe/confirm/${'x'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await expect(page.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' })).toBeVisible();
    await expectNoAxeViolation(page);
    await capture(page, 'subscribe-invalid-link-fr');
  });
});
