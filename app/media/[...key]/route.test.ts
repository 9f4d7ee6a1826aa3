import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
