import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, media } from '@/db/schema';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import type { PickedImage } from '@/lib/media/types';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { POST as upload } from '../../route';
import { POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-media-replace-'));
process.env.MEDIA_DIR = mediaDir;
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const ORIGIN = { origin: 'http://localhost:3000' };
let n: Newsroom;
let imageId: string;
let shade = 0;

// A picture no other test has stored: the library refuses a second copy of the same bytes.
const pngBytes = async (width = 320, height = 240) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: (shade += 37) % 256, g: 90, b: 160 } } })
      .png()
      .toBuffer(),
  );
const asPerson = async (person: keyof Newsroom['people']) => actAs(await reloadUser(n.db, n.people[person].id));

beforeAll(async () => {
  n = await freshNewsroom();
  await asPerson('panamaWriter');
  const body = new FormData();
  body.set('file', new File([await pngBytes(800, 600)], 'harbour.png', { type: 'image/png' }));
  for (const [key, value] of Object.entries({ alt: 'Le port de Colón', credit: 'Bureau de Panama', language: 'fr' }))
    body.set(key, value);
  const response = await upload(new Request('http://localhost/api/media', { method: 'POST', body, headers: ORIGIN }));
  imageId = ((await response.json()) as PickedImage).mediaId;
});

const replace = (file: File, id = imageId, headers: Record<string, string> = ORIGIN) => {
  const body = new FormData();
  body.set('file', file);
  return POST(new Request(`http://localhost/api/media/${id}/file`, { method: 'POST', body, headers }), {
    params: Promise.resolve({ id }),
  });
};
const stored = async () => {
  const [[row], [audits]] = await Promise.all([
    n.db.select({ sha256: media.sha256, width: media.width }).from(media).where(eq(media.id, imageId)),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { ...row, audit: audits?.n };
};

/** A body sent in chunks with no Content-Length, counting how much of it the server pulled. */
function chunkedUpload(totalBytes: number, id = imageId) {
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, totalBytes - pulled.bytes));
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(`http://localhost/api/media/${id}/file`, {
    method: 'POST',
    headers: { ...ORIGIN, 'content-type': 'multipart/form-data; boundary=x' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled, params: { params: Promise.resolve({ id }) } };
}

describe('POST /api/media/[id]/file', () => {
  it('replaces the picture for its uploader, audited, and answers the form state "done"', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const response = await replace(new File([await pngBytes(640, 480)], 'harbour-dawn.png', { type: 'image/png' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'done' });
    const after = await stored();
    expect(after.width).toBe(640);
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.audit).toBe(before.audit! + 1);
  });

  it('lets an editor of the office above replace it too', async () => {
    await asPerson('americasEditor');
    const response = await replace(new File([await pngBytes(600, 400)], 'harbour-noon.png', { type: 'image/png' }));
    expect(response.status).toBe(200);
  });

  it('answers 401 to someone signed out, without reading the body', async () => {
    actAs(null);
    const before = await stored();
    const { request, pulled, params } = chunkedUpload(100 * 1024 * 1024);
    const response = await POST(request, params);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ status: 'invalid', fieldErrors: { file: ['signed_out'] } });
    expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
    expect(await stored()).toEqual(before);
  });

  for (const person of ['senegalWriter', 'westAfricaEditor'] as const) {
    it(`answers 404 to ${person}, of another office, without reading the body`, async () => {
      await asPerson(person);
      const before = await stored();
      const { request, pulled, params } = chunkedUpload(100 * 1024 * 1024);
      const response = await POST(request, params);
      expect(response.status).toBe(404);
      expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
      expect(await stored()).toEqual(before);
    });
  }

  it('answers 404 to an image that does not exist, or an id that is not one', async () => {
    await asPerson('admin');
    for (const id of [crypto.randomUUID(), 'not-an-id']) {
      const { request, pulled, params } = chunkedUpload(1024 * 1024, id);
      expect((await POST(request, params)).status, id).toBe(404);
      expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
    }
  });

  it('stops reading a chunked body at the limit and answers 413, with nothing changed', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const { request, pulled, params } = chunkedUpload(100 * 1024 * 1024);
    const response = await POST(request, params);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ status: 'invalid', fieldErrors: { file: ['too_large'] } });
    expect(pulled.bytes).toBeLessThan(MAX_MEDIA_BYTES + 64 * 1024 + 256 * 1024);
    expect(await stored()).toEqual(before);
  });

  it('answers 415 to an SVG named like a photo, and to a body that is not a multipart form', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'photo.jpg', {
      type: 'image/jpeg',
    });
    const refused = await replace(svg);
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ status: 'invalid', fieldErrors: { file: ['unsupported_type'] } });
    const json = await POST(
      new Request(`http://localhost/api/media/${imageId}/file`, {
        method: 'POST',
        body: '{"file":"x"}',
        headers: { ...ORIGIN, 'content-type': 'application/json' },
      }),
      { params: Promise.resolve({ id: imageId }) },
    );
    expect(json.status).toBe(415);
    expect(await stored()).toEqual(before);
  });

  it('answers 400 when no file was chosen, and 403 to a request from another site', async () => {
    await asPerson('panamaWriter');
    const before = await stored();
    const empty = await replace(new File([], ''));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ status: 'invalid', fieldErrors: { file: ['no_file'] } });
    const crossSite = await replace(new File([await pngBytes()], 'x.png'), imageId, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    expect(await stored()).toEqual(before);
  });
});
