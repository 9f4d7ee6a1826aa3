import type { PublicationHero } from '@/db/schema/publications';
import { captionLine } from '@/lib/rich-text/render-html';

/** A release's main image with its alt text and, under it, its caption and the credit line the caller words. */
export function HeroFigure({ hero, credit }: { hero: PublicationHero; credit: string | null }) {
  const caption = captionLine(hero.caption, credit);
  return (
    <figure className="mb-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- a stored web version at its own size; the media route serves it cached */}
      <img src={hero.src} alt={hero.alt} width={hero.width} height={hero.height} className="h-auto w-full rounded" />
      {caption && <figcaption className="mt-1 text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
