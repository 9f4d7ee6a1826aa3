import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, pages, releases } from '@/db/schema';
import type { FormState } from '@/lib/form-state';
import { UPLOAD_LIMITS } from '@/lib/validation/legacy-import';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const RELEASE = [
  'Rain gauges go up in thirty villages',
  'Colón - Volunteers installed rain gauges in thirty villages along the river so that farmers can plan the planting season.',
  'Readings are sent each evening by text message and shared on the village notice board.',
].join('\n');
const PAGE =
  'How we work\nEvery project starts with a meeting in the village and ends with a public account of what was spent.';

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const upload = (files: File[], fields: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  for (const file of files) data.append('files', file);
  return data;
};
const text = (name: string, content: string) => new File([content], name, { type: 'text/plain' });
const asAdmin = async () => actAs(await reloadUser(n.db, n.people.admin.id));
const ORIGIN = { origin: 'http://localhost:3000' };
const send = (body: FormData) =>
  POST(new Request('http://localhost/api/import', { method: 'POST', body, headers: ORIGIN }));
const importDumps = async (body: FormData) => (await (await send(body)).json()) as FormState;

async function stored() {
  const [[releaseRows], [pageRows], [auditRows]] = await Promise.all([
    n.db.select({ n: count() }).from(releases),
    n.db.select({ n: count() }).from(pages),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { releases: releaseRows?.n, pages: pageRows?.n, audit: auditRows?.n };
}

const reportOf = (state: FormState) => {
  if (state.status !== 'imported') throw new Error(`expected a report, got ${JSON.stringify(state)}`);
  return state.report;
};

describe('importing uploaded legacy dumps', () => {
  it('imports a release and a page for an admin, audited under the admin, then finds them unchanged', async () => {
    await asAdmin();
    const files = () => [text('rain-gauges.txt', RELEASE), text('how-we-work.txt', PAGE)];
    const first = reportOf(await importDumps(upload(files(), { officeCode: 'panama' })));
    expect(first.counts).toMatchObject({ imported: 2, failed: 0, skipped: 0 });
    const release = first.files.find((file) => file.kind === 'release')!;
    expect(release).toMatchObject({
      status: 'imported',
      officeCode: 'panama',
      title: 'Rain gauges go up in thirty villages',
    });
    const [row] = await n.db.select({ state: releases.state }).from(releases).where(eq(releases.id, release.id!));
    expect(row?.state).toBe('published');
    const audits = await n.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(eq(auditLog.subjectId, release.id!))
      .orderBy(auditLog.action);
    // The admin imported the file; the workflow's import transition is the importer's own.
    expect(audits).toEqual([
      { action: 'release.import', actorId: null },
      { action: 'release.imported', actorId: n.people.admin.id },
    ]);

    const again = reportOf(await importDumps(upload(files(), { officeCode: 'panama' })));
    expect(again.counts).toMatchObject({ imported: 0, unchanged: 2 });
    expect(again.files.map((file) => file.id).sort()).toEqual(first.files.map((file) => file.id).sort());
  });

  it('writes nothing on a dry run and stores drafts when asked', async () => {
    await asAdmin();
    const before = await stored();
    const dry = reportOf(
      await importDumps(upload([text('dry/rain-gauges.txt', RELEASE)], { officeCode: 'panama', dryRun: 'on' })),
    );
    expect(dry).toMatchObject({ dryRun: true, counts: { imported: 1 } });
    expect(await stored()).toEqual(before);

    const drafted = reportOf(
      await importDumps(upload([text('drafts/rain-gauges.txt', RELEASE)], { officeCode: 'panama', draft: 'on' })),
    );
    const [row] = await n.db
      .select({ state: releases.state })
      .from(releases)
      .where(eq(releases.id, drafted.files[0]!.id!));
    expect(row?.state).toBe('draft');
  });

  it('reports a release whose contact block names no office as failed when no office is chosen', async () => {
    await asAdmin();
    const report = reportOf(await importDumps(upload([text('no-office/rain-gauges.txt', RELEASE)])));
    expect(report.files[0]).toMatchObject({ status: 'failed', reason: 'no_office' });
  });

  describe('refuses bad input and changes nothing', () => {
    const cases: [string, () => FormData, string][] = [
      ['no file at all', () => upload([]), 'no_file'],
      [
        'the empty file a browser sends when nothing was picked',
        () => upload([new File([], '', { type: 'application/octet-stream' })]),
        'no_file',
      ],
      [
        'a file over the size limit',
        () => upload([text('big.txt', 'a'.repeat(UPLOAD_LIMITS.fileBytes + 1))]),
        'file_too_large',
      ],
      [
        'more files than allowed',
        () => upload(Array.from({ length: UPLOAD_LIMITS.files + 1 }, (_, index) => text(`many-${index}.txt`, PAGE))),
        'too_many_files',
      ],
      [
        'a binary file beside a good one',
        () =>
          upload([
            text('good.txt', RELEASE),
            new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])], 'photo.txt'),
          ]),
        'binary_file',
      ],
      [
        'text instead of a file',
        () => {
          const data = upload([]);
          data.set('files', RELEASE);
          return data;
        },
        'not_a_file',
      ],
    ];
    for (const [name, data, code] of cases) {
      it(`answers ${code} to ${name}`, async () => {
        await asAdmin();
        const before = await stored();
        const response = await send(data());
        expect(response.status).toBe(code === 'file_too_large' ? 413 : 422);
        const state = (await response.json()) as FormState;
        expect(state.status).toBe('invalid');
        const errors = state.status === 'invalid' ? state.fieldErrors.files : undefined;
        expect(errors).toEqual([code]);
        expect(await stored()).toEqual(before);
      });
    }
  });
});

/** A body sent in chunks with no Content-Length, counting how much of it the server pulled. */
function chunkedUpload(totalBytes: number, chunkBytes = 64 * 1024) {
  const pulled = { bytes: 0 };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(chunkBytes, totalBytes - sent));
      sent += chunk.byteLength;
      pulled.bytes = sent;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://localhost/api/import', {
    method: 'POST',
    headers: { ...ORIGIN, 'content-type': 'multipart/form-data; boundary=x' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled };
}

describe('the upload route refuses before reading, and reads no more than the limit', () => {
  it('answers 401 to someone signed out without reading the body', async () => {
    actAs(null);
    const before = await stored();
    const { request, pulled } = chunkedUpload(100 * 1024 * 1024);
    const response = await POST(request);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ status: 'invalid', fieldErrors: { files: ['signed_out'] } });
    expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
    expect(await stored()).toEqual(before);
  });

  for (const person of ['panamaWriter', 'hqEditor', 'americasEditor'] as const) {
    it(`answers 404 to ${person}, who is no admin, without reading the body`, async () => {
      actAs(await reloadUser(n.db, n.people[person].id));
      const before = await stored();
      const { request, pulled } = chunkedUpload(100 * 1024 * 1024);
      const response = await POST(request);
      expect(response.status).toBe(404);
      expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
      expect(await stored()).toEqual(before);
    });
  }

  it("stops reading an admin's chunked body at the limit and answers 413, with nothing stored", async () => {
    await asAdmin();
    const before = await stored();
    const { request, pulled } = chunkedUpload(100 * 1024 * 1024);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ status: 'invalid', fieldErrors: { files: ['upload_too_large'] } });
    expect(pulled.bytes).toBeLessThan(UPLOAD_LIMITS.uploadBytes + 256 * 1024 + 256 * 1024);
    expect(await stored()).toEqual(before);
  });

  it('answers 413 unread to a body announcing more than the limit', async () => {
    await asAdmin();
    const { request, pulled } = chunkedUpload(100 * 1024 * 1024);
    request.headers.set('content-length', String(UPLOAD_LIMITS.uploadBytes * 2));
    expect((await POST(request)).status).toBe(413);
    expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('answers 415 to a body that is not a multipart form, and 400 to a broken one', async () => {
    await asAdmin();
    const before = await stored();
    const json = await POST(
      new Request('http://localhost/api/import', {
        method: 'POST',
        body: JSON.stringify({ files: [RELEASE] }),
        headers: { ...ORIGIN, 'content-type': 'application/json' },
      }),
    );
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual({ status: 'invalid', fieldErrors: { files: ['invalid_form'] } });
    const broken = await POST(
      new Request('http://localhost/api/import', {
        method: 'POST',
        body: '--x\r\nbroken',
        headers: { ...ORIGIN, 'content-type': 'multipart/form-data; boundary=x' },
      }),
    );
    expect(broken.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('answers 403 to an upload from another site, with nothing stored', async () => {
    await asAdmin();
    const before = await stored();
    const response = await POST(
      new Request('http://localhost/api/import', {
        method: 'POST',
        body: upload([text('cross-site.txt', RELEASE)], { officeCode: 'panama' }),
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      }),
    );
    expect(response.status).toBe(403);
    expect(await stored()).toEqual(before);
  });
});
