import 'server-only';
import { and, arrayOverlaps, asc, count, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import {
  erasedAddresses,
  mediaContactRegions,
  mediaContacts,
  mediaContactTopics,
  mediaListMembers,
  mediaLists,
  offices,
  topics,
  type MediaContactStatus,
  type OfficeKind,
} from '@/db/schema';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { ImportCandidate, RowOutcome, RowRejection } from '@/lib/media-contacts/csv-import';
import { erasedAddressHash } from '@/lib/media-contacts/email';
import type { MediaContactIdInput, MediaContactInput, UpdateMediaContactInput } from '@/lib/validation/media-contacts';
import type { MediaContactFiltersInput } from '@/lib/validation/workspace-filters';
import type { AuditAction } from '@/lib/audit/actions';
import { recordAudit } from './audit';
import { likePattern } from './like-pattern';
import { isUniqueViolation } from './unique-violation';
import type { OfficeScope } from './scope';
import { findCurrentUser, getCurrentEditorOrAdmin, type CurrentUser } from './session';
import { coversAnyOf, followsAnyOf, inScope, matchesFilter, scopeOfOffice } from './media-list-reach';

export { inScope, matchesFilter, scopeOfOffice };

export const MEDIA_CONTACTS_PAGE_SIZE = 25;

export type MediaContactRowDTO = {
  id: string;
  name: string;
  outlet: string;
  email: string;
  languages: Locale[];
  beat: string;
  status: MediaContactStatus;
  officeNames: LocalizedText;
  updatedAt: Date;
};

export type MediaContactDTO = MediaContactRowDTO & {
  officeId: string;
  regionIds: string[];
  topicIds: string[];
  phone: string;
  notes: string;
  consentSource: string;
  consentDate: string | null;
  createdAt: Date;
};

/** Everything held about one contact, as handed to the person on request (codes rather than ids). */
export type MediaContactExport = {
  name: string;
  outlet: string;
  email: string;
  languages: Locale[];
  office: string;
  regions: string[];
  topics: string[];
  beat: string;
  phone: string;
  notes: string;
  consentSource: string;
  consentDate: string | null;
  status: MediaContactStatus;
  lists: string[];
  createdAt: string;
  updatedAt: string;
};

export type ContactChoiceDTO = {
  offices: { id: string; code: string; names: LocalizedText; kind: OfficeKind }[];
  regions: { id: string; code: string; names: LocalizedText; kind: OfficeKind }[];
  topics: { id: string; slug: string; labels: LocalizedText }[];
};

export type MediaContactChange =
  { ok: true; id: string } | { ok: false; reason: 'contact_email_taken' | 'erased_address' | 'invalid_target' };

export type ImportReport = {
  imported: number;
  rejected: { row: number; email: string; reason: RowRejection }[];
};

/** Editors and admins manage media contacts; writers (and anyone else) get a 404. */
export async function getContactManager(): Promise<CurrentUser> {
  return getCurrentEditorOrAdmin();
}

/** Whether the signed-in person manages media contacts: the import route asks before reading a file. */
export async function mayManageMediaContacts(): Promise<boolean> {
  const user = await findCurrentUser();
  return user?.role === 'editor' || user?.role === 'admin';
}

const isInScope = (scope: OfficeScope, officeId: string) => scope.kind === 'all' || scope.officeIds.includes(officeId);

const ROW = {
  id: mediaContacts.id,
  name: mediaContacts.name,
  outlet: mediaContacts.outlet,
  email: mediaContacts.email,
  languages: mediaContacts.languages,
  beat: mediaContacts.beat,
  status: mediaContacts.status,
  officeNames: offices.names,
  updatedAt: mediaContacts.updatedAt,
};

async function filterConditions(user: CurrentUser, filters: MediaContactFiltersInput): Promise<SQL | undefined> {
  const codes = [filters.region, filters.office].filter((code): code is string => code !== undefined);
  const officeIds = new Map(
    codes.length > 0
      ? (await db.select({ id: offices.id, code: offices.code }).from(offices).where(inArray(offices.code, codes))).map(
          (row) => [row.code, row.id],
        )
      : [],
  );
  const [topic] = filters.topic
    ? await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, filters.topic))
    : [];
  // An unknown code matches nothing rather than everything.
  const none = sql`false`;
  return and(
    inScope(user.scope),
    filters.q
      ? or(
          ilike(mediaContacts.name, likePattern(filters.q)),
          ilike(mediaContacts.outlet, likePattern(filters.q)),
          ilike(mediaContacts.email, likePattern(filters.q)),
          ilike(mediaContacts.beat, likePattern(filters.q)),
        )
      : undefined,
    filters.language ? arrayOverlaps(mediaContacts.languages, [filters.language]) : undefined,
    filters.region ? (officeIds.has(filters.region) ? coversAnyOf([officeIds.get(filters.region)!]) : none) : undefined,
    filters.office
      ? officeIds.has(filters.office)
        ? eq(mediaContacts.officeId, officeIds.get(filters.office)!)
        : none
      : undefined,
    filters.topic ? (topic ? followsAnyOf([topic.id]) : none) : undefined,
    filters.status ? eq(mediaContacts.status, filters.status) : undefined,
  );
}

/** One page of the contacts the person manages, filtered, by name. */
export async function listMediaContacts(
  filters: MediaContactFiltersInput,
): Promise<{ rows: MediaContactRowDTO[]; total: number; page: number; pageSize: number }> {
  const user = await getContactManager();
  const where = await filterConditions(user, filters);
  const page = filters.page ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select(ROW)
      .from(mediaContacts)
      .innerJoin(offices, eq(offices.id, mediaContacts.officeId))
      .where(where)
      .orderBy(asc(sql`lower(${mediaContacts.name})`), asc(mediaContacts.id))
      .limit(MEDIA_CONTACTS_PAGE_SIZE)
      .offset((page - 1) * MEDIA_CONTACTS_PAGE_SIZE),
    db.select({ n: count() }).from(mediaContacts).where(where),
  ]);
  return { rows, total: total!.n, page, pageSize: MEDIA_CONTACTS_PAGE_SIZE };
}

/** Every contact the filters match, for the CSV export. */
export async function exportMediaContacts(filters: MediaContactFiltersInput): Promise<MediaContactExport[]> {
  const user = await getContactManager();
  const rows = await db
    .select({ id: mediaContacts.id })
    .from(mediaContacts)
    .where(await filterConditions(user, filters))
    .orderBy(asc(sql`lower(${mediaContacts.name})`), asc(mediaContacts.id));
  return exportsOf(rows.map((row) => row.id));
}

async function exportsOf(ids: string[]): Promise<MediaContactExport[]> {
  if (ids.length === 0) return [];
  const [rows, regions, followed, lists] = await Promise.all([
    db
      .select({ contact: mediaContacts, officeCode: offices.code })
      .from(mediaContacts)
      .innerJoin(offices, eq(offices.id, mediaContacts.officeId))
      .where(inArray(mediaContacts.id, ids)),
    db
      .select({ contactId: mediaContactRegions.contactId, code: offices.code })
      .from(mediaContactRegions)
      .innerJoin(offices, eq(offices.id, mediaContactRegions.officeId))
      .where(inArray(mediaContactRegions.contactId, ids))
      .orderBy(asc(offices.code)),
    db
      .select({ contactId: mediaContactTopics.contactId, slug: topics.slug })
      .from(mediaContactTopics)
      .innerJoin(topics, eq(topics.id, mediaContactTopics.topicId))
      .where(inArray(mediaContactTopics.contactId, ids))
      .orderBy(asc(topics.slug)),
    db
      .select({ contactId: mediaListMembers.contactId, name: mediaLists.name })
      .from(mediaListMembers)
      .innerJoin(mediaLists, eq(mediaLists.id, mediaListMembers.listId))
      .where(inArray(mediaListMembers.contactId, ids))
      .orderBy(asc(mediaLists.name)),
  ]);
  const byContact = <T extends { contactId: string }>(items: T[], pick: (item: T) => string) => {
    const map = new Map<string, string[]>();
    for (const item of items) map.set(item.contactId, [...(map.get(item.contactId) ?? []), pick(item)]);
    return map;
  };
  const regionsOf = byContact(regions, (row) => row.code);
  const topicsOf = byContact(followed, (row) => row.slug);
  const listsOf = byContact(lists, (row) => row.name);
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows
    .sort((a, b) => order.get(a.contact.id)! - order.get(b.contact.id)!)
    .map(({ contact, officeCode }) => ({
      name: contact.name,
      outlet: contact.outlet,
      email: contact.email,
      languages: contact.languages,
      office: officeCode,
      regions: regionsOf.get(contact.id) ?? [],
      topics: topicsOf.get(contact.id) ?? [],
      beat: contact.beat,
      phone: contact.phone,
      notes: contact.notes,
      consentSource: contact.consentSource,
      consentDate: contact.consentDate,
      status: contact.status,
      lists: listsOf.get(contact.id) ?? [],
      createdAt: contact.createdAt.toISOString(),
      updatedAt: contact.updatedAt.toISOString(),
    }));
}

/** One contact for its page; calls notFound() outside the person's offices. */
export async function getMediaContact(contactId: string): Promise<MediaContactDTO> {
  const user = await getContactManager();
  const [row] = await db
    .select({
      ...ROW,
      officeId: mediaContacts.officeId,
      phone: mediaContacts.phone,
      notes: mediaContacts.notes,
      consentSource: mediaContacts.consentSource,
      consentDate: mediaContacts.consentDate,
      createdAt: mediaContacts.createdAt,
    })
    .from(mediaContacts)
    .innerJoin(offices, eq(offices.id, mediaContacts.officeId))
    .where(and(eq(mediaContacts.id, contactId), inScope(user.scope)));
  if (!row) notFound();
  const [regions, followed] = await Promise.all([
    db
      .select({ id: mediaContactRegions.officeId })
      .from(mediaContactRegions)
      .where(eq(mediaContactRegions.contactId, contactId)),
    db
      .select({ id: mediaContactTopics.topicId })
      .from(mediaContactTopics)
      .where(eq(mediaContactTopics.contactId, contactId)),
  ]);
  return { ...row, regionIds: regions.map((r) => r.id), topicIds: followed.map((t) => t.id) };
}

/** Everything held about one contact ("export my data"); calls notFound() outside the person's offices. */
export async function exportMediaContact(contactId: string): Promise<MediaContactExport> {
  const user = await getContactManager();
  const [row] = await db
    .select({ id: mediaContacts.id })
    .from(mediaContacts)
    .where(and(eq(mediaContacts.id, contactId), inScope(user.scope)));
  if (!row) notFound();
  return (await exportsOf([row.id]))[0]!;
}

/** The choices of the contact form and the filters: owning offices in scope, every office as a region, active topics. */
export async function listMediaContactChoices(): Promise<ContactChoiceDTO> {
  const user = await getContactManager();
  const officeColumns = { id: offices.id, code: offices.code, names: offices.names, kind: offices.kind };
  const [all, active] = await Promise.all([
    db.select(officeColumns).from(offices).orderBy(asc(offices.code)),
    db
      .select({ id: topics.id, slug: topics.slug, labels: topics.labels })
      .from(topics)
      .where(and(isNull(topics.retiredAt), isNull(topics.mergedIntoId)))
      .orderBy(asc(topics.slug)),
  ]);
  return { offices: all.filter((office) => isInScope(user.scope, office.id)), regions: all, topics: active };
}

async function isErased(tx: Transaction, email: string): Promise<boolean> {
  const [row] = await tx
    .select({ hash: erasedAddresses.hash })
    .from(erasedAddresses)
    .where(eq(erasedAddresses.hash, erasedAddressHash(email)));
  return row !== undefined;
}

/** Whether every region and topic named exists (and the topics are still in use). */
async function linksExist(tx: Transaction, regionIds: string[], topicIds: string[]): Promise<boolean> {
  const [[regions], [followed]] = await Promise.all([
    regionIds.length > 0
      ? tx.select({ n: count() }).from(offices).where(inArray(offices.id, regionIds))
      : Promise.resolve([{ n: 0 }]),
    topicIds.length > 0
      ? tx
          .select({ n: count() })
          .from(topics)
          .where(and(inArray(topics.id, topicIds), isNull(topics.retiredAt), isNull(topics.mergedIntoId)))
      : Promise.resolve([{ n: 0 }]),
  ]);
  return regions!.n === new Set(regionIds).size && followed!.n === new Set(topicIds).size;
}

async function writeLinks(tx: Transaction, contactId: string, regionIds: string[], topicIds: string[]) {
  await tx.delete(mediaContactRegions).where(eq(mediaContactRegions.contactId, contactId));
  await tx.delete(mediaContactTopics).where(eq(mediaContactTopics.contactId, contactId));
  if (regionIds.length > 0)
    await tx.insert(mediaContactRegions).values([...new Set(regionIds)].map((officeId) => ({ contactId, officeId })));
  if (topicIds.length > 0)
    await tx.insert(mediaContactTopics).values([...new Set(topicIds)].map((topicId) => ({ contactId, topicId })));
}

const fieldsOf = (input: MediaContactInput) => ({
  officeId: input.officeId,
  name: input.name,
  outlet: input.outlet,
  email: input.email,
  languages: [...new Set(input.languages)],
  beat: input.beat,
  phone: input.phone,
  notes: input.notes,
  consentSource: input.consentSource,
  consentDate: input.consentDate,
  status: input.status,
});

/** An audit row of a change to contacts or lists: who, what, and ids — never the person's details. */
export function recordContactAudit(
  tx: Transaction,
  user: CurrentUser,
  action: AuditAction,
  subject: { type: 'media_contact' | 'media_list'; id: string },
  data: Record<string, unknown>,
) {
  return recordAudit(tx, {
    actor: { id: user.id, email: user.email },
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    data,
  });
}

/** Adds a contact to an office of the person's scope (notFound() for any other office). */
export async function createMediaContact(input: MediaContactInput): Promise<MediaContactChange> {
  const user = await getContactManager();
  if (!isInScope(user.scope, input.officeId)) notFound();
  return db.transaction(async (tx): Promise<MediaContactChange> => {
    if (!(await linksExist(tx, input.regionIds, input.topicIds))) return { ok: false, reason: 'invalid_target' };
    if (await isErased(tx, input.email)) return { ok: false, reason: 'erased_address' };
    const [created] = await tx
      .insert(mediaContacts)
      .values({ ...fieldsOf(input), createdById: user.id, updatedById: user.id })
      .onConflictDoNothing()
      .returning({ id: mediaContacts.id });
    if (!created) return { ok: false, reason: 'contact_email_taken' };
    await writeLinks(tx, created.id, input.regionIds, input.topicIds);
    await recordContactAudit(
      tx,
      user,
      'media_contact.created',
      { type: 'media_contact', id: created.id },
      {
        officeId: input.officeId,
      },
    );
    return { ok: true, id: created.id };
  });
}

/** Changes a contact; both the contact and the office it moves to must be in the person's scope. */
export async function updateMediaContact(input: UpdateMediaContactInput): Promise<MediaContactChange> {
  const user = await getContactManager();
  // Two people giving two contacts the same address at the same moment both pass the check below;
  // the unique index refuses the second, which is told the address is taken.
  return changeContact(user, input).catch((error: unknown) => {
    if (isUniqueViolation(error)) return { ok: false, reason: 'contact_email_taken' } as const;
    throw error;
  });
}

function changeContact(user: CurrentUser, input: UpdateMediaContactInput): Promise<MediaContactChange> {
  return db.transaction(async (tx): Promise<MediaContactChange> => {
    const [before] = await tx
      .select({ id: mediaContacts.id, email: mediaContacts.email })
      .from(mediaContacts)
      .where(and(eq(mediaContacts.id, input.contactId), inScope(user.scope)))
      .for('update');
    if (!before || !isInScope(user.scope, input.officeId)) notFound();
    if (!(await linksExist(tx, input.regionIds, input.topicIds))) return { ok: false, reason: 'invalid_target' };
    if (before.email !== input.email && (await isErased(tx, input.email)))
      return { ok: false, reason: 'erased_address' };
    const [taken] = await tx
      .select({ id: mediaContacts.id })
      .from(mediaContacts)
      .where(
        and(
          eq(mediaContacts.officeId, input.officeId),
          eq(sql`lower(${mediaContacts.email})`, input.email),
          ne(mediaContacts.id, before.id),
        ),
      );
    if (taken) return { ok: false, reason: 'contact_email_taken' };
    await tx
      .update(mediaContacts)
      .set({ ...fieldsOf(input), updatedById: user.id })
      .where(eq(mediaContacts.id, before.id));
    await writeLinks(tx, before.id, input.regionIds, input.topicIds);
    await recordContactAudit(
      tx,
      user,
      'media_contact.updated',
      { type: 'media_contact', id: before.id },
      {
        officeId: input.officeId,
      },
    );
    return { ok: true, id: before.id };
  });
}

/**
 * Erases a contact on request: the row, its links and list memberships go; only the hash of its
 * address stays, so that no import brings it back. The audit row names the contact's id, never
 * the address. Calls notFound() outside the person's offices.
 */
export async function eraseMediaContact({ contactId }: MediaContactIdInput): Promise<{ ok: true }> {
  const user = await getContactManager();
  return db.transaction(async (tx) => {
    const [contact] = await tx
      .select({ id: mediaContacts.id, email: mediaContacts.email, officeId: mediaContacts.officeId })
      .from(mediaContacts)
      .where(and(eq(mediaContacts.id, contactId), inScope(user.scope)))
      .for('update');
    if (!contact) notFound();
    // The same address may be held by other offices: erasure is of the person, everywhere.
    const holders = await tx
      .select({ id: mediaContacts.id })
      .from(mediaContacts)
      .where(eq(sql`lower(${mediaContacts.email})`, contact.email.toLowerCase()));
    await tx
      .insert(erasedAddresses)
      .values({ hash: erasedAddressHash(contact.email) })
      .onConflictDoNothing();
    await tx.delete(mediaContacts).where(
      inArray(
        mediaContacts.id,
        holders.map((holder) => holder.id),
      ),
    );
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'media_contact.erased',
      subjectType: 'media_contact',
      subjectId: contact.id,
      data: { officeId: contact.officeId, contacts: holders.length },
    });
    return { ok: true } as const;
  });
}

/**
 * Imports the rows a CSV file produced into one office of the person's scope (notFound() for
 * any other), after the file's own checks: an address the office already holds, an erased
 * address, or a region or topic code that does not exist rejects the row. Rows are written in
 * one transaction; the report says what was imported and why each other row was not.
 */
export async function importMediaContacts(officeId: string, outcomes: RowOutcome[]): Promise<ImportReport> {
  const user = await getContactManager();
  if (!isInScope(user.scope, officeId)) notFound();
  return db.transaction(async (tx) => {
    const [office] = await tx
      .select({ defaultLanguage: offices.defaultLanguage })
      .from(offices)
      .where(eq(offices.id, officeId));
    if (!office) notFound();
    const rejected: ImportReport['rejected'] = outcomes.flatMap((outcome) =>
      outcome.ok ? [] : [{ row: outcome.row, email: outcome.email, reason: outcome.reason }],
    );
    const candidates = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.candidate] : []));
    const emails = candidates.map((candidate) => candidate.email);
    const codes = [...new Set(candidates.flatMap((candidate) => candidate.regionCodes))];
    const slugs = [...new Set(candidates.flatMap((candidate) => candidate.topicSlugs))];
    const [held, erased, regionRows, topicRows] = await Promise.all([
      emails.length > 0
        ? tx
            .select({ email: sql<string>`lower(${mediaContacts.email})` })
            .from(mediaContacts)
            .where(and(eq(mediaContacts.officeId, officeId), inArray(sql`lower(${mediaContacts.email})`, emails)))
        : [],
      emails.length > 0
        ? tx
            .select({ hash: erasedAddresses.hash })
            .from(erasedAddresses)
            .where(inArray(erasedAddresses.hash, emails.map(erasedAddressHash)))
        : [],
      codes.length > 0
        ? tx.select({ id: offices.id, code: offices.code }).from(offices).where(inArray(offices.code, codes))
        : [],
      slugs.length > 0
        ? tx
            .select({ id: topics.id, slug: topics.slug })
            .from(topics)
            .where(and(inArray(topics.slug, slugs), isNull(topics.retiredAt), isNull(topics.mergedIntoId)))
        : [],
    ]);
    const heldEmails = new Set(held.map((row) => row.email));
    const erasedHashes = new Set(erased.map((row) => row.hash));
    const regionIds = new Map(regionRows.map((row) => [row.code, row.id]));
    const topicIds = new Map(topicRows.map((row) => [row.slug, row.id]));
    const accepted: ImportCandidate[] = [];
    for (const candidate of candidates) {
      const reason: RowRejection | undefined = heldEmails.has(candidate.email)
        ? 'already_exists'
        : erasedHashes.has(erasedAddressHash(candidate.email))
          ? 'erased'
          : candidate.regionCodes.some((code) => !regionIds.has(code))
            ? 'unknown_region'
            : candidate.topicSlugs.some((slug) => !topicIds.has(slug))
              ? 'unknown_topic'
              : undefined;
      if (reason) rejected.push({ row: candidate.row, email: candidate.email, reason });
      else accepted.push(candidate);
    }
    let imported = 0;
    for (let start = 0; start < accepted.length; start += 500) {
      const batch = accepted.slice(start, start + 500);
      const created = await tx
        .insert(mediaContacts)
        .values(
          batch.map((candidate) => ({
            officeId,
            name: candidate.name,
            outlet: candidate.outlet,
            email: candidate.email,
            languages: candidate.languages.length > 0 ? candidate.languages : [office.defaultLanguage],
            beat: candidate.beat,
            phone: candidate.phone,
            notes: candidate.notes,
            consentSource: candidate.consentSource,
            consentDate: candidate.consentDate,
            createdById: user.id,
            updatedById: user.id,
          })),
        )
        // An address another import added meanwhile is skipped, not a failure of the whole file.
        .onConflictDoNothing()
        .returning({ id: mediaContacts.id, email: mediaContacts.email });
      const idOf = new Map(created.map((row) => [row.email, row.id]));
      for (const candidate of batch)
        if (!idOf.has(candidate.email))
          rejected.push({ row: candidate.row, email: candidate.email, reason: 'already_exists' });
      const inserted = batch.filter((candidate) => idOf.has(candidate.email));
      imported += inserted.length;
      const regionLinks = inserted.flatMap((candidate) =>
        candidate.regionCodes.map((code) => ({
          contactId: idOf.get(candidate.email)!,
          officeId: regionIds.get(code)!,
        })),
      );
      const topicLinks = inserted.flatMap((candidate) =>
        candidate.topicSlugs.map((slug) => ({ contactId: idOf.get(candidate.email)!, topicId: topicIds.get(slug)! })),
      );
      if (regionLinks.length > 0) await tx.insert(mediaContactRegions).values(regionLinks);
      if (topicLinks.length > 0) await tx.insert(mediaContactTopics).values(topicLinks);
    }
    if (imported > 0)
      await recordAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: 'media_contact.imported',
        subjectType: 'office',
        subjectId: officeId,
        data: { imported, rejected: rejected.length },
      });
    return { imported, rejected: rejected.sort((a, b) => a.row - b.row) };
  });
}
