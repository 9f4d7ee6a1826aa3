import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** The language cookie next-intl's middleware also sets on the portal, so one choice serves both. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The best of our languages for an Accept-Language header, by quality, else French. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const quality = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.toLowerCase().split('-')[0], quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
