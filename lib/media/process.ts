import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { MAX_MEDIA_BYTES, type MediaType } from '@/lib/media/limits';
import { SHARE_IMAGE } from '@/lib/media/types';

/** Widths of the WebP versions made for the web; an image is never enlarged to reach one. */
export const WEB_WIDTHS = [480, 960, 1600] as const;
/** Larger pictures than this (a 50-megapixel camera is well under it) are refused before decoding. */
export const MAX_MEDIA_PIXELS = 60_000_000;

export type MediaRefusal = 'empty' | 'too_large' | 'unsupported_type' | 'undecodable' | 'too_many_pixels';

export type ProcessedFile = { name: string; bytes: Uint8Array; contentType: string; width: number; height: number };

export type ProcessedImage = {
  mimeType: MediaType;
  sha256: string;
  width: number;
  height: number;
  /** The upload re-encoded in its own format: upright, without metadata. */
  original: ProcessedFile;
  /** WebP versions, narrowest first. */
  variants: ProcessedFile[];
  /** The shared-link version: 1200 × 630 JPEG, cropped to fill (SHARE_IMAGE). */
  share: ProcessedFile;
};

const EXTENSIONS: Record<MediaType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const SHARP_FORMATS: Record<MediaType, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The type the bytes say they are (never the file name or the browser's claim), or undefined. */
export function sniffImageType(bytes: Uint8Array): MediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

/** The widths to make for an image this wide: the standard ones below it, and itself up to the largest. */
export function variantWidths(width: number): number[] {
  const widths: number[] = WEB_WIDTHS.filter((standard) => standard < width);
  if (width <= WEB_WIDTHS[WEB_WIDTHS.length - 1]!) widths.push(width);
  return widths;
}

/**
 * Checks an upload by its content and makes what the web needs from it: an upright copy without
 * metadata (camera, GPS position) and WebP versions at the widths of WEB_WIDTHS. Expected
 * refusals are returned; sharp's own failures on a picture it cannot read become `undecodable`.
 */
export async function processImage(
  bytes: Uint8Array,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; reason: MediaRefusal }> {
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' };
  if (bytes.byteLength > MAX_MEDIA_BYTES) return { ok: false, reason: 'too_large' };
  const mimeType = sniffImageType(bytes);
  if (!mimeType) return { ok: false, reason: 'unsupported_type' };

  // sharp's default failOn ('warning') is the level it advises for untrusted input: truncated and
  // corrupt files are refused instead of becoming half-grey pictures. autoOrient turns the picture
  // upright by its EXIF orientation; sharp writes no metadata (camera, GPS position) unless asked.
  const decoded = () => sharp(bytes, { limitInputPixels: MAX_MEDIA_PIXELS, pages: 1, autoOrient: true });
  let metadata: Metadata;
  try {
    metadata = await decoded().metadata();
  } catch (error) {
    return { ok: false, reason: /pixel limit/i.test(String(error)) ? 'too_many_pixels' : 'undecodable' };
  }
  if (metadata.format !== SHARP_FORMATS[mimeType]) return { ok: false, reason: 'undecodable' };
  const { width, height } = metadata.autoOrient;
  if (width * height > MAX_MEDIA_PIXELS) return { ok: false, reason: 'too_many_pixels' };

  try {
    const encoded = decoded();
    const originalBytes = await (
      mimeType === 'image/jpeg'
        ? encoded.jpeg({ quality: 90, mozjpeg: true })
        : mimeType === 'image/png'
          ? encoded.png({ compressionLevel: 9 })
          : encoded.webp({ quality: 90 })
    ).toBuffer();
    const original: ProcessedFile = {
      name: `original.${EXTENSIONS[mimeType]}`,
      bytes: new Uint8Array(originalBytes),
      contentType: mimeType,
      width,
      height,
    };
    const variants = await Promise.all(
      variantWidths(width).map(async (target): Promise<ProcessedFile> => {
        const resized = await decoded()
          .resize({ width: target, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return {
          name: `w${resized.info.width}.webp`,
          bytes: new Uint8Array(resized.data),
          contentType: 'image/webp',
          width: resized.info.width,
          height: resized.info.height,
        };
      }),
    );
    const share = await makeShareImage(decoded());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ok: true, image: { mimeType, sha256, width, height, original, variants, share } };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}

/**
 * The 1200 × 630 version shared links show, cropped to fill around the picture's centre of
 * interest. JPEG, which every link preview reads; a smaller picture is enlarged to fill.
 */
export async function makeShareImage(image: Sharp): Promise<ProcessedFile> {
  const data = await image
    .resize({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, fit: 'cover', position: 'attention' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return {
    name: SHARE_IMAGE.name,
    bytes: new Uint8Array(data),
    contentType: 'image/jpeg',
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
  };
}

/** The shared-link version made from a stored original, for images stored before it existed. */
export async function shareImageFromOriginal(bytes: Uint8Array): Promise<ProcessedFile | undefined> {
  if (!sniffImageType(bytes)) return undefined;
  try {
    return await makeShareImage(sharp(bytes, { limitInputPixels: MAX_MEDIA_PIXELS, pages: 1, autoOrient: true }));
  } catch {
    return undefined;
  }
}
