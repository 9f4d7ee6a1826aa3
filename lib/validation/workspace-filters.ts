import { z } from 'zod';
import { DELIVERY_STATUSES } from '@/db/schema/distribution';
import { MEDIA_CONTACT_STATUSES } from '@/db/schema/media-contacts';
import { OUTBOX_STATUSES } from '@/db/schema/outbox';
import { PAGE_STATES } from '@/db/schema/pages';
import { LOCALES } from '@/lib/i18n/locales';
import { RELEASE_STATES } from '@/lib/workflow/states';

/** The query string as Next hands it to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One value of a query-string parameter: the first one, or undefined when it is empty. */
const single = z.preprocess((value) => {
  const first = Array.isArray(value) ? value[0] : value;
  // Control characters (a NUL above all, which no database text may hold) read as spaces.
  const text = typeof first === 'string' ? first.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '';
  return text !== '' ? text : undefined;
}, z.string().max(200).optional());

const page = single.pipe(z.coerce.number<string | undefined>().int().min(1).max(10_000).optional());
const day = single.pipe(
  z
    .string()
    .regex(ISO_DATE)
    .refine(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    )
    .optional(),
);

/** States the review queue can show: what waits, and what has been approved or scheduled since. */
export const REVIEW_STATES = ['in_review', 'approved', 'scheduled'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const ReviewFiltersInput = z.object({
  office: single.pipe(z.string().regex(CODE).optional()),
  region: single.pipe(z.string().regex(CODE).optional()),
  language: single.pipe(z.enum(LOCALES).optional()),
  state: single.pipe(z.enum(REVIEW_STATES).optional()),
});
export type ReviewFiltersInput = z.infer<typeof ReviewFiltersInput>;

export const AuditFiltersInput = z
  .object({
    who: single,
    action: single.pipe(
      z
        .string()
        .regex(/^[a-z_]+(\.[a-z_]+)*$/)
        .optional(),
    ),
    from: day,
    to: day,
    release: single,
    page,
  })
  // Reported against `to`, so dropping `to` leaves a valid period that starts at `from`.
  .refine((input) => !input.from || !input.to || input.from <= input.to, { path: ['to'] });
export type AuditFiltersInput = z.infer<typeof AuditFiltersInput>;

/** The media library's search: text in a file name, alt text (any language) or credit; an uploader; an upload period. */
export const MediaLibraryFiltersInput = z
  .object({
    q: single,
    uploader: single,
    from: day,
    to: day,
    page,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { path: ['to'] });
export type MediaLibraryFiltersInput = z.infer<typeof MediaLibraryFiltersInput>;

export const OutboxFiltersInput = z.object({
  status: single.pipe(z.enum(OUTBOX_STATUSES).optional()),
  page,
});
export type OutboxFiltersInput = z.infer<typeof OutboxFiltersInput>;

export const PageFiltersInput = z.object({
  language: single.pipe(z.enum(LOCALES).optional()),
  state: single.pipe(z.enum(PAGE_STATES).optional()),
  q: single,
});
export type PageFiltersInput = z.infer<typeof PageFiltersInput>;

/**
 * Reads a screen's filters from the URL. A value that cannot be valid is left out and named in
 * `ignored`, so the page says which filter it dropped instead of failing: a mistyped or stale
 * link still shows a list.
 */
export function parseFilters<Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
  searchParams: SearchParams,
): { filters: z.infer<Schema>; ignored: string[] } {
  const result = schema.safeParse(searchParams);
  if (result.success) return { filters: result.data, ignored: [] };
  const ignored = [...new Set(result.error.issues.map((issue) => String(issue.path[0])))];
  const kept = Object.fromEntries(Object.entries(searchParams).filter(([key]) => !ignored.includes(key)));
  const retried = schema.safeParse(kept);
  // Every field is optional, so what is left parses; an empty filter set is the safe fallback.
  return { filters: retried.success ? retried.data : schema.parse({}), ignored };
}

/** How the list of releases can be ordered: last change (newest or oldest first), title, last publication. */
export const RELEASE_SORTS = ['updated', 'oldest', 'title', 'published'] as const;
export type ReleaseSort = (typeof RELEASE_SORTS)[number];

/**
 * The list of releases: words in the title, summary or text; a state, office, language, author,
 * topic; a period of last change (whole days, UTC); an order; a page.
 */
export const ReleaseListFiltersInput = z
  .object({
    q: single,
    state: single.pipe(z.enum(RELEASE_STATES).optional()),
    office: single.pipe(z.string().regex(CODE).optional()),
    language: single.pipe(z.enum(LOCALES).optional()),
    author: single.pipe(z.uuid().optional()),
    topic: single.pipe(z.string().regex(CODE).optional()),
    from: day,
    to: day,
    sort: single.pipe(z.enum(RELEASE_SORTS).optional()),
    page,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { path: ['to'] });
export type ReleaseListFiltersInput = z.infer<typeof ReleaseListFiltersInput>;

/** The media contacts: words in the name, outlet, e-mail or beat; a language, a region, a topic, a status, an owning office; a page. */
export const MediaContactFiltersInput = z.object({
  q: single,
  language: single.pipe(z.enum(LOCALES).optional()),
  region: single.pipe(z.string().regex(CODE).optional()),
  topic: single.pipe(z.string().regex(CODE).optional()),
  status: single.pipe(z.enum(MEDIA_CONTACT_STATUSES).optional()),
  office: single.pipe(z.string().regex(CODE).optional()),
  page,
});
export type MediaContactFiltersInput = z.infer<typeof MediaContactFiltersInput>;

/** A release's distribution report: which mailing (the latest by default), which deliveries, which page. */
export const DistributionReportFiltersInput = z.object({
  mailing: single.pipe(z.uuid().optional()),
  status: single.pipe(z.enum(DELIVERY_STATUSES).optional()),
  page,
});
export type DistributionReportFiltersInput = z.infer<typeof DistributionReportFiltersInput>;
