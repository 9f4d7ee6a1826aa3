import type { Page } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../test/smtp-sink';
import { writeRelease } from './drafts';
import { expect, test } from './fixtures';
import { capture, expectNoAxeViolation } from './look';

// Each run imports its own journalist and writes its own release, so a second run on the same server starts afresh.
const run = Date.now();
const TITLE = `Agua de lluvia para las escuelas de Veraguas ${run}`;
const SLUG = `agua-de-lluvia-para-las-escuelas-de-veraguas-${run}`;
const LIST = `Correspondants sous embargo ${run}`;
const JOURNALIST = { name: `Jane Harper ${run}`, email: `jane.harper.${run}@wire.example` };
const CSV = ['name,outlet,email,languages', `${JOURNALIST.name},Global Wire,${JOURNALIST.email},en`].join('\r\n');
const ZONE = 'America/Panama';
const DAY = 86_400_000;

/** The release's publication time `days` from now, to the minute, and as the office's clock reads it. */
function timeIn(days: number) {
  const at = new Date(Math.ceil((Date.now() + days * DAY) / 60_000) * 60_000);
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(' ', 'T');
  const clock = (timeZone: string, locale = 'en') =>
    new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(at);
  // The mail speaks the journalist's English; the link's page, the release's Spanish.
  return {
    at,
    local,
    office: clock(ZONE),
    utc: clock('UTC'),
    utcInSpanish: clock('UTC', 'es'),
    utcInFrench: clock('UTC', 'fr'),
  };
}

let sink: SmtpSink;

test.beforeAll(async () => {
  // The server mails over SMTP to this port (playwright.config.ts).
  sink = await startSmtpSink({ port: Number(process.env.E2E_SMTP_PORT) });
});

test.afterAll(async () => {
  await sink?.close();
});

/** The messages the app sent the journalist so far, oldest first, once there are `count` of them. */
async function mailsToJournalist(count: number) {
  const mine = () => sink.received.filter((mail) => mail.to.includes(JOURNALIST.email));
  await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(count);
  return mine().map((mail) => ({ subject: mail.parsed!.subject ?? '', text: mail.parsed!.text ?? '' }));
}

/** An HQ editor imports the journalist from a CSV file and puts them on a new list. */
async function importJournalist(page: Page) {
  await page.goto('/workspace/contacts/import');
  await page
    .getByLabel('Fichier CSV')
    .setInputFiles({ name: `embargo-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${CSV}\r\n`) });
  await page.getByRole('button', { name: 'Aperçu' }).click();
  const preview = page.getByRole('region', { name: 'Les premières lignes du fichier' });
  await expect(preview.getByRole('cell', { name: JOURNALIST.name })).toBeVisible();
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('region', { name: '1 contact importé.' })).toBeVisible();

  await page.goto('/workspace/contacts/lists');
  await page.getByLabel('Nom de la liste').fill(LIST);
  await page.getByRole('button', { name: 'Créer la liste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: LIST })).toBeVisible();
  await page
    .getByRole('region', { name: 'Ajouter un contact' })
    .getByLabel('Ajouter un contact')
    .selectOption({ label: `${JOURNALIST.name} <${JOURNALIST.email}>` });
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByRole('heading', { name: '1 contact' })).toBeVisible();
}

test.describe('an advance send under embargo', () => {
  test('an editor sends a scheduled release ahead to an imported list; the journalist reads it before it is public, hears when it moves, and lands on the public page once published', async ({
    writerPage,
    hqEditorPage: editor,
    browser,
  }) => {
    test.setTimeout(240_000);
    await importJournalist(editor);

    // The Panama writer writes the release and submits it; the editor approves and schedules it.
    const url = await writeRelease(writerPage, TITLE);
    await writerPage.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(writerPage).toHaveURL(/done=submit/);
    await editor.goto(url);
    await editor.getByRole('button', { name: 'Approuver' }).click();
    await expect(editor).toHaveURL(/done=approve/);
    const first = timeIn(2);
    await editor.getByLabel('Publier le').fill(first.local);
    await editor.getByRole('button', { name: 'Programmer la publication' }).click();
    await expect(editor).toHaveURL(/done=schedule/);

    // The advance send: the list, the embargo line the journalists will read, and a confirmation.
    await editor.getByRole('link', { name: 'Envoyer à l’avance sous embargo' }).first().click();
    await expect(editor.getByRole('heading', { level: 1 })).toContainText('Envoi anticipé sous embargo');
    const form = editor.getByRole('region', { name: 'Envoyer à l’avance à des listes de médias' });
    await expect(form).toContainText(`(${first.utcInFrench} UTC)`);
    await capture(editor, 'embargo-send-form');
    await form.getByRole('button', { name: 'Envoyer sous embargo' }).click();
    await expect(form.getByText('Choisissez au moins une liste.')).toBeVisible();
    await form.getByRole('checkbox', { name: LIST }).check();
    await form.getByRole('checkbox', { name: /^Je confirme/ }).check();
    await form.getByRole('button', { name: 'Envoyer sous embargo' }).click();
    await expect(form.getByText('Envoyé : les messages partent.')).toBeVisible();
    const recipients = editor.getByRole('region', { name: 'Destinataires (1)' });
    await expect(recipients).toContainText(JOURNALIST.email);
    await expectNoAxeViolation(editor);
    await capture(editor, 'embargo-sent');

    // The journalist's message says the embargo, with the office's zone and UTC, in the subject and on top.
    const [advance] = await mailsToJournalist(1);
    const line = `EMBARGOED UNTIL`;
    expect(advance!.subject).toMatch(new RegExp(`^${line} .*${first.office} Eastern Standard Time \\(Panama\\)`));
    expect(advance!.subject).toContain(`(${first.utc} UTC) – ${TITLE}`);
    expect(advance!.text.startsWith(advance!.subject.split(' – ')[0]!)).toBe(true);
    const link = /https?:\/\/\S+\/embargo\/[A-Za-z0-9_-]{43}/.exec(advance!.text)?.[0];
    expect(link).toBeDefined();
    expect(advance!.text).not.toContain(`/news/${SLUG}`);

    // Before publication, the link shows the text; the public page does not exist.
    const journalist = await (await browser.newContext()).newPage();
    await journalist.goto(link!);
    await expect(journalist.getByRole('banner')).toContainText('EMBARGO HASTA EL');
    await expect(journalist.getByRole('banner')).toContainText(`(${first.utcInSpanish} UTC)`);
    await expect(journalist.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expectNoAxeViolation(journalist);
    await capture(journalist, 'embargo-link');
    expect((await journalist.request.get(`/es/news/${SLUG}`)).status()).toBe(404);

    // The editor moves the publication: the journalist hears of the new time, and the link still opens.
    await editor.goto(url);
    const later = timeIn(3);
    await editor.getByLabel('Nouvelle heure de publication').fill(later.local);
    await capture(editor, 'embargo-release-scheduled');
    await editor.getByRole('button', { name: 'Déplacer la publication' }).click();
    await expect(editor).toHaveURL(/done=schedule/);
    const [, moved] = await mailsToJournalist(2);
    expect(moved!.subject.startsWith('Embargo moved to ')).toBe(true);
    expect(
      moved!.subject.endsWith(`${later.office} Eastern Standard Time (Panama) (${later.utc} UTC) – ${TITLE}`),
    ).toBe(true);
    expect(moved!.text).toContain('Your link still works.');
    expect(moved!.text).not.toMatch(/do not use/i);
    await journalist.goto(link!);
    await expect(journalist.getByRole('banner')).toContainText(`(${later.utcInSpanish} UTC)`);

    // Published: the same link leads to the public page.
    await editor.goto(url);
    await editor.getByRole('button', { name: 'Publier maintenant' }).click();
    await editor.getByRole('dialog').getByRole('button', { name: 'Oui, le publier' }).click();
    await expect(editor).toHaveURL(/done=publish/);
    await journalist.goto(link!);
    await expect(journalist).toHaveURL(new RegExp(`/es/news/${SLUG}$`));
    await expect(journalist.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    // The report shows the advance send, its notice, and the two openings of the link under embargo.
    await editor.getByRole('link', { name: 'Rapport de diffusion' }).click();
    await expect(editor.getByRole('heading', { level: 1 })).toContainText('Rapport de diffusion');
    const mailing = editor.getByRole('article', { name: 'Envoi anticipé sous embargo' });
    const figure = (label: string) =>
      mailing.locator('div', { has: editor.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    await expect(figure('Ouvertures des liens sous embargo')).toHaveText('2');
    await expect(editor.getByRole('article', { name: 'Avis d’embargo' })).toBeVisible();
    await expectNoAxeViolation(editor);
    await capture(editor, 'embargo-report');
  });
});
