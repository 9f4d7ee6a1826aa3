import { ATTACHMENT_CONTENT_TYPES, attachmentFormatOfKey } from '@/lib/media/attachment-types';
import { shareImageFromOriginal } from '@/lib/media/process';
import { mediaStorage, isValidMediaKey } from '@/lib/media/storage';
import { SHARE_IMAGE } from '@/lib/media/types';

const IMAGE_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };
const ORIGINALS = ['original.jpg', 'original.png', 'original.webp'];

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * An image stored before shared-link versions existed gets one on its first request, made from its
 * original and stored beside it, so later requests read it like any other version.
 */
async function makeMissingShareImage(key: string): Promise<Uint8Array | null> {
  const folder = key.slice(0, key.lastIndexOf('/'));
  const storage = mediaStorage();
  for (const name of ORIGINALS) {
    const original = await storage.read(`${folder}/${name}`);
    if (!original) continue;
    const share = await shareImageFromOriginal(original);
    if (!share) return null;
    await storage.put(key, share.bytes, share.contentType);
    return share.bytes;
  }
  return null;
}

/**
 * Serves stored media at the `/media/<key>` URLs that release bodies hold: images, and documents
 * always as downloads (never shown inline, so a document can never run as a page of this site).
 * A key names its file's content (lib/dal/media.ts), so what it serves never changes and may be
 * cached for good. Media is public like the releases that show it; a key cannot be guessed.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>): Promise<Response> {
  const key = (await params).key.join('/');
  if (!isValidMediaKey(key)) return notFound();
  const name = key.slice(key.lastIndexOf('/') + 1);
  const format = attachmentFormatOfKey(key);
  const contentType = format ? ATTACHMENT_CONTENT_TYPES[format] : IMAGE_TYPES[key.slice(key.lastIndexOf('.') + 1)];
  if (!contentType) return notFound();
  let bytes = await mediaStorage().read(key);
  if (!bytes && name === SHARE_IMAGE.name) bytes = await makeMissingShareImage(key);
  if (!bytes) return notFound();
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      ...(format && {
        // The key's name segment is plain ASCII (lib/media/storage.ts): safe inside the quotes.
        'Content-Disposition': `attachment; filename="${name}"`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
      }),
    },
  });
}
