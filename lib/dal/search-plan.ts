import { sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';

/*
 * How a search reaches the most recent matches it ranks. A `tsvector` (about 2 kB) is stored out
 * of line, so testing a row against the query reads it from the TOAST table: walking the date
 * index from the newest row costs about 12 µs per row walked, 500 / (share of rows matching)
 * rows in all, while reading the matches through the GIN index tests none of them and costs about
 * 1 µs per match. PostgreSQL's planner does not count the TOAST reads, and its estimates of
 * how many rows match words that occur together miss tenfold: left to itself, it walked through
 * 3,000 rows (40 ms) for a query matching one row in seven.
 *
 * So a search counts its matches through the GIN index alone; past the window, it tests the
 * newest rows, and walks when enough of them match. At 33,000 publications per language, both
 * ways cost the same when about 40 % of the rows match (500 / 0.4 × 12 µs ≈ 0.4 × 33,000 × 1 µs);
 * the share falls as the archive grows (one over its square root).
 */

/** How many of the newest rows a search with more matches than its window tests. */
export const NEWEST_SAMPLED = 100;
/** How many of those must match for walking the date index to be the shorter way. */
export const MIN_HITS_TO_WALK = 40;

type ScanKind = 'enable_seqscan' | 'enable_indexscan' | 'enable_bitmapscan';

/** Allows or forbids kinds of scans to the planner for the rest of the transaction. */
export async function allowScans(tx: Transaction, scans: Partial<Record<ScanKind, boolean>>): Promise<void> {
  const settings = Object.entries(scans).map(
    ([kind, allowed]) => sql`set_config(${kind}, ${allowed ? 'on' : 'off'}, true)`,
  );
  await tx.execute(sql`select ${sql.join(settings, sql`, `)}`);
}
