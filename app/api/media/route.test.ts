import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, media } from '@/db/schema';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import type { PickedImage } from '@/lib/media/types';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { GET, POST } from './route';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-media-route-'));
process.env.MEDIA_DIR = mediaDir;
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
  actAs(await reloadUser(n.db, n.people.panamaWriter.id));
});

const pngBytes = async (width = 800, height = 600) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#1d6fa5' } })
      .png()
      .toBuffer(),
  );
function post(fields: Record<string, string | File>, headers: Record<string, string> = {}) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  return POST(
    new Request('http://localhost/api/media', {
      method: 'POST',
      body,
      headers: { origin: 'http://localhost:3000', ...headers },
    }),
  );
}
const counts = async () => {
  const [[rows], [audits]] = await Promise.all([
    n.db.select({ n: count() }).from(media),
    n.db.select({ n: count() }).from(auditLog),
  ]);
  return { media: rows?.n, audit: audits?.n };
};
const caption = { alt: 'Des pêcheurs rangent leurs filets', credit: 'Bureau de Panama', language: 'fr' };

describe('POST /api/media', () => {
  it('answers 201 with the image to insert', async () => {
    const response = await post({ ...caption, file: new File([await pngBytes()], 'nets.png', { type: 'image/png' }) });
    expect(response.status).toBe(201);
    const image = (await response.json()) as PickedImage;
    expect(image).toMatchObject({ alt: caption.alt, credit: caption.credit, width: 800, height: 600 });
    expect(image.src).toMatch(/^\/media\/.+\/w800\.webp$/);
  });

  it('answers 400 with field codes when the alt text is missing or too long, or the language unknown', async () => {
    const file = new File([await pngBytes(64, 64)], 'a.png');
    const before = await counts();
    const response = await post({ file, alt: '   ', credit: 'x'.repeat(301), language: 'de' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid',
      fieldErrors: { alt: ['alt_required'], credit: ['credit_too_long'], language: ['invalid_language'] },
    });
    const tooLong = await post({ ...caption, file, alt: 'a'.repeat(501) });
    expect(await tooLong.json()).toMatchObject({ fieldErrors: { alt: ['alt_too_long'] } });
    expect(await counts()).toEqual(before);
  });

  it('answers 400 when no file was chosen', async () => {
    const response = await post({ ...caption, file: new File([], '') });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid', fieldErrors: { file: ['no_file'] } });
  });

  it('answers 413 to a file over the limit, and to a body announcing more, before reading it', async () => {
    const before = await counts();
    const big = await post({ ...caption, file: new File([new Uint8Array(MAX_MEDIA_BYTES + 1)], 'huge.jpg') });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'too_large', limit: MAX_MEDIA_BYTES });
    const announced = await post(
      { ...caption, file: new File([await pngBytes(8, 8)], 'small.png') },
      { 'content-length': String(MAX_MEDIA_BYTES * 2) },
    );
    expect(announced.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it('answers 415 to an SVG and a GIF, whatever their names say', async () => {
    const before = await counts();
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'photo.jpg', {
      type: 'image/jpeg',
    });
    const gif = new File(
      [
        new Uint8Array(
          await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
            .gif()
            .toBuffer(),
        ),
      ],
      'photo.png',
      { type: 'image/png' },
    );
    for (const file of [svg, gif]) {
      const response = await post({ ...caption, file });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ error: 'unsupported_type' });
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 400 to a truncated picture', async () => {
    const whole = await pngBytes(400, 300);
    const response = await post({ ...caption, file: new File([whole.subarray(0, 300)], 'cut.png') });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'undecodable' });
  });

  it('answers 415 to a body that is not a form, without reading it', async () => {
    const response = await POST(
      new Request('http://localhost/api/media', {
        method: 'POST',
        body: '{"alt":"x"}',
        headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'invalid_form' });
  });
});

describe('GET /api/media', () => {
  it('reads a NUL or another control character in q= as a space, instead of failing in the database', async () => {
    const response = await GET(new Request('http://localhost/api/media?q=filets%00%01'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ items: expect.any(Array) });
  });

  it('lists images matching the search, newest first, never cached', async () => {
    const response = await GET(new Request('http://localhost/api/media?q=filets'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { items } = (await response.json()) as { items: { originalName: string }[] };
    expect(items.map((item) => item.originalName)).toEqual(['nets.png']);
  });

  it('answers 400 to a limit out of range', async () => {
    expect((await GET(new Request('http://localhost/api/media?limit=5000'))).status).toBe(400);
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
  const request = new Request('http://localhost/api/media', {
    method: 'POST',
    headers: { origin: 'http://localhost:3000', 'content-type': 'multipart/form-data; boundary=x' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled };
}

describe('POST /api/media with a chunked body', () => {
  it('answers 401 to someone signed out without reading the body', async () => {
    actAs(null);
    try {
      const { request, pulled } = chunkedUpload(100 * 1024 * 1024);
      const response = await POST(request);
      expect(response.status).toBe(401);
      expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
    } finally {
      actAs(await reloadUser(n.db, n.people.panamaWriter.id));
    }
  });

  it('stops reading at the limit and answers 413, with nothing stored', async () => {
    const before = await counts();
    const { request, pulled } = chunkedUpload(100 * 1024 * 1024);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'too_large', limit: MAX_MEDIA_BYTES });
    expect(pulled.bytes).toBeLessThan(MAX_MEDIA_BYTES + 64 * 1024 + 256 * 1024);
    expect(await counts()).toEqual(before);
  });
});

describe('POST /api/media from another site', () => {
  it('answers 403, with nothing stored', async () => {
    const before = await counts();
    const body = new FormData();
    for (const [key, value] of Object.entries(caption)) body.set(key, value);
    body.set('file', new File([await pngBytes(64, 64)], 'a.png', { type: 'image/png' }));
    const response = await POST(
      new Request('http://localhost/api/media', {
        method: 'POST',
        body,
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      }),
    );
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
