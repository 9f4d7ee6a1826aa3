import type { Locale } from '@/lib/i18n/locales';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The public origin of the portal (SITE_URL), for canonical URLs, feeds and the sitemap. */
export function siteUrl(): string {
  return (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}

export const portalPaths = {
  home: (language: Locale) => `/${language}`,
  news: (language: Locale, query = '') => `/${language}/news${query}`,
  release: (language: Locale, slug: string) => `/${language}/news/${slug}`,
  page: (language: Locale, path: string) => `/${language}/${path}`,
  office: (language: Locale, code: string) => `/${language}/offices/${code}`,
  search: (language: Locale, query = '') => `/${language}/search${query}`,
  rss: (language: Locale, query = '') => `/${language}/feed.xml${query}`,
  atom: (language: Locale, query = '') => `/${language}/atom.xml${query}`,
  subscribe: (language: Locale) => `/${language}/subscribe`,
  subscribeSent: (language: Locale) => `/${language}/subscribe/sent`,
  /** Where a used, expired or forged confirmation or preferences link leads (a 404 with its words). */
  subscriptionLinkInvalid: (language: Locale) => `/${language}/subscribe/invalid-link`,
  /** A recipient's preferences page; `token` is a signed recipient token (lib/distribution/recipient-links). */
  subscriptionPreferences: (language: Locale, token: string, notice?: string) =>
    `/${language}/subscribe/preferences/${token}${notice ? `?notice=${notice}` : ''}`,
};

/** A phone number as a `tel:` link: only digits and a leading plus survive. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replaceAll('+', '')}` : digits.replaceAll('+', '')}`;
}
