import zlib from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { MAX_MEDIA_PIXELS, processImage, sniffImageType, variantWidths } from './process';

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 160 } } });
const bytesOf = async (image: Sharp) => new Uint8Array(await image.toBuffer());
const jpeg = (width = 64, height = 48) => bytesOf(picture(width, height).jpeg());
const png = (width = 64, height = 48) => bytesOf(picture(width, height).png());
const webp = (width = 64, height = 48) => bytesOf(picture(width, height).webp());
const gif = () => bytesOf(picture(16, 16).gif());
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);

/** A real PNG whose header claims other dimensions, with a correct checksum so that only the size is wrong. */
async function pngClaiming(width: number, height: number) {
  const bytes = Buffer.from(await png(1, 1));
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(zlib.crc32(bytes.subarray(12, 29)), 29);
  return new Uint8Array(bytes);
}

describe('telling an image type by its bytes', () => {
  it('recognises JPEG, PNG and WebP made by an image library', async () => {
    expect(sniffImageType(await jpeg())).toBe('image/jpeg');
    expect(sniffImageType(await png())).toBe('image/png');
    expect(sniffImageType(await webp())).toBe('image/webp');
  });

  it('recognises nothing else: GIF, SVG, text, an empty file', async () => {
    expect(sniffImageType(await gif())).toBeUndefined();
    expect(sniffImageType(SVG)).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode('Colón - not a picture at all'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });
});

describe('processing an upload', () => {
  it('refuses a GIF, an SVG and a text file named like a picture as unsupported', async () => {
    for (const bytes of [await gif(), SVG, new TextEncoder().encode('plain text saved as photo.png')]) {
      expect(await processImage(bytes)).toEqual({ ok: false, reason: 'unsupported_type' });
    }
  });

  it('refuses an empty file, and a file over the size limit before reading it', async () => {
    expect(await processImage(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const huge = new Uint8Array(MAX_MEDIA_BYTES + 1);
    huge.set(await png());
    expect(await processImage(huge)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('refuses a truncated PNG as undecodable', async () => {
    const whole = await png(300, 200);
    expect(await processImage(whole.subarray(0, Math.floor(whole.byteLength / 2)))).toEqual({
      ok: false,
      reason: 'undecodable',
    });
  });

  it('refuses a picture whose dimensions exceed the pixel limit, without decoding it', async () => {
    const side = Math.ceil(Math.sqrt(MAX_MEDIA_PIXELS)) + 1;
    expect(await processImage(await pngClaiming(side, side))).toEqual({ ok: false, reason: 'too_many_pixels' });
  });

  it('decides the type by the bytes, whatever the file was called', async () => {
    const result = await processImage(await png());
    expect(result.ok && result.image.mimeType).toBe('image/png');
    expect(result.ok && result.image.original).toMatchObject({ name: 'original.png', contentType: 'image/png' });
  });

  it('strips EXIF data, GPS position included, from the original and every web version', async () => {
    const withGps = await bytesOf(
      picture(1200, 800)
        .jpeg()
        .withExif({
          IFD0: { Make: 'PhoneMaker', Model: 'Pocket 9' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '8/1 58/1 0/1',
            GPSLongitudeRef: 'W',
            GPSLongitude: '79/1 32/1 0/1',
          },
        }),
    );
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    expect(Buffer.from(withGps).includes('PhoneMaker')).toBe(true);
    const result = await processImage(withGps);
    if (!result.ok) throw new Error(result.reason);
    for (const file of [result.image.original, ...result.image.variants]) {
      const metadata = await sharp(file.bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(Buffer.from(file.bytes).includes('PhoneMaker')).toBe(false);
    }
  });

  it('turns a picture upright by its EXIF orientation', async () => {
    const sideways = await bytesOf(picture(400, 200).jpeg().withMetadata({ orientation: 6 }));
    const result = await processImage(sideways);
    if (!result.ok) throw new Error(result.reason);
    expect({ width: result.image.width, height: result.image.height }).toEqual({ width: 200, height: 400 });
    expect(await sharp(result.image.original.bytes).metadata()).toMatchObject({ width: 200, height: 400 });
  });

  it('makes WebP versions at 480, 960 and 1600 pixels wide from a large picture, keeping its proportions', async () => {
    const result = await processImage(await jpeg(2400, 1600));
    if (!result.ok) throw new Error(result.reason);
    expect(
      result.image.variants.map(({ name, width, height, contentType }) => ({ name, width, height, contentType })),
    ).toEqual([
      { name: 'w480.webp', width: 480, height: 320, contentType: 'image/webp' },
      { name: 'w960.webp', width: 960, height: 640, contentType: 'image/webp' },
      { name: 'w1600.webp', width: 1600, height: 1067, contentType: 'image/webp' },
    ]);
    expect((await sharp(result.image.variants[1]!.bytes).metadata()).format).toBe('webp');
    expect(result.image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes a 1200 × 630 JPEG for shared links, cropped to fill, even from a tall picture', async () => {
    const result = await processImage(await jpeg(800, 1200));
    if (!result.ok) throw new Error(result.reason);
    expect(result.image.share).toMatchObject({ name: 'share-1200x630.jpg', width: 1200, height: 630 });
    expect(await sharp(result.image.share.bytes).metadata()).toMatchObject({
      width: 1200,
      height: 630,
      format: 'jpeg',
    });
  });

  it('never enlarges a small picture: its only web version is its own size', async () => {
    const result = await processImage(await webp(300, 120));
    if (!result.ok) throw new Error(result.reason);
    expect(result.image.variants.map(({ width, height }) => ({ width, height }))).toEqual([
      { width: 300, height: 120 },
    ]);
  });

  it('stops at the widths below the picture, plus the picture itself', () => {
    expect(variantWidths(1000)).toEqual([480, 960, 1000]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(5000)).toEqual([480, 960, 1600]);
  });
});
