import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // Translations have their own slugs and paths: the pages and the sitemap declare the right
  // hreflang alternates, where the middleware's Link header would guess the same path in every language.
  alternateLinks: false,
});
