import { mediaStorage, isValidMediaKey } from '@/lib/media/storage';

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/**
 * Serves stored images at the `/media/<key>` URLs that release bodies hold. A key names the
 * image's content (lib/dal/media.ts), so what it serves never changes and may be cached for good.
 * Images are public like the releases that show them; a key cannot be guessed.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>): Promise<Response> {
  const key = (await params).key.join('/');
  const contentType = CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)];
  const bytes = contentType && isValidMediaKey(key) ? await mediaStorage().read(key) : null;
  if (!contentType || !bytes)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
