import http, { type Server } from 'node:http';
import sharp from 'sharp';
import { startSpanishDraft } from './drafts';
import { expect, test } from './fixtures';
import { capture, saveStatus } from './look';

// "Another website" on this machine. scripts/e2e-server.mjs lists its address in
// MEDIA_IMPORT_ALLOW_HOSTS (the server's port + 2000), without which the import refuses loopback.
const IMAGE_PORT = Number(process.env.E2E_PORT ?? 3100) + 2000;
const run = Date.now();
let site: Server;

test.beforeAll(async () => {
  const colour = { r: run % 256, g: (run >> 8) % 256, b: (run >> 16) % 256 };
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } })
    .png()
    .toBuffer();
  site = http.createServer((request, response) => {
    if (request.url === `/fotos/bomba-solar-${run}.png`)
      return response.writeHead(200, { 'content-type': 'image/png' }).end(photo);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(IMAGE_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

/** What Word puts on the clipboard: mso styles, classes, <o:p>, list paragraphs, a table and a picture. */
const wordDocument = (imageUrl: string) => `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal{mso-style-parent:"";font-family:"Calibri"}</style></head><body><!--StartFragment-->
<h1 style='mso-outline-level:1'><span style='font-family:"Calibri Light"'>Bombas solares en Veraguas<o:p></o:p></span></h1>
<p class=MsoNormal><span style='color:#1F3864'>La oficina instaló <b>doce</b> bombas nuevas.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Agua a menos de quinientos metros<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Más tiempo para la escuela<o:p></o:p></p>
<table class=MsoTableGrid border=1 style='mso-yfti-tbllook:1184'><tr><td width=300 style='border:solid windowtext 1pt'><p class=MsoNormal><b>Pueblo<o:p></o:p></b></p></td><td><p class=MsoNormal><b>Bombas</b></p></td></tr>
<tr><td><p class=MsoNormal>Soná</p></td><td><p class=MsoNormal>4</p></td></tr></table>
<p class=MsoNormal><img width=400 height=267 src="${imageUrl}" v:shapes="Picture_1"></p>
<p class=MsoNormal><img width=40 src="file:///C:/Users/prensa/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"></p>
<script>document.title = 'pasted'</script><!--EndFragment--></body></html>`;

test('a writer pastes a Word document: it arrives clean and its picture lands in the media library, asking for its alt text', async ({
  writerPage: page,
}) => {
  await startSpanishDraft(page, `Bombas solares ${run}`);
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await body.click();
  const html = wordDocument(`http://127.0.0.1:${IMAGE_PORT}/fotos/bomba-solar-${run}.png`);
  await body.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'Bombas solares en Veraguas');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);

  await expect(body.getByRole('heading', { level: 2, name: 'Bombas solares en Veraguas' })).toBeVisible();
  await expect(body.locator('strong', { hasText: 'doce' })).toBeVisible();
  await expect(body.locator('ul > li')).toHaveText(['Agua a menos de quinientos metros', 'Más tiempo para la escuela']);
  await expect(body.locator('table tr')).toHaveCount(2);
  await expect(body.locator('td').first()).toHaveText('Pueblo');
  // Nothing of Word's markup survives into the editor.
  const markup = await body.innerHTML();
  expect(markup).not.toMatch(/mso-|MsoNormal|o:p|Calibri|file:|<script|·/);
  expect(await page.title()).not.toBe('pasted');

  // The picture from the web comes in; the one from the writer's computer is removed with a message.
  await expect(
    page.getByRole('alert').filter({ hasText: '1 imagen pegada no se pudo traer y se quitó' }),
  ).toBeVisible();
  const altField = body.getByLabel('Texto alternativo (lo que muestra la imagen)');
  await expect(altField).toBeVisible({ timeout: 20_000 });
  await expect(altField).toHaveValue('');
  await expect(altField).toHaveAttribute('aria-invalid', 'true');
  await expect(body.getByText('Describa esta imagen para quienes no pueden verla.')).toBeVisible();
  await expect(page.getByText('Se añadió 1 imagen pegada a la mediateca')).toBeVisible();
  const image = body.locator('figure img');
  await expect(image).toHaveAttribute('src', /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\/w960\.webp$/);
  await expect(image).toHaveJSProperty('naturalWidth', 960);
  expect(markup).not.toContain(`127.0.0.1:${IMAGE_PORT}`);

  await capture(page, 'paste');

  await altField.fill('Una bomba solar junto a un depósito de agua en Soná');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });

  await page.goto(`/workspace/media?q=bomba-solar-${run}`);
  await expect(page.getByRole('listitem').filter({ hasText: `bomba-solar-${run}.png` })).toBeVisible();
});

test('an image whose address is not public is removed with a message, never left as an outside link', async ({
  writerPage: page,
}) => {
  await startSpanishDraft(page, `Imagen interna ${run}`);
  const body = page.getByRole('textbox', { name: 'Texto', exact: true });
  await body.click();
  await body.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>Mapa de la red</p><p><img src="http://169.254.169.254/latest/meta-data/mapa.png"></p>',
    );
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(
    page.getByRole('alert').filter({
      hasText: 'Una imagen pegada no se pudo importar y se quitó: su dirección no está en internet público.',
    }),
  ).toBeVisible();
  await expect(body.locator('img, figure')).toHaveCount(0);
  await expect(body).toContainText('Mapa de la red');
});
