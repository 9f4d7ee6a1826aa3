import type { PublicationHero } from '@/db/schema/publications';
import type { LocalizedText, Locale } from '@/lib/i18n/locales';
import { listAttachments } from '@/lib/rich-text/attachments';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { Contact } from '@/lib/validation/contact';

export type PublishedRevision = {
  id: string;
  title: string;
  summary: string;
  datelineCity: string;
  datelineCountry: string;
  body: RichTextDoc;
  bodyText: string;
  contacts: Contact[];
};

export type PublishedRelease = { id: string; language: Locale; slug: string; translationGroupId: string };
export type PublishingOffice = { id: string; code: string; names: LocalizedText; regionCode: string | null };

/** The public read model's row for a revision going live: everything the portal shows, rendered once. */
export function toPublicationValues(input: {
  release: PublishedRelease;
  revision: PublishedRevision;
  office: PublishingOffice;
  topicSlugs: string[];
  /** The main image, resolved from the media library in the release's language. */
  hero?: PublicationHero | null;
  publishedAt: Date;
  revisedAt: Date | null;
  isLegacy?: boolean;
  /** The date a legacy dump gives (YYYY-MM-DD), shown instead of the import's. */
  archiveDate?: string | null;
}) {
  const { release, revision, office } = input;
  return {
    releaseId: release.id,
    revisionId: revision.id,
    language: release.language,
    slug: release.slug,
    translationGroupId: release.translationGroupId,
    title: revision.title,
    summary: revision.summary,
    datelineCity: revision.datelineCity,
    datelineCountry: revision.datelineCountry,
    bodyHtml: renderRichTextHtml(revision.body),
    bodyText: revision.bodyText,
    downloads: listAttachments(revision.body),
    contacts: revision.contacts,
    hero: input.hero ?? null,
    officeId: office.id,
    officeCode: office.code,
    officeNames: office.names,
    regionCode: office.regionCode,
    topics: input.topicSlugs,
    publishedAt: input.publishedAt,
    revisedAt: input.revisedAt,
    withdrawnAt: null,
    isLegacy: input.isLegacy ?? false,
    archiveDate: input.archiveDate ?? null,
  };
}
