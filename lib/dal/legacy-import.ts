import 'server-only';
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { databaseDriver, db, type Transaction } from '@/db/client';
import { offices, pageRevisions, pages, releases, revisions, users } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/locales';
import { guessOffice, officeForDateline, type KnownOffice } from '@/lib/importer/office-guess';
import { parseDump, type ParsedDump } from '@/lib/importer/parse-dump';
import { countResults, tagsChangedBy, type ImportFileResult, type ImportReport } from '@/lib/importer/report';
import { withReasons, type ImportReview, type ReviewReason } from '@/lib/importer/review';
import { slugify, uniqueSlug } from '@/lib/importer/slug';
import { workingCopyOf } from '@/lib/releases/working-copy';
import { renderRichTextHtml } from '@/lib/rich-text/render-html';
import type { Actor } from '@/lib/workflow/transitions';
import { recordAudits, type AuditEntry } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { snapshotRevision } from './snapshots';
import { applyImportTransitions, writeLivePublication } from './transitions';

/**
 * One dump: `name` is its path below the folder it was imported from (or its file name), the key
 * of idempotence; `modifiedAt` is the file's date, the release's date when its text gives none.
 */
export type LegacyDumpFile = {
  name: string;
  bytes: Uint8Array;
  modifiedAt?: Date;
  /** The file's size when its bytes were left unread because it is too large. */
  size?: number;
};

/** A saved page is a few kilobytes; anything past this is not one (the upload page has the same limit). */
export const LARGEST_DUMP_BYTES = 2 * 1024 * 1024;

export type ImportOptions = {
  draft?: boolean;
  dryRun?: boolean;
  /** Office of the releases whose contact block names no known office. */
  officeCode?: string;
  onProgress?: (progress: { done: number; total: number; file: ImportFileResult }) => void;
};

/** The command line (no signed-in person) or an admin using the workspace's upload page. */
export type ImportActor = { kind: 'cli' } | { kind: 'user'; id: string; role: Role };

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; reason: 'forbidden' };

/**
 * Releases need an author; legacy ones get this inactive account, created on first use, so that
 * imported content is never credited to a real person and nobody can sign in with it.
 */
export const LEGACY_AUTHOR = { email: 'legacy-import@communique.invalid', name: 'Legacy import' } as const;
/** Bumped when the parser changes what it reads, so that the next import refreshes every file. */
const PARSER_VERSION = 'v2';
const AUDIT_LABEL = 'importer';
const BATCH_SIZE = 500;
/** Batches written at once on PostgreSQL; PGlite has one connection, so one there. */
const POSTGRES_WRITERS = 2;

type Office = KnownOffice & { id: string; parentId: string | null };
type Existing = {
  id: string;
  kind: 'release' | 'page';
  hash: string | null;
  title: string;
  language: Locale;
  slug: string;
};
type Plan = {
  index: number;
  result: ImportFileResult;
  dump: ParsedDump;
  hash: string;
  existing?: Existing;
  office?: Office;
  archiveDate: string | null;
  review: ImportReview;
};
type Finish = (index: number, result: ImportFileResult) => void;
/** `authorId` is null only in a database without offices, where no release can be stored anyway. */
type Context = { actor: ImportActor; authorId: string | null; now: Date; draft: boolean; offices: Map<string, Office> };

const LONGEST_SOURCE_NAME = 500;
const isValidSourceName = (name: string) =>
  name.length > 0 && name.length <= LONGEST_SOURCE_NAME && !/[\u0000-\u001f\u007f]/.test(name);

export function sourceHashOf(bytes: Uint8Array): string {
  return `${PARSER_VERSION}:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Imports legacy page dumps as releases and pages; returns the same report the CLI prints. */
export async function importLegacyDumps(
  files: LegacyDumpFile[],
  options: ImportOptions,
  actor: ImportActor,
): Promise<ImportOutcome> {
  if (actor.kind === 'user' && actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
  const now = new Date();
  const officeRows = await db.select().from(offices);
  const officesById = new Map(officeRows.map((row) => [row.id, { ...row } as Office]));
  const known = [...officesById.values()];
  const fallbackOffice = options.officeCode ? known.find((office) => office.code === options.officeCode) : undefined;

  // Each batch queues the portal's refresh of what it changed in its own transaction.
  if (!options.dryRun) await jobs();
  const existing = await findExisting(files.filter((file) => isValidSourceName(file.name)).map((file) => file.name));
  const taken = await takenSlugs();
  const seen = new Set<string>();
  const results: ImportFileResult[] = new Array(files.length);
  const changed: Plan[] = [];
  let batch: Plan[] = [];
  let context: Context | undefined;
  const writeContext = async () =>
    (context ??= { actor, authorId: await legacyAuthorId(known), now, draft: !!options.draft, offices: officesById });
  // Batches are written while the next ones are parsed: PostgreSQL works in its own processes meanwhile.
  const writing: Promise<void>[] = [];
  const writers = databaseDriver() === 'postgres' ? POSTGRES_WRITERS : 1;
  const flush = async () => {
    const ready = batch;
    batch = [];
    const readyContext = await writeContext();
    if (writing.length >= writers) await writing.shift();
    writing.push(storeBatch(ready, readyContext, finish));
  };
  let done = 0;
  const finish: Finish = (index, result) => {
    results[index] = result;
    options.onProgress?.({ done: ++done, total: files.length, file: result });
  };

  for (const [index, file] of files.entries()) {
    const result: ImportFileResult = { source: file.name, status: 'failed', reasons: [] };
    if (!isValidSourceName(file.name)) {
      finish(index, { ...result, status: 'skipped', reason: 'invalid_name' });
      continue;
    }
    if (seen.has(file.name)) {
      finish(index, { ...result, status: 'skipped', reason: 'duplicate_source' });
      continue;
    }
    seen.add(file.name);
    if ((file.size ?? file.bytes.length) > LARGEST_DUMP_BYTES) {
      finish(index, { ...result, status: 'skipped', reason: 'too_large' });
      continue;
    }
    // An unchanged file is known by its hash: it is not parsed again.
    const hash = sourceHashOf(file.bytes);
    const previous = existing.get(file.name);
    if (previous?.hash === hash) {
      const { id, kind, title, language, slug } = previous;
      finish(index, { ...result, status: 'unchanged', id, kind, title, language, slug });
      continue;
    }
    const parsed = parseDump(file.bytes, { sourceName: file.name });
    if (!parsed.ok) {
      const unreadable = parsed.reason === 'empty' || parsed.reason === 'binary';
      finish(index, { ...result, status: unreadable ? 'skipped' : 'failed', reason: parsed.reason });
      continue;
    }
    const { dump } = parsed;
    Object.assign(result, { kind: dump.kind, language: dump.language, title: dump.title });
    if (previous && previous.kind !== dump.kind) {
      finish(index, { ...result, reason: 'kind_changed' });
      continue;
    }
    if (previous) result.id = previous.id;
    const extra: ReviewReason[] = [];
    let office: Office | undefined;
    if (dump.kind === 'release') {
      office = guessOffice(dump.contacts, known) as Office | undefined;
      if (!office && dump.datelineCity) {
        office = officeForDateline(dump.datelineCity, known) as Office | undefined;
        if (office) extra.push({ field: 'office', code: 'office_from_dateline', detail: dump.datelineCity });
      }
      if (!office && options.officeCode && !fallbackOffice) {
        finish(index, { ...result, reason: 'unknown_office' });
        continue;
      }
      office ??= fallbackOffice;
      if (!office) {
        finish(index, { ...result, reason: 'no_office' });
        continue;
      }
      result.officeCode = office.code;
    }
    const archiveDate = dump.date ?? (file.modifiedAt ? file.modifiedAt.toISOString().slice(0, 10) : null);
    if (dump.kind === 'release' && !dump.date)
      extra.push({ field: 'date', code: archiveDate ? 'date_from_file' : 'date_missing' });
    const review = withReasons(dump.review, extra);
    Object.assign(result, {
      reasons: review.reasons,
      needsReview: review.needsReview,
      state: options.draft || review.needsReview ? 'draft' : 'published',
    });
    if (!previous) {
      result.slug = uniqueSlug(slugify(dump.title), (slug) => taken.has(`${dump.kind}:${dump.language}:${slug}`));
      taken.add(`${dump.kind}:${dump.language}:${result.slug}`);
    }
    result.status = previous ? 'updated' : 'imported';
    const plan: Plan = { index, result, dump, hash, existing: previous, office, archiveDate, review };
    if (options.dryRun) finish(index, result);
    else if (previous) changed.push(plan);
    else batch.push(plan);
    if (batch.length === BATCH_SIZE) await flush();
  }
  if (batch.length) await flush();
  await Promise.all(writing);
  for (const plan of changed) await storeBatch([plan], await writeContext(), finish);
  return { ok: true, report: { dryRun: !!options.dryRun, counts: countResults(results), files: results } };
}

/**
 * New files go in batches, one transaction each, for speed; when a batch fails, its files are
 * stored one by one so that the bad file is the only one reported and the rest still land.
 */
async function storeBatch(batch: Plan[], context: Context, finish: Finish): Promise<void> {
  try {
    await db.transaction((tx) => store(tx, batch, context));
    batch.forEach((plan) => finish(plan.index, plan.result));
  } catch (error) {
    if (batch.length > 1) {
      for (const plan of batch) await storeBatch([plan], context, finish);
      return;
    }
    const detail =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    // The id given inside the rolled-back transaction names nothing.
    const { id: _rolledBack, ...result } = batch[0]!.result;
    finish(batch[0]!.index, { ...result, status: 'failed', reason: 'storage_error', detail });
  }
}

async function store(tx: Transaction, batch: Plan[], context: Context): Promise<void> {
  const newReleases = batch.filter((plan) => plan.dump.kind === 'release' && !plan.existing);
  const newPages = batch.filter((plan) => plan.dump.kind === 'page' && !plan.existing);
  if (newReleases.length) await insertReleases(tx, newReleases, context);
  if (newPages.length) await insertPages(tx, newPages, context);
  for (const plan of batch.filter((candidate) => candidate.existing)) {
    if (plan.dump.kind === 'release') await updateRelease(tx, plan, context);
    else await updatePage(tx, plan, context);
  }
  await sendPortalRefresh(tx, tagsChangedBy({ dryRun: false, files: batch.map((plan) => plan.result) }));
}

const actorIdOf = (actor: ImportActor) => (actor.kind === 'user' ? actor.id : null);

function contentOf(dump: ParsedDump) {
  return {
    title: dump.title,
    summary: dump.summary,
    datelineCity: dump.datelineCity,
    datelineCountry: '',
    body: dump.body,
    bodyText: dump.bodyText,
    contacts: dump.contacts,
  };
}

/** The importer as the workflow knows it: the system, named "importer" in the audit log. */
const IMPORTER = { kind: 'system', label: AUDIT_LABEL } satisfies Actor;

function auditActor(actor: ImportActor): AuditEntry['actor'] {
  // The admin who uploaded is recorded by id; the row's label still says the importer wrote it.
  return actor.kind === 'user' ? { id: actor.id, email: AUDIT_LABEL } : { label: AUDIT_LABEL };
}

/**
 * New releases go in as drafts in one statement; the ones the importer is sure of then go live
 * through the workflow's `import` transition (revision, transition, audit and publication rows
 * written by applyTransition, in this batch's transaction). The others stay drafts flagged for
 * review, with a first revision saying where they came from.
 */
async function insertReleases(tx: Transaction, plans: Plan[], context: Context): Promise<void> {
  const authorId = context.authorId!;
  const rows = plans.map((plan) => ({
    plan,
    release: {
      id: crypto.randomUUID(),
      language: plan.dump.language,
      slug: plan.result.slug!,
      officeId: plan.office!.id,
      authorId,
      translationGroupId: crypto.randomUUID(),
      lastEditedById: authorId,
      sourceKey: plan.result.source,
      sourceHash: plan.hash,
      archiveDate: plan.archiveDate,
      importReview: plan.review.reasons.length ? plan.review : null,
      ...contentOf(plan.dump),
    },
  }));
  await tx.insert(releases).values(rows.map((row) => row.release));
  const live = rows.filter((row) => row.plan.result.state === 'published');
  await applyImportTransitions(
    tx,
    IMPORTER,
    live.map((row) => ({ releaseId: row.release.id, message: `Imported from ${row.plan.result.source}` })),
    context.now,
  );
  // The drafts keep a first revision saying where they came from (no state changed, so no transition).
  const drafts = rows.filter((row) => row.plan.result.state !== 'published');
  if (drafts.length) {
    await tx.insert(revisions).values(
      drafts.map((row) => ({
        ...workingCopyOf({ ...row.release, heroMediaId: null }),
        releaseId: row.release.id,
        number: 1,
        state: 'draft' as const,
        topicIds: [],
        contentAuthorId: authorId,
        createdById: actorIdOf(context.actor),
        message: `Imported from ${row.plan.result.source}`,
      })),
    );
  }
  for (const row of rows) row.plan.result.id = row.release.id;
  await recordAudits(
    tx,
    rows.map((row) => ({
      actor: auditActor(context.actor),
      action: 'release.imported',
      subjectType: 'release',
      subjectId: row.release.id,
      releaseId: row.release.id,
      data: {
        source: row.plan.result.source,
        sourceHash: row.plan.hash,
        state: row.plan.result.state,
        needsReview: row.plan.review.needsReview,
      },
    })),
  );
}

/**
 * A changed file: its text becomes the release's working copy and a new revision. A live release
 * the importer is sure of gets its public copy refreshed; one it is unsure of keeps its public
 * copy and waits, flagged, for an editor.
 */
async function updateRelease(tx: Transaction, plan: Plan, context: Context): Promise<void> {
  const { now, actor } = context;
  const authorId = context.authorId!;
  const [locked] = await tx.select().from(releases).where(eq(releases.id, plan.existing!.id)).for('update');
  const [release] = await tx
    .update(releases)
    .set({
      ...contentOf(plan.dump),
      sourceHash: plan.hash,
      archiveDate: plan.archiveDate,
      importReview: plan.review.reasons.length ? plan.review : null,
      version: locked!.version + 1,
      lastEditedById: authorId,
    })
    .where(eq(releases.id, locked!.id))
    .returning();
  const revision = await snapshotRevision(tx, release!, {
    state: release!.state,
    topicIds: [],
    contentAuthorId: authorId,
    createdById: actorIdOf(actor),
    message: `Re-imported from ${plan.result.source}`,
  });
  const refreshLive = release!.state === 'published' && !plan.review.needsReview && !context.draft;
  if (refreshLive) {
    await tx
      .update(releases)
      .set({ liveRevisionId: revision.id, lastPublishedAt: now })
      .where(eq(releases.id, release!.id));
    await writeLivePublication(tx, release!, revision.id, [], now);
  }
  await recordAudits(tx, [
    {
      actor: auditActor(actor),
      action: 'release.reimported',
      subjectType: 'release',
      subjectId: release!.id,
      releaseId: release!.id,
      data: { source: plan.result.source, sourceHash: plan.hash, revision: revision.number, live: refreshLive },
    },
  ]);
  Object.assign(plan.result, {
    slug: release!.slug,
    officeCode: context.offices.get(release!.officeId)?.code,
    state: release!.state === 'published' ? 'published' : 'draft',
  });
}

function pageValues(plan: Plan, context: Context) {
  const { dump } = plan;
  const published = plan.result.state === 'published';
  return {
    title: dump.title,
    summary: dump.summary,
    body: dump.body,
    bodyText: dump.bodyText,
    ...(published
      ? {
          state: 'published' as const,
          publishedTitle: dump.title,
          publishedSummary: dump.summary,
          publishedHtml: renderRichTextHtml(dump.body),
          publishedAt: context.now,
        }
      : {}),
    updatedById: context.authorId,
  };
}

async function insertPages(tx: Transaction, plans: Plan[], context: Context): Promise<void> {
  const rows = plans.map((plan) => ({
    plan,
    page: {
      id: crypto.randomUUID(),
      language: plan.dump.language,
      path: plan.result.slug!,
      sourceKey: plan.result.source,
      sourceHash: plan.hash,
      createdById: context.authorId,
      ...pageValues(plan, context),
    },
  }));
  await tx.insert(pages).values(rows.map((row) => row.page));
  for (const row of rows) row.plan.result.id = row.page.id;
  await tx.insert(pageRevisions).values(
    rows.map((row) => ({
      pageId: row.page.id,
      number: 1,
      title: row.page.title,
      summary: row.page.summary,
      body: row.page.body,
      authorId: context.authorId,
      message: `Imported from ${row.plan.result.source}`,
    })),
  );
  await recordAudits(
    tx,
    rows.map((row) => ({
      actor: auditActor(context.actor),
      action: 'page.imported',
      subjectType: 'page',
      subjectId: row.page.id,
      data: {
        source: row.plan.result.source,
        sourceHash: row.plan.hash,
        path: row.page.path,
        state: row.plan.result.state,
        needsReview: row.plan.review.needsReview,
      },
    })),
  );
}

async function updatePage(tx: Transaction, plan: Plan, context: Context): Promise<void> {
  const [page] = await tx.select().from(pages).where(eq(pages.id, plan.existing!.id)).for('update');
  const [{ last }] = (await tx
    .select({ last: sql<number>`coalesce(max(${pageRevisions.number}), 0)::int` })
    .from(pageRevisions)
    .where(eq(pageRevisions.pageId, page!.id))) as [{ last: number }];
  // A page an admin took offline stays offline; its working copy still gets the new text.
  if (page!.state !== 'published') plan.result.state = 'draft';
  const values = pageValues(plan, context);
  await tx
    .update(pages)
    .set({ ...values, sourceHash: plan.hash, version: page!.version + 1 })
    .where(eq(pages.id, page!.id));
  await tx.insert(pageRevisions).values({
    pageId: page!.id,
    number: last + 1,
    title: values.title,
    summary: values.summary,
    body: values.body,
    authorId: context.authorId,
    message: `Re-imported from ${plan.result.source}`,
  });
  await recordAudits(tx, [
    {
      actor: auditActor(context.actor),
      action: 'page.reimported',
      subjectType: 'page',
      subjectId: page!.id,
      data: { source: plan.result.source, sourceHash: plan.hash, revision: last + 1 },
    },
  ]);
  plan.result.slug = page!.path;
}

async function findExisting(keys: string[]): Promise<Map<string, Existing>> {
  const found = new Map<string, Existing>();
  for (let start = 0; start < keys.length; start += 1000) {
    const chunk = keys.slice(start, start + 1000);
    const releaseRows = await db
      .select({
        id: releases.id,
        key: releases.sourceKey,
        hash: releases.sourceHash,
        title: releases.title,
        language: releases.language,
        slug: releases.slug,
      })
      .from(releases)
      .where(inArray(releases.sourceKey, chunk));
    const pageRows = await db
      .select({
        id: pages.id,
        key: pages.sourceKey,
        hash: pages.sourceHash,
        title: pages.title,
        language: pages.language,
        slug: pages.path,
      })
      .from(pages)
      .where(inArray(pages.sourceKey, chunk));
    for (const { key, ...row } of releaseRows) found.set(key!, { ...row, kind: 'release' });
    for (const { key, ...row } of pageRows) found.set(key!, { ...row, kind: 'page' });
  }
  return found;
}

/** Every slug and page path in use, as `kind:language:slug`, so that new ones get a free suffix. */
async function takenSlugs(): Promise<Set<string>> {
  const releaseSlugs = await db.select({ language: releases.language, slug: releases.slug }).from(releases);
  const pagePaths = await db.select({ language: pages.language, path: pages.path }).from(pages);
  return new Set([
    ...releaseSlugs.map((row) => `release:${row.language}:${row.slug}`),
    ...pagePaths.map((row) => `page:${row.language}:${row.path}`),
  ]);
}

/** The inactive "Legacy import" account (see LEGACY_AUTHOR), created on first use at headquarters. */
async function legacyAuthorId(known: Office[]): Promise<string | null> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${LEGACY_AUTHOR.email}`);
  if (existing) return existing.id;
  const home = known.find((candidate) => candidate.kind === 'hq') ?? known[0];
  if (!home) return null;
  const [created] = await db
    .insert(users)
    .values({
      email: LEGACY_AUTHOR.email,
      name: LEGACY_AUTHOR.name,
      // Not a hash any password can match, and the account is inactive: nobody signs in as it.
      passwordHash: '!legacy-import',
      role: 'writer',
      officeId: home.id,
      uiLanguage: 'fr' as Locale,
      active: false,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (created) return created.id;
  const [raced] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${LEGACY_AUTHOR.email}`);
  return raced!.id;
}
