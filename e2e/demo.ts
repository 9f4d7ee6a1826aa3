import { DEMO_PAGES } from '@/db/seed/demo-pages';
import { DEMO_RELEASES } from '@/db/seed/demo-releases';

/** A demo release by its seed key (db/seed/demo-releases.ts). */
export function demoRelease(key: string) {
  const release = DEMO_RELEASES.find((candidate) => candidate.key === key);
  if (!release) throw new Error(`No demo release ${key}`);
  return release;
}

export function demoPage(group: string, language: 'fr' | 'en' | 'es') {
  const page = DEMO_PAGES.find((candidate) => candidate.group === group && candidate.language === language);
  if (!page) throw new Error(`No demo page ${group}/${language}`);
  return page;
}

export const releaseUrl = (release: { language: string; slug: string }) => `/${release.language}/news/${release.slug}`;

export const livePublished = (language: string) =>
  DEMO_RELEASES.filter((release) => release.language === language && release.state === 'published');
