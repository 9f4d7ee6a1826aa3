import 'server-only';
import { and, asc, count, eq, inArray, notExists, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import { mediaContacts, mediaListMembers, mediaLists, offices, topics, type MediaListKind } from '@/db/schema';
import type { LocalizedText } from '@/lib/i18n/locales';
import {
  MediaListFilter,
  type CreateMediaListInput,
  type MediaListIdInput,
  type MediaListMemberInput,
} from '@/lib/validation/media-contacts';
import type { CurrentUser } from './session';
import {
  getContactManager,
  inScope,
  matchesFilter,
  recordContactAudit,
  scopeOfOffice,
  type MediaContactRowDTO,
} from './media-contacts';

export type MediaListRowDTO = {
  id: string;
  name: string;
  kind: MediaListKind;
  officeNames: LocalizedText;
  contacts: number;
};

export type MediaListDTO = MediaListRowDTO & {
  officeId: string;
  filter: MediaListFilter | null;
  /** The members of a static list, or the contacts a saved filter matches now (the first 200). */
  members: MediaListContactDTO[];
  /** Contacts of the list's offices that a static list does not hold yet, to add. */
  candidates: { id: string; name: string; email: string }[];
};

export type MediaListContactDTO = Pick<MediaContactRowDTO, 'id' | 'name' | 'outlet' | 'email' | 'languages' | 'status'>;

export type MediaListChange = { ok: true; id: string } | { ok: false; reason: 'invalid_target' | 'not_static_list' };

const SHOWN = 200;

const MEMBER = {
  id: mediaContacts.id,
  name: mediaContacts.name,
  outlet: mediaContacts.outlet,
  email: mediaContacts.email,
  languages: mediaContacts.languages,
  status: mediaContacts.status,
};

/** The contacts a list reaches: its members, or the contacts of its offices that its filter matches. */
export async function reachOf(tx: typeof db | Transaction, list: { id: string; officeId: string; filter: unknown }) {
  if (list.filter === null)
    return and(
      sql`exists (select 1 from ${mediaListMembers} where ${mediaListMembers.listId} = ${list.id} and ${mediaListMembers.contactId} = ${mediaContacts.id})`,
    );
  const filter = MediaListFilter.parse(list.filter);
  return and(inScope(await scopeOfOffice(tx, list.officeId)), matchesFilter(filter));
}

/** The lists of the person's offices, with how many contacts each reaches now. */
export async function listMediaLists(): Promise<MediaListRowDTO[]> {
  const user = await getContactManager();
  const rows = await db
    .select({
      id: mediaLists.id,
      name: mediaLists.name,
      kind: mediaLists.kind,
      officeId: mediaLists.officeId,
      filter: mediaLists.filter,
      officeNames: offices.names,
    })
    .from(mediaLists)
    .innerJoin(offices, eq(offices.id, mediaLists.officeId))
    .where(user.scope.kind === 'all' ? undefined : inArray(mediaLists.officeId, user.scope.officeIds))
    .orderBy(asc(sql`lower(${mediaLists.name})`));
  return Promise.all(
    rows.map(async (row) => {
      const [reach] = await db
        .select({ n: count() })
        .from(mediaContacts)
        .where(await reachOf(db, row));
      return { id: row.id, name: row.name, kind: row.kind, officeNames: row.officeNames, contacts: reach!.n };
    }),
  );
}

/** The list, when it belongs to one of the person's offices; notFound() otherwise. */
async function findList(tx: typeof db | Transaction, user: CurrentUser, listId: string, lock = false) {
  const query = tx
    .select()
    .from(mediaLists)
    .where(
      and(
        eq(mediaLists.id, listId),
        user.scope.kind === 'all' ? undefined : inArray(mediaLists.officeId, user.scope.officeIds),
      ),
    );
  const [list] = lock ? await query.for('update') : await query;
  if (!list) notFound();
  return list;
}

/** One list with the contacts it reaches; calls notFound() outside the person's offices. */
export async function getMediaList(listId: string): Promise<MediaListDTO> {
  const list = await findList(db, await getContactManager(), listId);
  const reach = await reachOf(db, list);
  const [[office], [total], members, candidates] = await Promise.all([
    db.select({ names: offices.names }).from(offices).where(eq(offices.id, list.officeId)),
    db.select({ n: count() }).from(mediaContacts).where(reach),
    db
      .select(MEMBER)
      .from(mediaContacts)
      .where(reach)
      .orderBy(asc(sql`lower(${mediaContacts.name})`))
      .limit(SHOWN),
    list.kind === 'static'
      ? db
          .select({ id: mediaContacts.id, name: mediaContacts.name, email: mediaContacts.email })
          .from(mediaContacts)
          .where(
            and(
              inScope(await scopeOfOffice(db, list.officeId)),
              notExists(
                db
                  .select({ one: sql`1` })
                  .from(mediaListMembers)
                  .where(and(eq(mediaListMembers.listId, list.id), eq(mediaListMembers.contactId, mediaContacts.id))),
              ),
            ),
          )
          .orderBy(asc(sql`lower(${mediaContacts.name})`))
          .limit(500)
      : [],
  ]);
  return {
    id: list.id,
    name: list.name,
    kind: list.kind,
    officeId: list.officeId,
    officeNames: office!.names,
    filter: list.filter ? MediaListFilter.parse(list.filter) : null,
    contacts: total!.n,
    members,
    candidates,
  };
}

/** Creates a list in an office of the person's scope (notFound() for any other). */
export async function createMediaList(input: CreateMediaListInput): Promise<MediaListChange> {
  const user = await getContactManager();
  if (user.scope.kind === 'offices' && !user.scope.officeIds.includes(input.officeId)) notFound();
  return db.transaction(async (tx): Promise<MediaListChange> => {
    if (input.kind === 'filter') {
      const { officeIds, topicIds } = input.filter;
      const [[known], [followed]] = await Promise.all([
        officeIds.length > 0
          ? tx.select({ n: count() }).from(offices).where(inArray(offices.id, officeIds))
          : Promise.resolve([{ n: 0 }]),
        topicIds.length > 0
          ? tx.select({ n: count() }).from(topics).where(inArray(topics.id, topicIds))
          : Promise.resolve([{ n: 0 }]),
      ]);
      if (known!.n !== new Set(officeIds).size || followed!.n !== new Set(topicIds).size)
        return { ok: false, reason: 'invalid_target' };
    }
    const [created] = await tx
      .insert(mediaLists)
      .values({
        officeId: input.officeId,
        name: input.name,
        kind: input.kind,
        filter: input.kind === 'filter' ? input.filter : null,
        createdById: user.id,
        updatedById: user.id,
      })
      .returning({ id: mediaLists.id });
    await recordContactAudit(
      tx,
      user,
      'media_list.created',
      { type: 'media_list', id: created!.id },
      {
        name: input.name,
        kind: input.kind,
      },
    );
    return { ok: true, id: created!.id };
  });
}

/** Deletes a list (its contacts stay); calls notFound() outside the person's offices. */
export async function deleteMediaList({ listId }: MediaListIdInput): Promise<{ ok: true }> {
  const user = await getContactManager();
  return db.transaction(async (tx) => {
    const list = await findList(tx, user, listId, true);
    await tx.delete(mediaLists).where(eq(mediaLists.id, list.id));
    await recordContactAudit(
      tx,
      user,
      'media_list.deleted',
      { type: 'media_list', id: list.id },
      {
        name: list.name,
        kind: list.kind,
      },
    );
    return { ok: true } as const;
  });
}

/**
 * Adds a contact of the list's offices to a static list. A list or contact the person cannot
 * see, or a contact outside the list's offices, answers notFound(); a saved filter holds no members.
 */
export async function addMediaListMember(input: MediaListMemberInput): Promise<MediaListChange> {
  const user = await getContactManager();
  return db.transaction(async (tx): Promise<MediaListChange> => {
    const list = await findList(tx, user, input.listId, true);
    const [contact] = await tx
      .select({ id: mediaContacts.id })
      .from(mediaContacts)
      .where(
        and(
          eq(mediaContacts.id, input.contactId),
          inScope(user.scope),
          inScope(await scopeOfOffice(tx, list.officeId)),
        ),
      );
    if (!contact) notFound();
    if (list.kind !== 'static') return { ok: false, reason: 'not_static_list' };
    const added = await tx
      .insert(mediaListMembers)
      .values({ listId: list.id, contactId: contact.id })
      .onConflictDoNothing()
      .returning({ contactId: mediaListMembers.contactId });
    // Adding a member twice changes nothing, and records nothing.
    if (added.length === 0) return { ok: true, id: list.id };
    await tx.update(mediaLists).set({ updatedById: user.id }).where(eq(mediaLists.id, list.id));
    await recordContactAudit(
      tx,
      user,
      'media_list.member_added',
      { type: 'media_list', id: list.id },
      {
        contactId: contact.id,
      },
    );
    return { ok: true, id: list.id };
  });
}

/** Takes a contact off a static list; calls notFound() for a list outside the person's offices. */
export async function removeMediaListMember(input: MediaListMemberInput): Promise<MediaListChange> {
  const user = await getContactManager();
  return db.transaction(async (tx): Promise<MediaListChange> => {
    const list = await findList(tx, user, input.listId, true);
    if (list.kind !== 'static') return { ok: false, reason: 'not_static_list' };
    const removed = await tx
      .delete(mediaListMembers)
      .where(and(eq(mediaListMembers.listId, list.id), eq(mediaListMembers.contactId, input.contactId)))
      .returning({ contactId: mediaListMembers.contactId });
    if (removed.length === 0) return { ok: true, id: list.id };
    await tx.update(mediaLists).set({ updatedById: user.id }).where(eq(mediaLists.id, list.id));
    await recordContactAudit(
      tx,
      user,
      'media_list.member_removed',
      { type: 'media_list', id: list.id },
      {
        contactId: input.contactId,
      },
    );
    return { ok: true, id: list.id };
  });
}
