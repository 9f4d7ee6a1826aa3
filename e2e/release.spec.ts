import { expect, test } from '@playwright/test';
import { demoPage, demoRelease, releaseUrl } from './demo';

const panamaFr = demoRelease('panama-labour-corridor-fr');
const panamaEn = demoRelease('panama-labour-corridor-en');
const panamaEs = demoRelease('panama-labour-corridor-es');

test.describe('a release page', () => {
  test('shows the title, office, summary and the dateline with the date in the page language', async ({ page }) => {
    await page.goto(releaseUrl(panamaFr));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(panamaFr.title);
    const article = page.getByRole('article').first();
    await expect(article.getByRole('link', { name: 'ACI Panama' })).toHaveAttribute('href', '/fr/offices/panama');
    await expect(article).toContainText(panamaFr.summary);
    await expect(article.locator('.dateline')).toHaveText(/^Ville de Panama, \d{1,2} [a-zéû]+\.? \d{4} –$/);

    await page.goto(releaseUrl(panamaEn));
    await expect(page.getByRole('article').first().locator('.dateline')).toHaveText(
      /^Panama City, [A-Z][a-z]+ \d{1,2}, \d{4} –$/,
    );
  });

  test('offers a contact card with links that a phone can call and a mail client can open', async ({ page }) => {
    await page.goto(releaseUrl(panamaFr));
    const card = page.getByRole('region', { name: 'Contact presse' });
    await expect(card).toContainText('Lucía Herrera');
    await expect(card).toContainText('Chargée de communication');
    await expect(card).toContainText('ACI Panama');
    await expect(card.getByRole('link', { name: '+507 6555 0187' })).toHaveAttribute('href', 'tel:+50765550187');
    await expect(card.getByRole('link', { name: 'lherrera@example.org' })).toHaveAttribute(
      'href',
      'mailto:lherrera@example.org',
    );
  });

  test('links to the other languages, related releases and share targets', async ({ page }) => {
    await page.goto(releaseUrl(panamaFr));
    const others = page.getByRole('navigation', { name: "Ce communiqué dans d'autres langues" });
    await expect(others.getByRole('link', { name: panamaEn.title })).toHaveAttribute('href', releaseUrl(panamaEn));
    await expect(others.getByRole('link', { name: panamaEs.title })).toHaveAttribute('href', releaseUrl(panamaEs));
    await expect(page.getByRole('region', { name: 'Communiqués liés' }).getByRole('article').first()).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Partager' }).getByRole('link', { name: 'LinkedIn' }),
    ).toHaveAttribute('href', /linkedin\.com.*news%2Fle-panama/);
  });

  test('switches language to the same release, or to the home of a language it is not in', async ({ page }) => {
    await page.goto(releaseUrl(panamaFr));
    const languages = page.getByRole('navigation', { name: 'Langues' });
    await languages.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(releaseUrl(panamaEn));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(panamaEn.title);

    const frenchOnly = demoRelease('panama-darien-trafficking-training-fr');
    await page.goto(releaseUrl(frenchOnly));
    await expect(
      page.getByRole('navigation', { name: 'Langues' }).getByRole('link', { name: 'Español' }),
    ).toHaveAttribute('href', '/es');
  });

  test('describes itself to search engines and social networks', async ({ page }) => {
    await page.goto(releaseUrl(panamaFr));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${releaseUrl(panamaFr)}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      'href',
      new RegExp(`${releaseUrl(panamaEs)}$`),
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', panamaFr.title);
    // The demo gives this release a lead image: shared links show it, at its absolute address.
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    // At the 1200 × 630 link previews crop to, beside the image's other versions.
    expect(image).toMatch(/^https?:\/\/[^/]+\/media\/.+\/share-1200x630\.jpg$/);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /caféiers/);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);
    expect((await page.request.get(image!)).headers()['content-type']).toBe('image/jpeg');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: panamaFr.title,
      inLanguage: 'fr',
      dateline: 'Ville de Panama',
      image,
    });
  });

  test('can be read with JavaScript turned off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(releaseUrl(panamaFr));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(panamaFr.title);
    await expect(page.getByRole('article').first()).toContainText('Paso Canoas');
    await expect(page.getByRole('link', { name: 'lherrera@example.org' })).toBeVisible();
    await context.close();
  });

  test('hides the navigation, sharing and related releases when printed', async ({ page }) => {
    await page.goto(releaseUrl(panamaFr));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Partager' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Contact presse' })).toBeVisible();
  });
});

test.describe('release URLs that no longer or never showed a release', () => {
  test('answer 410 Gone with a localized page for a withdrawn release', async ({ page }) => {
    const withdrawn = demoRelease('senegal-informed-choice-caravan-fr');
    const response = await page.goto(releaseUrl(withdrawn));
    expect(response!.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ce communiqué a été retiré');
    await expect(page.getByRole('main')).toContainText(withdrawn.title);
    await expect(page.getByRole('main')).not.toContainText(withdrawn.summary);
  });

  test('show the withdrawal notice when reached by a navigation inside the portal', async ({ page }) => {
    // A page opened before the withdrawal still links to the release; the router gets the 410 and loads the page whole.
    const withdrawn = demoRelease('senegal-informed-choice-caravan-fr');
    await page.goto('/fr/news');
    const gone = page.waitForResponse(
      (response) => response.request().resourceType() === 'document' && response.url().endsWith(releaseUrl(withdrawn)),
    );
    await page.evaluate(
      (url) => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(url),
      releaseUrl(withdrawn),
    );
    expect((await gone).status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ce communiqué a été retiré');
    await expect(page.getByRole('main')).toContainText(withdrawn.title);
  });

  test('keep their status and their length when served again from the cache, and answer HEAD without a body', async ({
    request,
  }) => {
    const uncompressed = { headers: { 'accept-encoding': 'identity' } };
    for (const [url, status] of [
      [releaseUrl(panamaFr), 200],
      [releaseUrl(demoRelease('senegal-informed-choice-caravan-fr')), 410],
    ] as const) {
      await request.get(url, uncompressed);
      const cached = await request.get(url, uncompressed);
      expect(cached.status()).toBe(status);
      expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
      expect(cached.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(Number(cached.headers()['content-length'])).toBe((await cached.body()).length);
      const head = await request.head(url, uncompressed);
      expect(head.status()).toBe(status);
      expect(head.headers()['content-length']).toBe(cached.headers()['content-length']);
      expect((await head.body()).length).toBe(0);
    }
  });

  test('answer 404 for a draft, an unknown slug and an unknown page, in the page language', async ({ page }) => {
    expect(
      (await page.goto(
        releaseUrl({ language: 'fr', slug: demoRelease('mexico-seasonal-workers-study-es').slug }),
      ))!.status(),
    ).toBe(404);
    const response = await page.goto('/en/news/no-such-release');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    expect((await page.goto('/es/no/existe'))!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
  });

  test('say what happened with JavaScript turned off, from the server-rendered page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const withdrawn = demoRelease('senegal-informed-choice-caravan-fr');
    for (const [url, status, heading] of [
      [releaseUrl(withdrawn), 410, 'Ce communiqué a été retiré'],
      ['/fr/news/aucun-communique-ici', 404, 'Page introuvable'],
      ['/fr/aucune/page/ici', 404, 'Page introuvable'],
    ] as const) {
      expect((await page.goto(url))!.status()).toBe(status);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('link', { name: 'Dernières actualités' })).toBeVisible();
    }
    await context.close();
  });
});

test.describe('static and office pages', () => {
  test('serve nested static pages and switch to their translation', async ({ page }) => {
    const structure = demoPage('structure', 'fr');
    await page.goto(`/fr/${structure.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(structure.title);
    await page.getByRole('navigation', { name: 'Langues' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(`/es/${demoPage('structure', 'es').path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(demoPage('structure', 'es').title);
  });

  test('show an office, its contacts, its offices and its latest releases', async ({ page }) => {
    await page.goto('/fr/offices/west-central-africa');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Bureau régional pour l’Afrique de l’Ouest et du Centre',
    );
    await expect(page.getByRole('link', { name: 'wca.press@example.org' })).toHaveAttribute(
      'href',
      'mailto:wca.press@example.org',
    );
    await expect(page.getByRole('link', { name: 'ACI Sénégal' })).toHaveAttribute('href', '/fr/offices/senegal');
    const releases = page.getByRole('region', { name: 'Derniers communiqués' });
    await expect(releases.getByRole('heading', { name: demoRelease('niger-floods-response-fr').title })).toBeVisible();
    await expect(releases.getByRole('link', { name: /Tous les communiqués/ })).toHaveAttribute(
      'href',
      '/fr/news?region=west-central-africa',
    );
  });
});
