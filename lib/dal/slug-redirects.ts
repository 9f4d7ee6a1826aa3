import 'server-only';
import { and, eq, like, ne } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { publications, releases, releaseSlugRedirects } from '@/db/schema';
import { CACHE_TAGS } from '@/lib/cache/tags';
import type { Locale } from '@/lib/i18n/locales';
import { slugify, uniqueSlug } from '@/lib/importer/slug';
import { cachedRead } from './public-cache';

// Read by the portal and the workflow, so no session here: who may change an address is release-slugs.ts.

type ReleaseRow = typeof releases.$inferSelect;

/**
 * `base`, or `base-2`, `base-3`… : the first slug of the language that no other release answers
 * at, neither as its address nor as an old address that still redirects to it.
 */
export async function freeReleaseSlug(
  tx: Transaction,
  language: Locale,
  base: string,
  exceptReleaseId?: string,
): Promise<string> {
  const [current, former] = await Promise.all([
    tx
      .select({ slug: releases.slug })
      .from(releases)
      .where(
        and(
          eq(releases.language, language),
          like(releases.slug, `${base}%`),
          exceptReleaseId ? ne(releases.id, exceptReleaseId) : undefined,
        ),
      ),
    tx
      .select({ slug: releaseSlugRedirects.fromSlug })
      .from(releaseSlugRedirects)
      .where(
        and(
          eq(releaseSlugRedirects.language, language),
          like(releaseSlugRedirects.fromSlug, `${base}%`),
          exceptReleaseId ? ne(releaseSlugRedirects.releaseId, exceptReleaseId) : undefined,
        ),
      ),
  ]);
  const taken = new Set([...current, ...former].map((row) => row.slug));
  return uniqueSlug(base, (candidate) => taken.has(candidate));
}

/**
 * The slug a saved title gives a release that has never been public: its address follows its
 * title until the first publish, then stays. Null when the slug stays as it is.
 */
export async function slugFollowingTitle(tx: Transaction, release: ReleaseRow, title: string): Promise<string | null> {
  // Once public, or brought in with an address of its own (an import keeps its old site's address), it stays.
  if (release.firstPublishedAt !== null || release.sourceKey !== null || !title.trim()) return null;
  const base = slugify(title);
  // `base-2` already is this title's slug when `base` belongs to another release.
  if (release.slug === base || new RegExp(`^${base}-\\d+$`).test(release.slug)) return null;
  const slug = await freeReleaseSlug(tx, release.language, base, release.id);
  return slug === release.slug ? null : slug;
}

/** The old addresses of a release that still redirect to it. */
export async function formerSlugsOf(tx: Transaction | typeof db, releaseId: string): Promise<string[]> {
  const rows = await tx
    .select({ slug: releaseSlugRedirects.fromSlug })
    .from(releaseSlugRedirects)
    .where(eq(releaseSlugRedirects.releaseId, releaseId));
  return rows.map((row) => row.slug);
}

/**
 * Where an old address of a release now leads: the live release's current slug, or `withdrawn`
 * when the release it led to is no longer public. Tagged like the address itself, so that
 * changing the slug again, or publishing a release at this address, replaces the cached answer.
 */
export const findSlugRedirect = cachedRead(
  'findSlugRedirect',
  async (
    language: Locale,
    slug: string,
  ): Promise<{ slug: string; withdrawn: false } | { title: string; withdrawn: true; withdrawnAt: string } | null> => {
    const [row] = await db
      .select({ slug: publications.slug, title: publications.title, withdrawnAt: publications.withdrawnAt })
      .from(releaseSlugRedirects)
      .innerJoin(publications, eq(publications.releaseId, releaseSlugRedirects.releaseId))
      .where(and(eq(releaseSlugRedirects.language, language), eq(releaseSlugRedirects.fromSlug, slug)));
    if (!row) return null;
    return row.withdrawnAt
      ? { title: row.title, withdrawn: true, withdrawnAt: row.withdrawnAt.toISOString() }
      : { slug: row.slug, withdrawn: false };
  },
  (language, slug) => [CACHE_TAGS.publication(language, slug)],
);
