import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll } from 'vitest';

/** Points MEDIA_DIR at a new temporary folder for this test file, removed after it. */
export function withTemporaryMediaDir(prefix: string): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.MEDIA_DIR = folder;
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
}

let shade = 0;
/** A JPEG no other call makes: each gets a colour far enough from the others to survive JPEG rounding, so each has its own hash. */
export async function uniquePhoto(name: string, width = 1200, height = 800): Promise<File> {
  shade += 1;
  const background = { r: (shade * 37) % 256, g: (shade * 91) % 256, b: (shade * 53) % 256 };
  const bytes = await sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
}
