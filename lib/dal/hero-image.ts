import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { media, type PublicationHero } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { mediaUrl, pickVariant, srcSetOf } from '@/lib/media/types';

/**
 * A release's main image as its article shows it: the article-sized version, with the alt text of
 * the release's language (else none: the image is then decorative), its caption in that language and the credit. For DAL callers
 * that already checked who may read the release; null when the release has no main image.
 */
export async function heroImageOf(
  executor: Transaction | typeof db,
  mediaId: string | null,
  language: Locale,
): Promise<PublicationHero | null> {
  if (!mediaId) return null;
  const [row] = await executor
    .select({ variants: media.variants, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(eq(media.id, mediaId));
  if (!row) return null;
  const variant = pickVariant(row.variants);
  return {
    src: mediaUrl(variant.key),
    alt: row.alt[language] ?? '',
    ...(row.caption[language] ? { caption: row.caption[language] } : {}),
    credit: row.credit,
    width: variant.width,
    height: variant.height,
    srcSet: srcSetOf(row.variants),
    bytes: variant.bytes,
  };
}
