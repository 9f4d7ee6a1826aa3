import type { MediaVariant } from '@/db/schema/media';
import type { Locale } from '@/lib/i18n/locales';

/**
 * What the media picker hands the release editor: one image ready to insert, with the alt text
 * and credit chosen for this release's language.
 *
 * `src` is the `/media/…` URL of the WebP version meant for an article's text column
 * (`pickVariant`). The other widths stay with the media row (`variants`): a renderer that wants
 * a srcset looks the image up by `mediaId` and writes `srcSetOf(variants)`, e.g.
 * `/media/ab/ab12…/w480.webp 480w, /media/ab/ab12…/w960.webp 960w, /media/ab/ab12…/w1600.webp 1600w`,
 * with `sizes="(min-width: 48rem) 42rem, 100vw"`.
 */
export type PickedImage = {
  mediaId: string;
  src: string;
  alt: string;
  /** What the figure's caption says under the image, beside the credit; the writer may change it in place. */
  caption?: string;
  credit: string;
  width: number;
  height: number;
};

/** An image in the picker's library and on the media page. */
export type MediaItemDTO = {
  id: string;
  src: string;
  /** The narrowest version, for thumbnails. */
  thumbnailSrc: string;
  originalName: string;
  alt: Partial<Record<Locale, string>>;
  caption: Partial<Record<Locale, string>>;
  credit: string;
  width: number;
  height: number;
  uploadedBy: string;
  createdAt: Date;
};

/** The public URL of a stored media key. */
export const mediaUrl = (key: string) => `/media/${key}`;

// An article's text column is about 42rem wide: 960 pixels stay sharp on most screens and light on phones.
const ARTICLE_WIDTH = 960;

/** The version to use as an image's `src`: the narrowest at least as wide as an article, else the widest. */
export function pickVariant(variants: MediaVariant[]): MediaVariant {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  const variant = sorted.find((candidate) => candidate.width >= ARTICLE_WIDTH) ?? sorted[sorted.length - 1];
  if (!variant) throw new Error('A media row has no web version');
  return variant;
}

/** A `srcset` attribute listing every web version of an image. */
export function srcSetOf(variants: MediaVariant[]): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${mediaUrl(variant.key)} ${variant.width}w`)
    .join(', ');
}

/** The lead image as shared links show it (Open Graph, X cards): 1200 × 630, cropped to fill. */
export const SHARE_IMAGE = { name: 'share-1200x630.jpg', width: 1200, height: 630 } as const;

/**
 * The shared-link version of a library image, beside its other versions; undefined for an image
 * from elsewhere. The media route makes it on first request for images stored before it existed.
 */
export function shareImageUrl(src: string): string | undefined {
  const folder = /^\/media\/([a-z0-9]{2}\/[a-z0-9_-]+)\/[a-z0-9._-]+$/.exec(src)?.[1];
  return folder && mediaUrl(`${folder}/${SHARE_IMAGE.name}`);
}
