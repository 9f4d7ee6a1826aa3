import 'server-only';
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Database, type Transaction } from '@/db/client';
import {
  bouncedAddresses,
  mediaContacts,
  mediaLists,
  offices,
  releaseDistributionLists,
  releases,
  releaseTopics,
  subscriberOffices,
  subscribers,
  subscriberTopics,
  type MediaListKind,
} from '@/db/schema';
import type { LocalizedText } from '@/lib/i18n/locales';
import type { ReleaseListsInput } from '@/lib/validation/distribution';
import { recordAudit } from './audit';
import { getContactManager } from './media-contacts';
import { reachOf } from './media-list-reach';
import { visibleReleaseCondition } from './releases';
import { findCurrentUser, type CurrentUser } from './session';

/** How many addresses a release would be mailed to now, each address counted once. */
export type RecipientCountDTO = {
  total: number;
  /** Active subscribers following the release's office (or its region) and one of its topics. */
  subscribers: number;
  /** Active contacts reached by the chosen lists. */
  contacts: number;
};

export type DistributionListChoiceDTO = { id: string; name: string; kind: MediaListKind; chosen: boolean };

export type ReleaseDistributionDTO = {
  releaseId: string;
  /** The release is on the public site: publishing it again may be mailed as a correction. */
  live: boolean;
  /** The lists the person may choose, by office (the release's office first). */
  groups: { officeId: string; officeNames: LocalizedText; lists: DistributionListChoiceDTO[] }[];
  reach: RecipientCountDTO;
};

export type ReleaseListsChange = { ok: true; added: number; removed: number };

type ManagedRelease = { id: string; officeId: string; parentOfficeId: string | null; live: boolean };

async function findManagedRelease(
  tx: Database | Transaction,
  user: CurrentUser,
  releaseId: string,
  lock = false,
): Promise<ManagedRelease | undefined> {
  const query = tx
    .select({
      id: releases.id,
      officeId: releases.officeId,
      parentOfficeId: offices.parentId,
      live: sql<boolean>`${releases.liveRevisionId} is not null`,
    })
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .where(visibleReleaseCondition(user, releaseId));
  const [row] = lock ? await query.for('update', { of: releases }) : await query;
  return row;
}

/**
 * The lists that may receive a release: those of its office and of its region (a regional desk's
 * lists cover its countries), within the person's offices. Editors at headquarters and admins
 * may choose any office's list.
 */
function choosableLists(user: CurrentUser, release: ManagedRelease): SQL | undefined {
  if (user.scope.kind === 'all') return undefined;
  const scope = user.scope.officeIds;
  const near = [release.officeId, release.parentOfficeId].filter(
    (id): id is string => id !== null && scope.includes(id),
  );
  return near.length > 0 ? inArray(mediaLists.officeId, near) : sql`false`;
}

/**
 * The addresses a release would be mailed to now, counted in one statement: active subscribers
 * whose offices and topics match it (none chosen matches all), and the active contacts of its lists,
 * less the addresses refused for good; an address reached both ways counts once.
 */
export async function countReleaseRecipients(
  tx: Database | Transaction,
  releaseId: string,
): Promise<RecipientCountDTO> {
  const lists = await tx
    .select({ id: mediaLists.id, officeId: mediaLists.officeId, filter: mediaLists.filter })
    .from(releaseDistributionLists)
    .innerJoin(mediaLists, eq(mediaLists.id, releaseDistributionLists.listId))
    .where(eq(releaseDistributionLists.releaseId, releaseId));
  const reach = lists.length > 0 ? or(...(await Promise.all(lists.map((list) => reachOf(tx, list))))) : sql`false`;
  const followsOffice = sql`(not exists (select 1 from ${subscriberOffices} where ${subscriberOffices.subscriberId} = ${subscribers.id})
    or exists (select 1 from ${subscriberOffices} join ${releases} on ${releases.id} = ${releaseId}
      join ${offices} on ${offices.id} = ${releases.officeId}
      where ${subscriberOffices.subscriberId} = ${subscribers.id}
      and (${subscriberOffices.officeId} = ${offices.id} or ${subscriberOffices.officeId} = ${offices.parentId})))`;
  const followsTopic = sql`(not exists (select 1 from ${subscriberTopics} where ${subscriberTopics.subscriberId} = ${subscribers.id})
    or exists (select 1 from ${subscriberTopics} join ${releaseTopics} on ${releaseTopics.topicId} = ${subscriberTopics.topicId}
      where ${subscriberTopics.subscriberId} = ${subscribers.id} and ${releaseTopics.releaseId} = ${releaseId}))`;
  const subscriberEmails = tx
    .select({
      address: sql<string>`lower(${subscribers.email})`.as('address'),
      via: sql<string>`'subscriber'`.as('via'),
    })
    .from(subscribers)
    .where(and(eq(subscribers.status, 'active'), followsOffice, followsTopic));
  const contactEmails = tx
    .select({
      address: sql<string>`lower(${mediaContacts.email})`.as('address'),
      via: sql<string>`'contact'`.as('via'),
    })
    .from(mediaContacts)
    .where(and(eq(mediaContacts.status, 'active'), reach));
  const reached = subscriberEmails.unionAll(contactEmails).as('reached');
  const query = tx
    .select({
      total: sql<number>`count(distinct ${reached.address})`.mapWith(Number),
      subscribers: sql<number>`count(distinct ${reached.address}) filter (where ${reached.via} = 'subscriber')`.mapWith(
        Number,
      ),
      contacts: sql<number>`count(distinct ${reached.address}) filter (where ${reached.via} = 'contact')`.mapWith(
        Number,
      ),
    })
    .from(reached)
    .where(sql`not exists (select 1 from ${bouncedAddresses} where ${bouncedAddresses.email} = ${reached.address})`);
  const [row] = await query;
  return row ?? { total: 0, subscribers: 0, contacts: 0 };
}

/**
 * The release's distribution for the release page: the lists to choose from and whom it would
 * reach now. Undefined for people who do not manage media contacts (writers); calls notFound()
 * for a release outside the person's offices.
 */
export async function findReleaseDistribution(releaseId: string): Promise<ReleaseDistributionDTO | undefined> {
  const user = await findCurrentUser();
  if (!user || (user.role !== 'editor' && user.role !== 'admin')) return undefined;
  const release = await findManagedRelease(db, user, releaseId);
  if (!release) notFound();
  const [rows, reach] = await Promise.all([
    db
      .select({
        id: mediaLists.id,
        name: mediaLists.name,
        kind: mediaLists.kind,
        officeId: mediaLists.officeId,
        officeNames: offices.names,
        officeCode: offices.code,
        chosen: sql<boolean>`${releaseDistributionLists.listId} is not null`,
      })
      .from(mediaLists)
      .innerJoin(offices, eq(offices.id, mediaLists.officeId))
      .leftJoin(
        releaseDistributionLists,
        and(eq(releaseDistributionLists.listId, mediaLists.id), eq(releaseDistributionLists.releaseId, release.id)),
      )
      .where(choosableLists(user, release))
      .orderBy(asc(offices.code), asc(sql`lower(${mediaLists.name})`)),
    countReleaseRecipients(db, release.id),
  ]);
  const groups = new Map<string, ReleaseDistributionDTO['groups'][number]>();
  for (const row of rows) {
    const group = groups.get(row.officeId) ?? { officeId: row.officeId, officeNames: row.officeNames, lists: [] };
    group.lists.push({ id: row.id, name: row.name, kind: row.kind, chosen: row.chosen });
    groups.set(row.officeId, group);
  }
  const rank = (officeId: string) => (officeId === release.officeId ? 0 : officeId === release.parentOfficeId ? 1 : 2);
  return {
    releaseId: release.id,
    live: release.live,
    groups: [...groups.values()].sort((a, b) => rank(a.officeId) - rank(b.officeId)),
    reach,
  };
}

/**
 * Sets the lists that receive the release when it is published (or corrected), replacing the
 * previous choice, and records what changed. A release or a list the person may not choose
 * answers notFound(), and nothing changes.
 */
export async function chooseReleaseLists(input: ReleaseListsInput): Promise<ReleaseListsChange> {
  const user = await getContactManager();
  return db.transaction(async (tx): Promise<ReleaseListsChange> => {
    const release = await findManagedRelease(tx, user, input.releaseId, true);
    if (!release) notFound();
    if (input.listIds.length > 0) {
      const allowed = await tx
        .select({ id: mediaLists.id })
        .from(mediaLists)
        .where(and(inArray(mediaLists.id, input.listIds), choosableLists(user, release)));
      if (allowed.length !== input.listIds.length) notFound();
    }
    const before = (
      await tx
        .select({ listId: releaseDistributionLists.listId })
        .from(releaseDistributionLists)
        .where(eq(releaseDistributionLists.releaseId, release.id))
    ).map((row) => row.listId);
    const added = input.listIds.filter((id) => !before.includes(id));
    // Lists the person cannot see (another region's, chosen by an editor at headquarters) stay chosen.
    const visible =
      before.length > 0
        ? (
            await tx
              .select({ id: mediaLists.id })
              .from(mediaLists)
              .where(and(inArray(mediaLists.id, before), choosableLists(user, release)))
          ).map((row) => row.id)
        : [];
    const removed = visible.filter((id) => !input.listIds.includes(id));
    if (added.length === 0 && removed.length === 0) return { ok: true, added: 0, removed: 0 };
    if (removed.length > 0)
      await tx
        .delete(releaseDistributionLists)
        .where(
          and(eq(releaseDistributionLists.releaseId, release.id), inArray(releaseDistributionLists.listId, removed)),
        );
    if (added.length > 0)
      await tx
        .insert(releaseDistributionLists)
        .values(added.map((listId) => ({ releaseId: release.id, listId, addedById: user.id })));
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'release.lists_chosen',
      subjectType: 'release',
      subjectId: release.id,
      releaseId: release.id,
      data: { added, removed },
    });
    return { ok: true, added: added.length, removed: removed.length };
  });
}
