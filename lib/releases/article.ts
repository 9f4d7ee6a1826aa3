import type { PublicationHero } from '@/db/schema/publications';
import type { Locale } from '@/lib/i18n/locales';
import type { PickedAttachment } from '@/lib/media/attachment-types';
import type { Contact } from '@/lib/validation/contact';

/**
 * Everything the public article shows, whatever it comes from: a publication for the portal, a
 * working copy for the workspace preview, or a revision for a preview link.
 */
export type ReleaseArticleDTO = {
  language: Locale;
  title: string;
  summary: string;
  officeCode: string;
  officeName: string;
  /** The office's time zone: the dateline's date is the date where the release was written. */
  timeZone: string;
  topics: { slug: string; label: string }[];
  datelineCity: string;
  /** Rendered by lib/rich-text with an allowlist of nodes, marks and URL schemes. */
  bodyHtml: string;
  /** ISO 8601. */
  publishedAt: string;
  revisedAt: string | null;
  /** The main image, shown above the text with its alt text and credit. */
  hero: PublicationHero | null;
  contacts: Contact[];
  /** Documents offered for download, listed in a box after the text. */
  downloads?: PickedAttachment[];
  translations: { language: Locale; slug: string; title: string }[];
  /** Where the share links point; none for what is not public yet. */
  shareUrl: string | null;
  /** An imported legacy release: dated by `archiveDate` (YYYY-MM-DD, or undated), never by its import. */
  isArchive?: boolean;
  archiveDate?: string | null;
};
