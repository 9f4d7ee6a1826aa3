import 'server-only';
import { and, arrayOverlaps, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { mediaContactRegions, mediaContacts, mediaContactTopics, mediaListMembers, offices } from '@/db/schema';
import { MediaListFilter } from '@/lib/validation/media-contacts';
import { likePattern } from './like-pattern';
import { inOfficeScope, officeScopeFor, type OfficeScope } from './scope';

/*
 * Which media contacts a list reaches, as conditions on media_contacts: read by the contact and
 * list pages (with the person's permission checks around them) and by a mailing, which has no
 * signed-in person. Nothing here checks who asks.
 */

/** The offices whose contacts a list of `officeId` reaches: what an editor of that office would see. */
export async function scopeOfOffice(tx: Database | Transaction, officeId: string): Promise<OfficeScope> {
  const [office] = await tx.select({ kind: offices.kind }).from(offices).where(eq(offices.id, officeId));
  if (!office) return { kind: 'offices', officeIds: [] };
  const children =
    office.kind === 'regional'
      ? await tx.select({ id: offices.id }).from(offices).where(eq(offices.parentId, officeId))
      : [];
  return officeScopeFor(
    { role: 'editor', officeId, officeKind: office.kind },
    children.map((child) => child.id),
  );
}

export const inScope = (scope: OfficeScope): SQL | undefined =>
  scope.kind === 'offices' && scope.officeIds.length === 0 ? sql`false` : inOfficeScope(scope, mediaContacts.officeId);

/** Contacts covering any of the offices, or an office under one of them (a region stands for its countries). */
export function coversAnyOf(officeIds: string[]): SQL {
  return sql`exists (select 1 from ${mediaContactRegions} join ${offices} on ${offices.id} = ${mediaContactRegions.officeId}
    where ${mediaContactRegions.contactId} = ${mediaContacts.id}
    and (${inArray(offices.id, officeIds)} or ${inArray(offices.parentId, officeIds)}))`;
}

export function followsAnyOf(topicIds: string[]): SQL {
  return sql`exists (select 1 from ${mediaContactTopics} where ${mediaContactTopics.contactId} = ${mediaContacts.id}
    and ${inArray(mediaContactTopics.topicId, topicIds)})`;
}

/** What a saved filter matches; its empty parts match everyone. */
export function matchesFilter(filter: MediaListFilter): SQL | undefined {
  return and(
    filter.languages.length > 0 ? arrayOverlaps(mediaContacts.languages, filter.languages) : undefined,
    filter.officeIds.length > 0 ? coversAnyOf(filter.officeIds) : undefined,
    filter.topicIds.length > 0 ? followsAnyOf(filter.topicIds) : undefined,
    filter.beat !== '' ? ilike(mediaContacts.beat, likePattern(filter.beat)) : undefined,
  );
}

/** The contacts a list reaches: its members, or the contacts of its offices that its filter matches. */
export async function reachOf(
  tx: Database | Transaction,
  list: { id: string; officeId: string; filter: unknown },
): Promise<SQL | undefined> {
  if (list.filter === null)
    return sql`exists (select 1 from ${mediaListMembers} where ${mediaListMembers.listId} = ${list.id} and ${mediaListMembers.contactId} = ${mediaContacts.id})`;
  const filter = MediaListFilter.parse(list.filter);
  return and(inScope(await scopeOfOffice(tx, list.officeId)), matchesFilter(filter));
}
