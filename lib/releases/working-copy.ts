import type { releases } from '@/db/schema';

type ReleaseRow = typeof releases.$inferSelect;
type Content = Pick<
  ReleaseRow,
  'title' | 'summary' | 'datelineCity' | 'datelineCountry' | 'body' | 'bodyText' | 'contacts' | 'heroMediaId'
>;

/** The content a revision snapshots from a release's working copy, and a restore writes back. */
export function workingCopyOf(release: Content): Content {
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
