import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  distributionDeliveries,
  distributions,
  mediaContacts,
  mediaListMembers,
  mediaLists,
  releaseDistributionLists,
  releases,
  revisions,
  subscribers,
  type DeliveryStatus,
} from '@/db/schema';
import { embargoToken, hashEmbargoToken } from '@/lib/distribution/embargo-links';
import type { Locale } from '@/lib/i18n/locales';

const DAY = 86_400_000;

/** The demo release whose first publication was mailed, with a report to read. */
export const DEMO_MAILED_RELEASE = 'demo:panama-labour-corridor-es';
const MAILING_KEY = 'demo:first-publication';

/** The scheduled demo release already sent ahead, under embargo, to the Americas desk. */
export const DEMO_EMBARGOED_RELEASE = 'demo:americas-trafficking-roadmap-es';
const ADVANCE_SEND_KEY = 'demo:advance-send';

/** The advance send's recipients: how often each opened their link so far. */
const DEMO_EMBARGO_OPENS: Record<string, number> = {
  'mariana.solis@lanacion.example': 2,
  'diego.herrera@radiocontinente.example': 1,
  'ana.castillo@istmo.example': 0,
};

/** Fictional readers (example.* addresses) who subscribed on the portal. */
const DEMO_READERS: { email: string; languages: Locale[]; unsubscribedDaysAgo?: number }[] = [
  { email: 'paula.rios@lectores.example', languages: ['es', 'en'] },
  { email: 'tomas.bravo@lectores.example', languages: ['es'] },
  { email: 'helene.martin@lecteurs.example', languages: ['fr', 'es'], unsubscribedDaysAgo: 1 },
];

type DemoDelivery = { email: string; status: DeliveryStatus; reason?: string; lists: string[]; reader?: boolean };

const PANAMA = 'Panama press desk';
const AMERICAS = 'Americas regional desk';

/** Fifteen messages of one mailing, in every state a mailing leaves behind. */
const DEMO_DELIVERIES: DemoDelivery[] = [
  { email: 'ana.castillo@istmo.example', status: 'sent', lists: [PANAMA, AMERICAS] },
  { email: 'mariana.solis@lanacion.example', status: 'sent', lists: [AMERICAS] },
  { email: 'diego.herrera@radiocontinente.example', status: 'sent', lists: [AMERICAS] },
  { email: 'redaccion@canalistmo.example', status: 'sent', lists: [PANAMA] },
  { email: 'mesa.economia@diariopacifico.example', status: 'sent', lists: [PANAMA] },
  { email: 'corresponsal@agenciasur.example', status: 'sent', lists: [AMERICAS] },
  { email: 'noticias@radiochiriqui.example', status: 'sent', lists: [PANAMA] },
  { email: 'paula.rios@lectores.example', status: 'sent', lists: [], reader: true },
  { email: 'helene.martin@lecteurs.example', status: 'sent', lists: [], reader: true },
  { email: 'tomas.bravo@lectores.example', status: 'sent', lists: [], reader: true },
  { email: 'prensa@semanariocolon.example', status: 'failed', reason: '421 4.7.0 Try again later', lists: [PANAMA] },
  {
    email: 'editor@revistaistmica.example',
    status: 'failed',
    reason: 'Connection timed out after 30 s',
    lists: [AMERICAS],
  },
  { email: 'j.mendez@antiguodiario.example', status: 'bounced', reason: '550 5.1.1 Mailbox unknown', lists: [PANAMA] },
  { email: 'info@radiocerrada.example', status: 'bounced', reason: '550 5.7.1 Relaying denied', lists: [AMERICAS] },
  { email: 'c.ortega@boletinregional.example', status: 'skipped', reason: 'unsubscribed', lists: [AMERICAS] },
];

async function staticList(db: Database, officeId: string, name: string, emails: string[], createdById?: string) {
  const [existing] = await db
    .select({ id: mediaLists.id })
    .from(mediaLists)
    .where(and(eq(mediaLists.officeId, officeId), eq(mediaLists.name, name)));
  if (existing) return existing.id;
  const [list] = await db
    .insert(mediaLists)
    .values({ officeId, name, kind: 'static', createdById, updatedById: createdById })
    .returning({ id: mediaLists.id });
  const members = await db
    .select({ id: mediaContacts.id })
    .from(mediaContacts)
    .where(inArray(sql`lower(${mediaContacts.email})`, emails));
  if (members.length > 0)
    await db.insert(mediaListMembers).values(members.map((member) => ({ listId: list!.id, contactId: member.id })));
  return list!.id;
}

async function releaseBySourceKey(db: Database, sourceKey: string) {
  const [release] = await db
    .select({ id: releases.id, liveRevisionId: releases.liveRevisionId, lastPublishedAt: releases.lastPublishedAt })
    .from(releases)
    .where(eq(releases.sourceKey, sourceKey));
  return release;
}

/**
 * The Panama and Americas desks' lists, chosen on two releases, and the first publication of the
 * Panama labour corridor release as mailed a few days ago, so that its report has something to show.
 */
export async function seedDistribution(
  db: Database,
  context: { now: Date; officeIds: Map<string, string>; userIds: Map<string, string> },
): Promise<void> {
  const editorId = context.userIds.get('editor.americas');
  const panamaDesk = await staticList(
    db,
    context.officeIds.get('panama')!,
    PANAMA,
    ['ana.castillo@istmo.example'],
    editorId,
  );
  const americasDesk = await staticList(
    db,
    context.officeIds.get('americas')!,
    AMERICAS,
    ['mariana.solis@lanacion.example', 'diego.herrera@radiocontinente.example', 'ana.castillo@istmo.example'],
    editorId,
  );
  const listIds = new Map([
    [PANAMA, panamaDesk],
    [AMERICAS, americasDesk],
  ]);

  const mailed = await releaseBySourceKey(db, DEMO_MAILED_RELEASE);
  const roadmap = await releaseBySourceKey(db, 'demo:americas-trafficking-roadmap-es');
  const chosen = [
    ...(mailed
      ? [panamaDesk, americasDesk].map((listId) => ({ releaseId: mailed.id, listId, addedById: editorId }))
      : []),
    ...(roadmap ? [{ releaseId: roadmap.id, listId: americasDesk, addedById: editorId }] : []),
  ];
  if (chosen.length > 0) await db.insert(releaseDistributionLists).values(chosen).onConflictDoNothing();
  await seedAdvanceSend(db, { now: context.now, listId: americasDesk, editorId });

  if (!mailed?.liveRevisionId) return;
  const [existing] = await db
    .select({ id: distributions.id })
    .from(distributions)
    .where(and(eq(distributions.releaseId, mailed.id), eq(distributions.eventKey, MAILING_KEY)));
  if (existing) return;

  const mailedAt = new Date((mailed.lastPublishedAt ?? new Date(context.now.getTime() - 3 * DAY)).getTime() + 60_000);
  await db
    .insert(subscribers)
    .values(
      DEMO_READERS.map((reader) => ({
        email: reader.email,
        locale: reader.languages[0]!,
        languages: reader.languages,
        status: reader.unsubscribedDaysAgo ? ('unsubscribed' as const) : ('active' as const),
        confirmedAt: new Date(mailedAt.getTime() - 30 * DAY),
        unsubscribedAt: reader.unsubscribedDaysAgo
          ? new Date(context.now.getTime() - reader.unsubscribedDaysAgo * DAY)
          : null,
      })),
    )
    .onConflictDoNothing();
  const readerIds = new Map(
    (
      await db
        .select({ id: subscribers.id, email: subscribers.email })
        .from(subscribers)
        .where(
          inArray(
            subscribers.email,
            DEMO_READERS.map((reader) => reader.email),
          ),
        )
    ).map((row) => [row.email, row.id]),
  );
  const contactIds = new Map(
    (
      await db
        .select({ id: mediaContacts.id, email: mediaContacts.email })
        .from(mediaContacts)
        .where(
          inArray(
            sql`lower(${mediaContacts.email})`,
            DEMO_DELIVERIES.map((delivery) => delivery.email),
          ),
        )
    ).map((row) => [row.email.toLowerCase(), row.id]),
  );

  const [mailing] = await db
    .insert(distributions)
    .values({
      releaseId: mailed.id,
      revisionId: mailed.liveRevisionId,
      kind: 'publish',
      eventKey: MAILING_KEY,
      createdById: editorId,
      createdAt: mailedAt,
    })
    .returning({ id: distributions.id });
  await db.insert(distributionDeliveries).values(
    DEMO_DELIVERIES.map((delivery, index) => ({
      distributionId: mailing!.id,
      email: delivery.email,
      subscriberId: delivery.reader ? (readerIds.get(delivery.email) ?? null) : null,
      contactId: contactIds.get(delivery.email) ?? null,
      listIds: delivery.lists.map((name) => listIds.get(name)!),
      language: 'es' as const,
      status: delivery.status,
      reason: delivery.reason ?? null,
      attempts: delivery.status === 'skipped' ? 0 : delivery.status === 'failed' ? 5 : 1,
      sentAt: delivery.status === 'sent' ? new Date(mailedAt.getTime() + (index + 1) * 2_000) : null,
      createdAt: mailedAt,
    })),
  );
}

/**
 * The scheduled roadmap release as sent ahead yesterday to the Americas desk, under embargo until
 * its publication time: its embargo page lists the recipients, two of whom opened their link, and
 * the distribution report shows the advance send. Nothing is queued: the messages count as sent.
 */
async function seedAdvanceSend(db: Database, context: { now: Date; listId: string; editorId?: string }) {
  const [release] = await db
    .select({ id: releases.id, state: releases.state, scheduledAt: releases.scheduledAt })
    .from(releases)
    .where(eq(releases.sourceKey, DEMO_EMBARGOED_RELEASE));
  if (release?.state !== 'scheduled' || !release.scheduledAt) return;
  const [existing] = await db
    .select({ id: distributions.id })
    .from(distributions)
    .where(and(eq(distributions.releaseId, release.id), eq(distributions.eventKey, ADVANCE_SEND_KEY)));
  if (existing) return;
  const [revision] = await db
    .select({ id: revisions.id })
    .from(revisions)
    .where(eq(revisions.releaseId, release.id))
    .orderBy(desc(revisions.number))
    .limit(1);
  if (!revision) return;
  const sentAt = new Date(context.now.getTime() - DAY);
  const emails = Object.keys(DEMO_EMBARGO_OPENS);
  const contacts = await db
    .select({ id: mediaContacts.id, email: mediaContacts.email, languages: mediaContacts.languages })
    .from(mediaContacts)
    .where(inArray(sql`lower(${mediaContacts.email})`, emails));
  if (contacts.length === 0) return;
  const [advance] = await db
    .insert(distributions)
    .values({
      releaseId: release.id,
      revisionId: revision.id,
      kind: 'embargo',
      eventKey: ADVANCE_SEND_KEY,
      embargoUntil: release.scheduledAt,
      createdById: context.editorId,
      createdAt: sentAt,
    })
    .returning({ id: distributions.id });
  const deliveries = await db
    .insert(distributionDeliveries)
    .values(
      contacts.map((contact, index) => {
        const opens = DEMO_EMBARGO_OPENS[contact.email.toLowerCase()] ?? 0;
        return {
          distributionId: advance!.id,
          email: contact.email,
          contactId: contact.id,
          listIds: [context.listId],
          language: contact.languages[0] ?? ('es' as const),
          status: 'sent' as const,
          attempts: 1,
          sentAt: new Date(sentAt.getTime() + (index + 1) * 2_000),
          embargoOpens: opens,
          embargoLastOpenedAt: opens > 0 ? new Date(sentAt.getTime() + (index + 1) * 3 * 3_600_000) : null,
          createdAt: sentAt,
        };
      }),
    )
    .returning({ id: distributionDeliveries.id });
  // Each link is the one the app would have mailed: it opens the text with this instance's key.
  for (const delivery of deliveries)
    await db
      .update(distributionDeliveries)
      .set({ embargoTokenHash: hashEmbargoToken(embargoToken(delivery.id)) })
      .where(eq(distributionDeliveries.id, delivery.id));
}
