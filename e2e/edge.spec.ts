import type { APIRequestContext, Page } from '@playwright/test';
import { demoRelease, releaseUrl } from './demo';
import { startSpanishDraft } from './drafts';
import { EDGE_ORIGIN, EDGE_SECRET, startEdge, varnishdInstalled, type Edge } from './edge';
import { expect, test } from './fixtures';

// The portal through Varnish (deploy/varnish/communique.vcl, started as `npm run edge` does) in front
// of the end-to-end server, which purges it after every invalidation. Each test reads the edge as a
// visitor would: what it answers, and whether from its copy (X-Edge-Cache: HIT, MISS or PASS).

const installed = varnishdInstalled();
if (!installed) {
  console.log('e2e/edge.spec.ts skipped: varnishd is not installed (apt-get install varnish varnish-modules).');
}

test.describe.configure({ mode: 'serial' });
test.skip(!installed, 'varnishd is not installed');

const atEdge = (path: string) => `${EDGE_ORIGIN}${path}`;
const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const REVALIDATE_SECRET = process.env.REVALIDATE_SECRET ?? 'e2e-only-revalidate-secret';
// Approved in the demo newsroom and touched by no other spec: published, then withdrawn, here.
const returnee = demoRelease('bangladesh-returnee-skills-recognition-en');
const mekong = demoRelease('asia-pacific-mekong-resilience-study-en');
const FLIGHT_DATA = /^\d+:|\$Sreact/m;

let edge: Edge | undefined;
test.beforeAll(async () => {
  if (installed) edge = await startEdge();
});
test.afterAll(async () => {
  await edge?.stop();
});

async function fromEdge(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(atEdge(path), { headers, maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-edge-cache'], response };
}

/** Reads a page at the edge until the edge answers it from its copy. */
async function cachedAtEdge(request: APIRequestContext, path: string) {
  await expect.poll(async () => (await fromEdge(request, path)).cache).toBe('HIT');
}

/** An editor takes a workflow step on the release's workspace page, through the edge. */
async function takeStep(editor: Page, workspaceUrl: string, step: string, confirm: string) {
  await editor.goto(workspaceUrl);
  await editor.getByRole('button', { name: step, exact: true }).click();
  await editor.getByRole('dialog').getByRole('button', { name: confirm }).click();
  // Done: the release has moved on, and the buttons with it.
  await expect(editor.getByRole('button', { name: step, exact: true })).toHaveCount(0, { timeout: 20_000 });
}

test.describe('the portal through the edge', () => {
  test('keeps a public page, tells browsers to ask again each time, and lists its surrogate keys', async ({
    request,
  }) => {
    const path = releaseUrl(mekong);
    await cachedAtEdge(request, path);
    const { response } = await fromEdge(request, path);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('max-age=0, must-revalidate');
    expect(response.headers()['surrogate-control']).toBeUndefined();
    expect(response.headers()['surrogate-key']).toContain(`publication:en:${mekong.slug}`);
    expect(response.headers()['cache-tag']).toContain(`publication:en:${mekong.slug},`);
    expect(response.headers()).not.toHaveProperty('xkey');
    // A browser asking again gets a 304 from the edge's copy.
    const again = await request.get(atEdge(path), {
      headers: { 'if-modified-since': response.headers()['last-modified']! },
    });
    expect(again.status()).toBe(304);
  });

  for (const first of ['flight data', 'the document'] as const) {
    test(`never serves flight data to a document request, nor a document to a client navigation, ${first} cached first`, async ({
      request,
    }) => {
      // `?_rsc` is the address Next's router asks for flight data with no router state to send.
      const page = first === 'flight data' ? releaseUrl(mekong) : '/en/news';
      const flight = { rsc: '1' };
      const [cachedFirst, askedNext] = first === 'flight data' ? [flight, {}] : [{}, flight];
      // Another spec's change may purge the page meanwhile: the sequence is tried again then, on an
      // address of its own (a parameter the page ignores), so that neither variant is cached yet.
      // Each answer must be the variant asked for, whichever the edge holds already.
      const ask = async (path: string, headers: Record<string, string>) => {
        const { cache, response } = await fromEdge(request, path, headers);
        const body = await response.text();
        if (headers === flight) {
          expect(response.headers()['content-type']).toContain('text/x-component');
          expect(body).toMatch(FLIGHT_DATA);
        } else {
          expect(response.headers()['content-type']).toContain('text/html');
          expect(body).toMatch(/^<!DOCTYPE html>/);
        }
        return cache;
      };
      let attempt = 0;
      await expect(async () => {
        const path = `${page}?_rsc&attempt=${first === 'flight data' ? 'f' : 'd'}${(attempt += 1)}-${Date.now()}`;
        expect(await ask(path, cachedFirst)).toBe('MISS');
        expect(await ask(path, cachedFirst)).toBe('HIT');
        expect(await ask(path, askedNext)).toBe('MISS');
        expect(await ask(path, askedNext)).toBe('HIT');
        expect(await ask(path, cachedFirst)).toBe('HIT');
      }).toPass({ timeout: 20_000 });
    });
  }

  test('navigates on the client in Chromium without showing flight data or reloading', async ({ page }) => {
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await page.goto(atEdge('/en/news'));
    const targets = [releaseUrl(mekong), '/en', '/en/news', releaseUrl(mekong)];
    for (const target of targets) {
      await page.evaluate(
        (url) => (window as unknown as { next: { router: { push: (u: string) => void } } }).next.router.push(url),
        target,
      );
      await expect(page).toHaveURL(atEdge(target));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('body')).not.toContainText(FLIGHT_DATA);
    }
    // Every page came as flight data through the edge: no document request, so no reload either.
    expect(documents).toEqual([atEdge('/en/news')]);

    // A document request for an address whose flight data the edge now holds still gets the page.
    await page.goto(atEdge(releaseUrl(mekong)));
    await expect(page.getByRole('heading', { level: 1, name: mekong.title })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(FLIGHT_DATA);
    expect(documents).toHaveLength(2);
  });

  let returneeWorkspaceUrl = '';

  test('shows a release at the edge as soon as it is published', async ({ hqEditorPage: editor, request }) => {
    const path = releaseUrl(returnee);
    // The address is not in use yet: the edge keeps its 404 until the publish purges it.
    await cachedAtEdge(request, path);
    expect((await fromEdge(request, path)).status).toBe(404);

    await editor.goto(atEdge('/workspace/review?state=approved'));
    await editor.getByRole('link', { name: returnee.title }).click();
    await expect(editor).toHaveURL(/\/workspace\/releases\/[0-9a-f-]{36}$/);
    returneeWorkspaceUrl = editor.url();
    await takeStep(editor, returneeWorkspaceUrl, 'Publier maintenant', 'Oui, le publier');
    await expect
      .poll(async () => (await fromEdge(request, path)).status, { timeout: 5_000, intervals: [50] })
      .toBe(200);
    expect(await (await request.get(atEdge(path))).text()).toContain(returnee.title);
    await cachedAtEdge(request, path);
  });

  test('shows the withdrawal notice at the edge as soon as the release is unpublished', async ({
    hqEditorPage: editor,
    request,
  }) => {
    const path = releaseUrl(returnee);
    await cachedAtEdge(request, path);
    expect((await fromEdge(request, path)).status).toBe(200);

    await takeStep(editor, returneeWorkspaceUrl, 'Retirer du site public', 'Oui, le retirer');
    await expect
      .poll(async () => (await fromEdge(request, path)).status, { timeout: 5_000, intervals: [50] })
      .toBe(410);
    expect(await (await request.get(atEdge(path))).text()).toContain('This press release has been withdrawn');
    await cachedAtEdge(request, path);
  });
});

test.describe('what the edge never keeps', () => {
  test("a writer's workspace pages: never cached, never served to anyone else", async ({
    writerPage: writer,
    otherWriterPage: otherWriter,
    browser,
  }) => {
    const draft = await startSpanishDraft(writer, `Borrador solo para su autor ${Date.now().toString(36)}`);
    const draftPath = new URL(draft).pathname;
    for (const path of ['/workspace', draftPath]) {
      for (let visit = 0; visit < 2; visit += 1) {
        const response = await writer.goto(atEdge(path));
        expect(response!.status()).toBe(200);
        expect(response!.headers()['x-edge-cache']).toBe('PASS');
        expect(response!.headers()['cache-control']).toMatch(/no-store|private/);
      }
      await expect(writer.getByText('Andrés Quintero').first()).toBeVisible();
    }
    // A writer of another office gets the same 404 as for a draft that does not exist.
    expect((await otherWriter.goto(atEdge(draftPath)))!.status()).toBe(404);
    // Someone signed out is sent to sign in, and sees nothing of the writer's.
    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    for (const path of ['/workspace', draftPath]) {
      await visitor.goto(atEdge(path));
      await expect(visitor).toHaveURL(/\/login/);
      await expect(visitor.locator('body')).not.toContainText('Andrés Quintero');
    }
    await stranger.close();
    // Even a public page goes to the app for someone signed in: it may show who they are.
    expect((await writer.goto(atEdge('/en')))!.headers()['x-edge-cache']).toBe('PASS');
  });

  test('a preview link: never cached, and gone at the edge as soon as it is revoked', async ({
    writerPage: writer,
    browser,
  }) => {
    const draft = await startSpanishDraft(writer, `Vista previa para un socio ${Date.now().toString(36)}`);
    await writer.goto(`${draft}/preview-links`);
    await writer.getByLabel('Válido durante').selectOption('3');
    await writer.getByRole('button', { name: 'Crear un enlace' }).click();
    const address = await writer
      .getByRole('status')
      .filter({ hasText: 'Copie esta dirección ahora' })
      .locator('.font-mono')
      .textContent();
    const path = new URL(address!).pathname;

    const stranger = await browser.newContext();
    const partner = await stranger.newPage();
    for (let visit = 0; visit < 2; visit += 1) {
      const response = await partner.goto(atEdge(path));
      expect(response!.status()).toBe(200);
      expect(response!.headers()['x-edge-cache']).toBe('PASS');
      expect(response!.headers()['cache-control']).toContain('no-store');
    }
    await writer
      .getByRole('button', { name: /^Revocar el enlace a la revisión \d+$/ })
      .first()
      .click();
    await writer.getByRole('dialog').getByRole('button', { name: 'Sí, revocarlo' }).click();
    await expect(writer.getByRole('button', { name: /^Revocar el enlace/ })).toHaveCount(0);
    expect((await partner.goto(atEdge(path)))!.status()).toBe(404);
    await stranger.close();
  });
});

test.describe('purging the edge', () => {
  test('is refused with a wrong secret or none, and the page stays cached', async ({ request }) => {
    const path = releaseUrl(mekong);
    await cachedAtEdge(request, path);
    for (const secret of ['not-the-secret', undefined]) {
      const response = await request.fetch(EDGE_ORIGIN, {
        method: 'PURGE',
        headers: { 'xkey-purge': `publication:en:${mekong.slug}`, ...(secret ? { 'edge-purge-secret': secret } : {}) },
      });
      expect(response.status()).toBe(403);
    }
    expect((await fromEdge(request, path)).cache).toBe('HIT');

    const accepted = await request.fetch(EDGE_ORIGIN, {
      method: 'PURGE',
      headers: { 'xkey-purge': `publication:en:${mekong.slug}`, 'edge-purge-secret': EDGE_SECRET },
    });
    expect(accepted.status()).toBe(200);
    expect(Number(accepted.headers()['x-purged'])).toBeGreaterThan(0);
    expect((await fromEdge(request, path)).cache).toBe('MISS');
  });
});

test.describe('the edge stopped and started under load', () => {
  test('the app keeps answering while it is down, and it starts again empty', async ({ request }) => {
    const path = releaseUrl(mekong);
    await cachedAtEdge(request, path);
    // Requests are counted by the phase they started in; those started while the edge was
    // stopping or starting may go either way and are left out.
    type Phase = 'before' | 'stopping' | 'down' | 'starting' | 'after';
    let phase = 'before' as Phase;
    type Answer = { phase: Phase; origin: 'app' | 'edge'; started: number; status: number; cache?: string };
    const answers: Answer[] = [];
    let loading = true;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const load = async (origin: 'app' | 'edge') => {
      while (loading) {
        const started = performance.now();
        const during = phase;
        const answer = await fetch(`${origin === 'app' ? APP_ORIGIN : EDGE_ORIGIN}${path}`).then(
          async (response) => {
            await response.arrayBuffer();
            return { status: response.status, cache: response.headers.get('x-edge-cache') ?? undefined };
          },
          () => ({ status: 0 }),
        );
        answers.push({ phase: during, origin, started, ...answer });
        if (answer.status === 0) await pause(20);
      }
    };
    const loaders = [load('edge'), load('edge'), load('app'), load('app')];

    await pause(1_000);
    phase = 'stopping';
    await edge!.stop();
    phase = 'down';
    // A publication refreshed while the edge is down: the app answers, its purge waits and retries.
    const refreshed = await request.post(`${APP_ORIGIN}/api/revalidate`, {
      headers: { authorization: `Bearer ${REVALIDATE_SECRET}` },
      data: { language: 'en', slug: mekong.slug },
    });
    expect(refreshed.status()).toBe(200);
    await pause(1_000);
    phase = 'starting';
    edge = await startEdge();
    phase = 'after';
    await pause(1_500);
    loading = false;
    await Promise.all(loaders);

    const of = (name: Answer['phase'], origin: Answer['origin']) =>
      answers
        .filter((answer) => answer.phase === name && answer.origin === origin)
        .sort((a, b) => a.started - b.started);
    for (const name of ['before', 'down', 'after'] as const) {
      expect(of(name, 'app').length, `app requests ${name}`).toBeGreaterThan(0);
      expect(
        of(name, 'app').map((answer) => answer.status),
        `app ${name}`,
      ).toEqual(of(name, 'app').map(() => 200));
    }
    expect(of('before', 'edge').map((answer) => answer.status)).toEqual(of('before', 'edge').map(() => 200));
    expect(of('down', 'edge').length).toBeGreaterThan(0);
    expect(of('down', 'edge').every((answer) => answer.status === 0)).toBe(true);
    const after = of('after', 'edge');
    expect(after.map((answer) => answer.status)).toEqual(after.map(() => 200));
    // Restarted empty: one of the first answers of the new edge (two loaders race for the first) came
    // from the app, and the next ones from its copy.
    const restarted = [...of('starting', 'edge'), ...after].filter((answer) => answer.status === 200);
    restarted.sort((a, b) => a.started - b.started);
    expect(restarted.slice(0, 2).map((answer) => answer.cache)).toContain('MISS');
    expect(after.some((answer) => answer.cache === 'HIT')).toBe(true);
  });
});
