import { expect, test } from '@playwright/test';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';
import { demoRelease } from './demo';

test.describe('the news listing', () => {
  test('combines filters, keeps them in the URL and in the form', async ({ page }) => {
    await page.goto('/fr/news');
    await page.getByText('Filtrer les communiqués').click();
    const filters = page.getByRole('form', { name: 'Filtrer les communiqués' });
    await filters.getByLabel('Région', { exact: true }).selectOption('west-central-africa');
    await filters.getByLabel('Thème', { exact: true }).selectOption('emergencies');
    await filters.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect(page).toHaveURL(/region=west-central-africa/);
    await expect(page).toHaveURL(/topic=emergencies/);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      demoRelease('niger-floods-response-fr').title,
    ]);
    await expect(page.getByRole('status')).toHaveText('1 communiqué');
    await expect(page.getByLabel('Région', { exact: true })).toHaveValue('west-central-africa');
  });

  test('filters by office and language, and lists every language on request', async ({ page }) => {
    await page.goto('/en/news?office=panama&language=all');
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    const panama = DEMO_RELEASES.filter((release) => release.office === 'panama' && release.state === 'published');
    // Other specs share this server and may publish more Panama releases (the importer's): all of them are Panama's.
    expect(titles).toEqual(expect.arrayContaining(panama.map((release) => release.title)));
    for (const card of await page.getByRole('main').getByRole('article').all())
      await expect(card).toContainText(/ICA Panama|ACI Panamá|ACI Panama/);
    await page.goto('/en/news?language=es&topic=health');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      demoRelease('mexico-border-health-es').title,
    ]);
  });

  test('paginates and keeps the filters on every page', async ({ page }) => {
    await page.goto('/fr/news?language=all');
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination).toContainText('Page 1 sur 3');
    await pagination.getByRole('link', { name: 'Page suivante →' }).click();
    await expect(page).toHaveURL(/language=all&page=2/);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('Page 2 sur 3');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(10);
  });

  test('says when nothing matches and offers to clear the filters', async ({ page }) => {
    await page.goto('/es/news?region=asia-pacific&topic=health&year=2001');
    await expect(page.getByText('Ningún comunicado corresponde a estos filtros.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Borrar los filtros' }).first().click();
    await expect(page).toHaveURL(/\/es\/news$/);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  });
});

test.describe('search', () => {
  test('finds French releases without their accents, ranked, with the words highlighted', async ({ page }) => {
    await page.goto('/fr/search?q=developpement');
    const results = page.getByRole('main').getByRole('listitem');
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/d[ée]veloppement/i);
    const plain = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    await page.goto('/fr/search?q=d%C3%A9veloppement');
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual(plain);
  });

  test('marks the words a title matched in the title, which stays whole', async ({ page }) => {
    await page.goto('/fr/search?q=mobilite');
    const heading = page
      .getByRole('main')
      .getByRole('heading', { level: 2, name: /mobilité de la main-d'œuvre agricole/ });
    await expect(heading.locator('mark')).toHaveText(['mobilité']);
    await expect(heading.getByRole('link')).toHaveText(
      "Le Panama et le Costa Rica signent un accord pour encadrer la mobilité de la main-d'œuvre agricole",
    );
  });

  test('finds English releases through their word forms and applies the filters', async ({ page }) => {
    await page.goto('/en/search?q=flooding');
    const all = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(all.length).toBeGreaterThan(0);
    await page.getByText('Filter the press releases').click();
    await page.getByLabel('Region', { exact: true }).selectOption('asia-pacific');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/q=flooding/);
    await expect(page).toHaveURL(/region=asia-pacific/);
    const filtered = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(filtered.every((title) => all.includes(title))).toBe(true);
  });

  test('searches from the header, and explains an empty query and a search without results', async ({ page }) => {
    await page.goto('/es');
    await page.getByRole('search').first().getByRole('searchbox').fill('salud');
    await page.getByRole('search').first().getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/es\/search\?q=salud/);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();

    await page.goto('/fr/search');
    await expect(page.getByRole('status')).toHaveText(/Saisissez un ou plusieurs mots/);
    await page.goto('/fr/search?q=xylophone');
    await expect(page.getByText('Aucun communiqué ne contient « xylophone ».')).toBeVisible();
  });

  test('never finds a withdrawn release', async ({ page }) => {
    const withdrawn = demoRelease('senegal-informed-choice-caravan-fr');
    await page.goto(`/fr/search?q=${encodeURIComponent(withdrawn.title)}`);
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: withdrawn.title })).toHaveCount(0);
  });
});
