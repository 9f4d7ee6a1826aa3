import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseState } from '@/lib/workflow/states';

/** Codes of the demo offices (db/seed/demo-offices.ts). */
export type DemoOfficeCode =
  | 'hq'
  | 'americas'
  | 'west-central-africa'
  | 'asia-pacific'
  | 'panama'
  | 'mexico'
  | 'senegal'
  | 'niger'
  | 'philippines'
  | 'bangladesh';

/** Local part of a demo account's e-mail address (`<key>@example.org`). */
export type DemoAuthor =
  'writer.panama' | 'writer.mexico' | 'writer.dakar' | 'writer.niamey' | 'editor.americas' | 'editor' | 'admin';

export type DemoTopic =
  | 'migration-governance'
  | 'labour-migration'
  | 'counter-trafficking'
  | 'emergencies'
  | 'climate'
  | 'health'
  | 'partnerships'
  | 'data-research'
  | 'sustainable-development';

/** A block of body text, turned into TipTap JSON by the seed. */
export type DemoBlock =
  | { paragraph: string }
  | { heading: string }
  | { bullets: string[] }
  | { numbered: string[] }
  | { quote: string }
  /** The first row holds the column headings. */
  | { table: { caption?: string; rows: string[][] } }
  /** A demo image (named by the group it illustrates) with its caption in the release's language. */
  | { figure: { image: string; caption: string } }
  /** The seed's demo report (db/seed/demo-documents.ts), offered for download under this title. */
  | { download: { title: string } };

export type DemoContact = {
  name: string;
  role?: string;
  office: string;
  phones: string[];
  email?: string;
};

export type DemoRelease = {
  /** Stable, unique key: the seed uses it to stay idempotent. */
  key: string;
  /** Releases sharing a group are translations of one another (one per language at most). */
  group: string;
  language: Locale;
  slug: string;
  office: DemoOfficeCode;
  author: DemoAuthor;
  state: ReleaseState;
  /** Days before the seed runs (negative: in the future, for scheduled releases). */
  daysAgo: number;
  title: string;
  summary: string;
  datelineCity: string;
  datelineCountry: string;
  topics: DemoTopic[];
  body: DemoBlock[];
  contacts: DemoContact[];
  /** Position among the home page's editors' picks of its language, for published releases. */
  pick?: number;
  /** Only for state changes_requested: the editor's comment. */
  reviewComment?: string;
  /** A translation: the key of the release it was made from (seeded before it), at its published revision. */
  translatedFrom?: string;
  /** A published release whose text an editor changed later (after its translations were made), republished then. */
  laterRevision?: { daysAgo: number; message: string; summary?: string; lastParagraph?: string };
};

export type DemoPage = {
  key: string;
  group: string;
  language: Locale;
  /** Nested path below the locale, e.g. 'qui-sommes-nous/structure'. */
  path: string;
  title: string;
  summary: string;
  body: DemoBlock[];
};
