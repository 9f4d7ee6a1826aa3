import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MediaVariant } from '@/db/schema';
import type { ProcessedImage } from './process';

/**
 * Where media files live. The local implementation below writes under MEDIA_DIR; an
 * S3-compatible bucket would implement the same three calls (PutObject, GetObject, DeleteObject),
 * so nothing else changes when the app runs on several machines.
 */
export type MediaStorage = {
  /** Stores the bytes under the key, replacing what was there; readers never see a partial file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes stored under the key, or null when there is none. */
  read(key: string): Promise<Uint8Array | null>;
  /** Removes the key; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
};

// Lower-case segments of letters, digits, dots, dashes and underscores, never starting with a dot:
// no "..", no absolute path, no hidden file, nothing a URL or a file system would read differently.
const SEGMENT = /^[a-z0-9_-][a-z0-9._-]{0,127}$/;

export function isValidMediaKey(key: string): boolean {
  const segments = key.split('/');
  return key.length <= 512 && segments.length <= 4 && segments.every((segment) => SEGMENT.test(segment));
}

function assertValidKey(key: string): void {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
}

export function localMediaStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    assertValidKey(key);
    return path.join(base, ...key.split('/'));
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written beside its final name, then renamed: a rename within one directory is atomic.
      const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await fs.writeFile(temporary, bytes, { flag: 'wx' });
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
    async read(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        return new Uint8Array(await fs.readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR')
          return null;
        throw error;
      }
    },
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}

/** The app's media storage: MEDIA_DIR, or ./.data/media. */
export function mediaStorage(): MediaStorage {
  return localMediaStorage(process.env.MEDIA_DIR || path.join('.data', 'media'));
}

const folderOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;

/** Writes an image's original and its web versions, in a folder named by its content; returns their keys. */
export async function storeImageFiles(image: ProcessedImage, storage: MediaStorage = mediaStorage()) {
  const folder = folderOf(image.sha256);
  const files = [image.original, ...image.variants, image.share];
  await Promise.all(files.map((file) => storage.put(`${folder}/${file.name}`, file.bytes, file.contentType)));
  return {
    storageKey: `${folder}/${image.original.name}`,
    variants: image.variants.map((variant): MediaVariant => ({
      width: variant.width,
      height: variant.height,
      key: `${folder}/${variant.name}`,
      bytes: variant.bytes.byteLength,
    })),
  };
}

/** A file name safe as a media key segment: lower-case ASCII letters, digits and dashes, at most 80. */
export function safeFileStem(name: string): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || 'document';
}

/**
 * Writes a document under a folder named by its content, with a readable name and the extension of
 * the format its bytes showed (never the one it was uploaded with); returns its key.
 */
export async function storeDocumentFile(
  document: { sha256: string; format: string },
  originalName: string,
  bytes: Uint8Array,
  contentType: string,
  storage: MediaStorage = mediaStorage(),
): Promise<string> {
  const key = `${folderOf(document.sha256)}/${safeFileStem(originalName)}.${document.format}`;
  await storage.put(key, bytes, contentType);
  return key;
}
