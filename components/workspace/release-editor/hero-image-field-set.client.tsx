'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, Legend } from '@/components/ui/field';
import type { PublicationHero } from '@/db/schema/publications';
import type { Locale } from '@/lib/i18n/locales';
import { MediaPicker } from '../media-picker.client';
import { Muted } from '@/components/ui/muted';

type ShownHero = { mediaId: string; image: PublicationHero };

/** The release's main image, chosen from the media library through the picker. */
export function HeroImageFieldSet({
  id,
  heroMediaId,
  saved,
  language,
  onChange,
  error,
}: {
  id: string;
  heroMediaId: string | null;
  /** The main image as saved, for the thumbnail until another is picked. */
  saved: ShownHero | null;
  language: Locale;
  onChange: (heroMediaId: string | null) => void;
  error: string | undefined;
}) {
  const t = useTranslations('ReleaseEditor');
  // What the thumbnail shows: the saved main image, then whichever the writer picks.
  const [shown, setShown] = useState<ShownHero | null>(saved);
  const [picking, setPicking] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  // Once the picker is gone (not merely asked to close: a modal dialog keeps focus inside it), focus
  // goes back to the button that opened it.
  const picked = useRef(false);
  useEffect(() => {
    if (picking) picked.current = true;
    else if (picked.current) {
      picked.current = false;
      chooseButton.current?.focus();
    }
  }, [picking]);

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-hero-error` : undefined}>
      <Legend>{t('fields.hero')}</Legend>
      {heroMediaId ? (
        shown?.mediaId === heroMediaId ? (
          <figure className="flex flex-wrap items-start gap-3 text-sm">
            {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of a stored web version */}
            <img src={shown.image.src} alt={shown.image.alt} className="h-24 w-auto rounded border border-slate-300" />
            <figcaption className="min-w-0 flex-1">
              {shown.image.alt || <span className="text-red-800">{t('hero.altMissing')}</span>}
            </figcaption>
          </figure>
        ) : (
          <p className="text-sm">{t('hero.chosen')}</p>
        )
      ) : (
        <Muted>{t('hero.none')}</Muted>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          ref={chooseButton}
          variant="secondary"
          size="sm"
          aria-haspopup="dialog"
          onClick={() => setPicking(true)}
        >
          {t(heroMediaId ? 'hero.change' : 'hero.choose')}
        </Button>
        {heroMediaId && (
          <Button variant="secondary" size="sm" onClick={() => onChange(null)}>
            {t('hero.remove')}
          </Button>
        )}
      </div>
      {picking && (
        <MediaPicker
          language={language}
          onPick={(image) => {
            setPicking(false);
            setShown({
              mediaId: image.mediaId,
              image: {
                src: image.src,
                alt: image.alt,
                credit: image.credit || null,
                width: image.width,
                height: image.height,
              },
            });
            onChange(image.mediaId);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
      {error && <FieldError id={`${id}-hero-error`}>{error}</FieldError>}
    </fieldset>
  );
}
