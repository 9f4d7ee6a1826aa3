import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isValidMediaKey, localMediaStorage } from './storage';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-media-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const storage = localMediaStorage(path.join(root, 'media'));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('media keys', () => {
  it('accept the keys uploads use: lower-case segments under a short fan-out folder', () => {
    expect(isValidMediaKey(`ab/${'ab'.repeat(32)}/w960.webp`)).toBe(true);
    expect(isValidMediaKey('ab/cd/original.jpg')).toBe(true);
  });

  it.each([
    ['a parent folder', '../secret.webp'],
    ['a parent folder in the middle', 'ab/../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'ab\\..\\secret'],
    ['an empty segment', 'ab//w960.webp'],
    ['a hidden file', 'ab/.env'],
    ['a current-folder segment', 'ab/./w960.webp'],
    ['upper case', 'AB/W960.webp'],
    ['an encoded slash', 'ab%2f..%2fsecret'],
    ['nothing', ''],
  ])('refuse %s', (_what, key) => {
    expect(isValidMediaKey(key)).toBe(false);
  });
});

describe('the local media storage', () => {
  it('reads back what it stored, and replaces it whole on a second write', async () => {
    await storage.put('ab/one/w480.webp', bytes('first'), 'image/webp');
    await storage.put('ab/one/w480.webp', bytes('second'), 'image/webp');
    expect(new TextDecoder().decode((await storage.read('ab/one/w480.webp'))!)).toBe('second');
  });

  it('leaves no temporary file behind', async () => {
    await storage.put('cd/two/original.png', bytes('png bytes'), 'image/png');
    expect(fs.readdirSync(path.join(root, 'media', 'cd', 'two'))).toEqual(['original.png']);
  });

  it('answers null for a missing key, a folder and an unsafe key, and removes keys quietly', async () => {
    expect(await storage.read('ef/missing/w480.webp')).toBeNull();
    expect(await storage.read('ab/one')).toBeNull();
    fs.writeFileSync(path.join(root, 'outside.txt'), 'not media');
    expect(await storage.read('../outside.txt')).toBeNull();
    await storage.remove('ab/one/w480.webp');
    await storage.remove('ab/one/w480.webp');
    expect(await storage.read('ab/one/w480.webp')).toBeNull();
  });

  it('refuses to write or remove outside its folder', async () => {
    await expect(storage.put('../escaped.webp', bytes('x'), 'image/webp')).rejects.toThrow(/Invalid media key/);
    await expect(storage.remove('../outside.txt')).rejects.toThrow(/Invalid media key/);
    expect(fs.existsSync(path.join(root, 'escaped.webp'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'outside.txt'))).toBe(true);
  });
});
