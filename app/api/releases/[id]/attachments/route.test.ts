import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { attachments, auditLog } from '@/db/schema';
import { buildDocx, buildPdf, buildXlsx } from '@/db/seed/sample-documents';
import { MAX_ATTACHMENT_BYTES, type PickedAttachment } from '@/lib/media/attachment-types';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { GET as serve } from '../../../../media/[...key]/route';
import { POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-attachments-'));
process.env.MEDIA_DIR = mediaDir;
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const ORIGIN = { origin: 'http://localhost:3000' };
let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const asPerson = async (person: keyof Newsroom['people']) => actAs(await reloadUser(n.db, n.people[person].id));
const attach = (file: File, id = n.releases.panamaDraft.id, title = '') => {
  const body = new FormData();
  body.set('file', file);
  body.set('title', title);
  return POST(
    new Request(`http://localhost/api/releases/${id}/attachments`, { method: 'POST', body, headers: ORIGIN }),
    {
      params: Promise.resolve({ id }),
    },
  );
};
/** Rows, audit entries and stored files: what a refused upload must leave as it was. */
const stored = async () => {
  const [[rows], [audits]] = await Promise.all([
    n.db.select({ n: count() }).from(attachments),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { rows: rows!.n, audits: audits!.n, files: fs.readdirSync(mediaDir, { recursive: true }).length };
};

/** A body sent in chunks with no Content-Length, counting how much of it the server pulled. */
function chunkedUpload(totalBytes: number, id: string) {
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(256 * 1024, totalBytes - pulled.bytes));
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(`http://localhost/api/releases/${id}/attachments`, {
    method: 'POST',
    headers: { ...ORIGIN, 'content-type': 'multipart/form-data; boundary=x' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled, params: { params: Promise.resolve({ id }) } };
}

describe('POST /api/releases/[id]/attachments', () => {
  it('stores a PDF for the release’s writer, named by its content, and answers the block to insert', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const pdf = buildPdf(['Rapport annuel 2026']);
    const response = await attach(new File([pdf], 'Rapport annuel 2026.pdf'), undefined, 'le rapport annuel');
    expect(response.status).toBe(201);
    const attachment = (await response.json()) as PickedAttachment;
    expect(attachment).toMatchObject({ title: 'le rapport annuel', format: 'pdf', bytes: pdf.byteLength });
    expect(attachment.href).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\/rapport-annuel-2026\.pdf$/);
    expect(await stored()).toEqual({ rows: before.rows + 1, audits: before.audits + 1, files: before.files + 3 });

    const key = attachment.href.replace('/media/', '').split('/');
    const download = await serve(new Request(`http://localhost${attachment.href}`), {
      params: Promise.resolve({ key }),
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="rapport-annuel-2026.pdf"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });

  it('tells a Word document and an Excel workbook by their bytes, whatever they are called', async () => {
    await asPerson('americasEditor');
    const docx = await attach(new File([buildDocx('Communiqué')], 'notes.bin'));
    expect(docx.status).toBe(201);
    expect(((await docx.json()) as PickedAttachment).href).toMatch(/\/notes\.docx$/);
    const xlsx = await attach(new File([buildXlsx()], 'chiffres.csv'), undefined, 'les chiffres');
    expect(xlsx.status).toBe(201);
    expect(await xlsx.json()).toMatchObject({ format: 'xlsx', title: 'les chiffres' });
  });

  it('answers 415 with a clear code to HTML named report.pdf and to a PDF that runs a script, storing nothing', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const html = await attach(new File(['<!DOCTYPE html><html><script>alert(1)</script></html>'], 'report.pdf'));
    expect(html.status).toBe(415);
    expect(await html.json()).toEqual({ error: 'unsupported_type' });
    const script = buildPdf(['Open me'], {
      catalogExtra: '/OpenAction 6 0 R ',
      extraObjects: ['<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>'],
    });
    const refused = await attach(new File([script], 'report.pdf', { type: 'application/pdf' }));
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ error: 'active_content' });
    const macros = await attach(new File([buildDocx('x', { macros: true })], 'letter.docx'));
    expect(await macros.json()).toEqual({ error: 'active_content' });
    expect(await stored()).toEqual(before);
  });

  it('answers 400 when no file was chosen, storing nothing', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const response = await attach(new File([], ''));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid', fieldErrors: { file: ['no_file'] } });
    expect(await stored()).toEqual(before);
  });

  it('stops reading a body over 50 MB and answers 413, storing nothing', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const { request, pulled, params } = chunkedUpload(
      MAX_ATTACHMENT_BYTES + 2 * 1024 * 1024,
      n.releases.panamaDraft.id,
    );
    const response = await POST(request, params);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'too_large', limit: MAX_ATTACHMENT_BYTES });
    expect(pulled.bytes).toBeLessThan(MAX_ATTACHMENT_BYTES + 64 * 1024 + 512 * 1024);
    expect(await stored()).toEqual(before);
  });

  for (const person of ['senegalWriter', 'westAfricaEditor', 'admin'] as const) {
    it(`answers 404 to ${person}, who may not edit the release, without reading the body`, async () => {
      await asPerson(person);
      const before = await stored();
      const { request, pulled, params } = chunkedUpload(10 * 1024 * 1024, n.releases.panamaDraft.id);
      const response = await POST(request, params);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'not_found' });
      expect(pulled.bytes).toBeLessThanOrEqual(512 * 1024);
      expect(await stored()).toEqual(before);
    });
  }

  it('answers 404 for a release in review (its text is frozen), a missing release and an id that is not one', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    for (const id of [n.releases.panamaInReview.id, crypto.randomUUID(), 'not-an-id']) {
      const response = await attach(new File([buildPdf(['x'])], 'x.pdf'), id);
      expect(response.status, id).toBe(404);
    }
    expect(await stored()).toEqual(before);
  });

  it('answers 401 to someone signed out, and 403 to a request from another site', async () => {
    actAs(null);
    expect((await attach(new File([buildPdf(['x'])], 'x.pdf'))).status).toBe(401);
    await asPerson('panamaWriter');
    const body = new FormData();
    body.set('file', new File([buildPdf(['y'])], 'y.pdf'));
    const id = n.releases.panamaDraft.id;
    const crossSite = await POST(
      new Request(`http://localhost/api/releases/${id}/attachments`, {
        method: 'POST',
        body,
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(crossSite.status).toBe(403);
  });
});
