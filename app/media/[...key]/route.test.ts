import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { buildPdf } from '@/db/seed/sample-documents';
import { localMediaStorage } from '@/lib/media/storage';
import { GET } from './route';

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-media-serve-'));
process.env.MEDIA_DIR = mediaDir;
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const KEY = 'ab/ab12cd/w960.webp';
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
beforeAll(async () => {
  await localMediaStorage(mediaDir).put(KEY, WEBP, 'image/webp');
  await localMediaStorage(mediaDir).put(
    'ab/ab12cd/notes.txt',
    new TextEncoder().encode('<script>alert(1)</script>'),
    'text/plain',
  );
  fs.writeFileSync(path.join(mediaDir, '..', 'communique-secret.webp'), 'outside');
});
afterAll(() => fs.rmSync(path.join(mediaDir, '..', 'communique-secret.webp'), { force: true }));

const get = (key: string[]) =>
  GET(new Request(`http://localhost/media/${key.join('/')}`), { params: Promise.resolve({ key }) });

describe('GET /media/<key>', () => {
  it('serves a stored image with its type, cached for good and never sniffed', async () => {
    const response = await get(KEY.split('/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(WEBP);
  });

  it('answers 404 to an unknown key, a file that is not an image, and a path out of the media folder', async () => {
    for (const key of [
      ['ab', 'ab12cd', 'w480.webp'],
      ['ab', 'ab12cd', 'notes.txt'],
      ['..', 'communique-secret.webp'],
      ['ab', '..', '..', 'communique-secret.webp'],
    ]) {
      const response = await get(key);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('GET /media/<key> for documents and shared-link images', () => {
  it('serves a document only as a download, with its type, never sniffed', async () => {
    const pdf = buildPdf(['Rapport']);
    await localMediaStorage(mediaDir).put('cd/cd34ef/rapport-annuel.pdf', pdf, 'application/pdf');
    const response = await get(['cd', 'cd34ef', 'rapport-annuel.pdf']);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rapport-annuel.pdf"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('makes the 1200 × 630 version of an image stored before it existed, on its first request, and keeps it', async () => {
    const original = await sharp({ create: { width: 900, height: 900, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    await localMediaStorage(mediaDir).put('ef/ef56/original.png', new Uint8Array(original), 'image/png');
    const response = await get(['ef', 'ef56', 'share-1200x630.jpg']);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({
      width: 1200,
      height: 630,
      format: 'jpeg',
    });
    expect(fs.existsSync(path.join(mediaDir, 'ef', 'ef56', 'share-1200x630.jpg'))).toBe(true);
    expect((await get(['ab', 'nothing', 'share-1200x630.jpg'])).status).toBe(404);
  });
});
