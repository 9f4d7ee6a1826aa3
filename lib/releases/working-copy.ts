import type { releases } from '@/db/schema';

type ReleaseRow = typeof releases.$inferSelect;

/** The content a revision snapshots from a release's working copy. */
export function workingCopyOf(release: ReleaseRow) {
  return {
    title: release.title,
    summary: release.summary,
    datelineCity: release.datelineCity,
    datelineCountry: release.datelineCountry,
    body: release.body,
    bodyText: release.bodyText,
    contacts: release.contacts,
    heroMediaId: release.heroMediaId,
  };
}
