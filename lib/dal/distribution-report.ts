import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import {
  distributionDeliveries,
  distributions,
  mediaContacts,
  mediaLists,
  offices,
  releases,
  revisions,
  subscribers,
  users,
  type DeliveryStatus,
  type DistributionKind,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseState } from '@/lib/workflow/states';
import type { DistributionReportFiltersInput } from '@/lib/validation/workspace-filters';
import { getContactManager } from './media-contacts';
import { visibleReleaseCondition } from './releases';

export const DELIVERIES_PAGE_SIZE = 25;

export type DeliveryCountsDTO = Record<DeliveryStatus, number> & { total: number };

export type MailingDTO = {
  id: string;
  kind: DistributionKind;
  createdAt: Date;
  createdByName: string | null;
  revisionNumber: number;
  embargoUntil: Date | null;
  counts: DeliveryCountsDTO;
  /** Recipients reached through each list (a list deleted since has no name), then as subscribers. */
  byList: { listId: string; name: string | null; recipients: number }[];
  subscribers: number;
  /** Subscribers who unsubscribed after the mailing, and contacts unsubscribed now. */
  unsubscribedSince: number;
  /** How often the recipients' embargo links were opened (there is no tracking of mail opens). */
  embargoOpens: number;
};

export type DeliveryRowDTO = {
  id: string;
  email: string;
  status: DeliveryStatus;
  reason: string | null;
  language: Locale;
  attempts: number;
  sentAt: Date | null;
  asSubscriber: boolean;
  listNames: string[];
};

export type DistributionReportDTO = {
  release: { id: string; title: string; state: ReleaseState; officeTimeZone: string };
  /** Every mailing of the release, the latest first. */
  mailings: MailingDTO[];
  /** The mailing whose deliveries are listed: the one asked for, else the latest. */
  selected: MailingDTO | null;
  deliveries: { rows: DeliveryRowDTO[]; total: number; page: number; pageSize: number };
};

const statusCount = (status: DeliveryStatus) =>
  sql<number>`count(${distributionDeliveries.id}) filter (where ${distributionDeliveries.status} = ${status})`.mapWith(
    Number,
  );

/**
 * What each mailing of a release did: counts by status, recipients by list, unsubscriptions since
 * and embargo link opens, with one page of one mailing's deliveries. Editors and admins of the
 * release's offices only: anyone else, like a missing release or mailing, gets notFound().
 */
export async function getDistributionReport(
  releaseId: string,
  filters: DistributionReportFiltersInput,
): Promise<DistributionReportDTO> {
  const user = await getContactManager();
  if (!z.uuid().safeParse(releaseId).success) notFound();
  const [release] = await db
    .select({ id: releases.id, title: releases.title, state: releases.state, officeTimeZone: offices.timeZone })
    .from(releases)
    .innerJoin(offices, eq(offices.id, releases.officeId))
    .where(visibleReleaseCondition(user, releaseId));
  if (!release) notFound();

  const rows = await db
    .select({
      id: distributions.id,
      kind: distributions.kind,
      createdAt: distributions.createdAt,
      createdByName: users.name,
      revisionNumber: revisions.number,
      embargoUntil: distributions.embargoUntil,
      total: count(distributionDeliveries.id),
      queued: statusCount('queued'),
      sent: statusCount('sent'),
      failed: statusCount('failed'),
      bounced: statusCount('bounced'),
      skipped: statusCount('skipped'),
      subscribers:
        sql<number>`count(${distributionDeliveries.id}) filter (where ${distributionDeliveries.subscriberId} is not null)`.mapWith(
          Number,
        ),
      unsubscribedSince: sql<number>`count(${distributionDeliveries.id}) filter (where
        (${subscribers.status} = 'unsubscribed' and ${subscribers.unsubscribedAt} > ${distributions.createdAt})
        or ${mediaContacts.status} = 'unsubscribed')`.mapWith(Number),
      embargoOpens: sql<number>`coalesce(sum(${distributionDeliveries.embargoOpens}), 0)`.mapWith(Number),
    })
    .from(distributions)
    .innerJoin(revisions, eq(revisions.id, distributions.revisionId))
    .leftJoin(users, eq(users.id, distributions.createdById))
    .leftJoin(distributionDeliveries, eq(distributionDeliveries.distributionId, distributions.id))
    .leftJoin(subscribers, eq(subscribers.id, distributionDeliveries.subscriberId))
    .leftJoin(mediaContacts, eq(mediaContacts.id, distributionDeliveries.contactId))
    .where(eq(distributions.releaseId, release.id))
    .groupBy(distributions.id, users.name, revisions.number)
    .orderBy(desc(distributions.createdAt), desc(distributions.id));

  const ids = rows.map((row) => row.id);
  const exploded = db
    .select({
      distributionId: distributionDeliveries.distributionId,
      listId: sql<string>`unnest(${distributionDeliveries.listIds})`.as('list_id'),
    })
    .from(distributionDeliveries)
    .where(ids.length > 0 ? inArray(distributionDeliveries.distributionId, ids) : sql`false`)
    .as('exploded');
  const perList = await db
    .select({ distributionId: exploded.distributionId, listId: exploded.listId, recipients: count() })
    .from(exploded)
    .groupBy(exploded.distributionId, exploded.listId);
  const listIds = [...new Set(perList.map((row) => row.listId))];
  const names = new Map(
    listIds.length > 0
      ? (
          await db
            .select({ id: mediaLists.id, name: mediaLists.name })
            .from(mediaLists)
            .where(inArray(mediaLists.id, listIds))
        ).map((row) => [row.id, row.name])
      : [],
  );

  const mailings: MailingDTO[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    revisionNumber: row.revisionNumber,
    embargoUntil: row.embargoUntil,
    counts: {
      total: row.total,
      queued: row.queued,
      sent: row.sent,
      failed: row.failed,
      bounced: row.bounced,
      skipped: row.skipped,
    },
    byList: perList
      .filter((list) => list.distributionId === row.id)
      .map((list) => ({ listId: list.listId, name: names.get(list.listId) ?? null, recipients: list.recipients }))
      .sort((a, b) => b.recipients - a.recipients || (a.name ?? '').localeCompare(b.name ?? '')),
    subscribers: row.subscribers,
    unsubscribedSince: row.unsubscribedSince,
    embargoOpens: row.embargoOpens,
  }));

  const selected = filters.mailing ? mailings.find((mailing) => mailing.id === filters.mailing) : mailings[0];
  // A mailing of another release, or none at all, is not there to be read.
  if (filters.mailing && !selected) notFound();
  const page = filters.page ?? 1;
  if (!selected)
    return {
      release,
      mailings,
      selected: null,
      deliveries: { rows: [], total: 0, page, pageSize: DELIVERIES_PAGE_SIZE },
    };

  const where = and(
    eq(distributionDeliveries.distributionId, selected.id),
    filters.status ? eq(distributionDeliveries.status, filters.status) : undefined,
  );
  const [deliveries, [total]] = await Promise.all([
    db
      .select({
        id: distributionDeliveries.id,
        email: distributionDeliveries.email,
        status: distributionDeliveries.status,
        reason: distributionDeliveries.reason,
        language: distributionDeliveries.language,
        attempts: distributionDeliveries.attempts,
        sentAt: distributionDeliveries.sentAt,
        subscriberId: distributionDeliveries.subscriberId,
        listIds: distributionDeliveries.listIds,
      })
      .from(distributionDeliveries)
      .where(where)
      .orderBy(asc(sql`lower(${distributionDeliveries.email})`), asc(distributionDeliveries.id))
      .limit(DELIVERIES_PAGE_SIZE)
      .offset((page - 1) * DELIVERIES_PAGE_SIZE),
    db.select({ n: count() }).from(distributionDeliveries).where(where),
  ]);
  return {
    release,
    mailings,
    selected,
    deliveries: {
      rows: deliveries.map(({ subscriberId, listIds: reachedThrough, ...delivery }) => ({
        ...delivery,
        // Reached as a subscriber when no list brought the address (the subscriber may have been erased since).
        asSubscriber: subscriberId !== null || reachedThrough.length === 0,
        listNames: reachedThrough.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])),
      })),
      total: total!.n,
      page,
      pageSize: DELIVERIES_PAGE_SIZE,
    },
  };
}
