import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  distributionDeliveries,
  distributions,
  mediaContacts,
  mediaLists,
  subscribers,
  type DeliveryStatus,
} from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { insertRevision } from '@/test/fixtures';
import { freshNewsroom, type Newsroom } from '@/test/newsroom';
import { DELIVERIES_PAGE_SIZE, getDistributionReport } from './distribution-report';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

let n: Newsroom;
let publish: { id: string } | undefined;
let correction: { id: string } | undefined;
let desk: { id: string } | undefined;
let senegalMailing: { id: string } | undefined;
const HOUR = 3_600_000;

beforeAll(async () => {
  n = await freshNewsroom();
  const release = n.releases.panamaPublished;
  const mailedAt = new Date(Date.now() - 48 * HOUR);
  [desk] = await n.db
    .insert(mediaLists)
    .values({ officeId: n.offices.panama.id, name: 'Panama desk', kind: 'static' })
    .returning({ id: mediaLists.id });
  const [gone] = await n.db
    .insert(mediaLists)
    .values({ officeId: n.offices.panama.id, name: 'Old list', kind: 'static' })
    .returning({ id: mediaLists.id });
  const [leftContact, keptContact] = await n.db
    .insert(mediaContacts)
    .values([
      {
        officeId: n.offices.panama.id,
        name: 'Left',
        email: 'left@istmo.example',
        languages: ['es'],
        status: 'unsubscribed',
      },
      { officeId: n.offices.panama.id, name: 'Kept', email: 'kept@istmo.example', languages: ['es'] },
    ])
    .returning({ id: mediaContacts.id });
  const [leftAfter, leftBefore, staying] = await n.db
    .insert(subscribers)
    .values([
      {
        email: 'after@reader.example',
        locale: 'es',
        languages: ['es'],
        status: 'unsubscribed',
        unsubscribedAt: new Date(),
      },
      {
        email: 'before@reader.example',
        locale: 'es',
        languages: ['es'],
        status: 'unsubscribed',
        unsubscribedAt: new Date(mailedAt.getTime() - HOUR),
      },
      { email: 'staying@reader.example', locale: 'es', languages: ['es'], status: 'active' },
    ])
    .returning({ id: subscribers.id });

  [publish] = await n.db
    .insert(distributions)
    .values({
      releaseId: release.id,
      revisionId: release.liveRevisionId!,
      kind: 'publish',
      eventKey: 'v1',
      createdById: n.people.americasEditor.id,
      createdAt: mailedAt,
    })
    .returning({ id: distributions.id });
  const revision = await insertRevision(n.db, release, 2);
  [correction] = await n.db
    .insert(distributions)
    .values({ releaseId: release.id, revisionId: revision.id, kind: 'correction', eventKey: 'v2', createdById: null })
    .returning({ id: distributions.id });

  // 30 list contacts sent, 3 failed, 2 bounced, 1 skipped, 1 queued; 3 subscribers.
  const statuses: DeliveryStatus[] = [
    ...Array<DeliveryStatus>(30).fill('sent'),
    'failed',
    'failed',
    'failed',
    'bounced',
    'bounced',
    'skipped',
    'queued',
  ];
  await n.db.insert(distributionDeliveries).values([
    ...statuses.map((status, index) => ({
      distributionId: publish!.id,
      email: `journalist${String(index).padStart(2, '0')}@prensa.example`,
      listIds: index < 5 ? [desk!.id, gone!.id] : [desk!.id],
      language: 'es' as const,
      status,
      reason: status === 'failed' ? '421 try again later' : null,
      attempts: status === 'queued' ? 0 : 1,
      sentAt: status === 'sent' ? mailedAt : null,
      embargoOpens: index < 4 ? 2 : 0,
    })),
    {
      distributionId: publish!.id,
      email: 'left@istmo.example',
      contactId: leftContact!.id,
      listIds: [desk!.id],
      language: 'es' as const,
      status: 'sent' as const,
    },
    {
      distributionId: publish!.id,
      email: 'kept@istmo.example',
      contactId: keptContact!.id,
      listIds: [desk!.id],
      language: 'es' as const,
      status: 'sent' as const,
    },
    {
      distributionId: publish!.id,
      email: 'after@reader.example',
      subscriberId: leftAfter!.id,
      language: 'es' as const,
      status: 'sent' as const,
    },
    {
      distributionId: publish!.id,
      email: 'before@reader.example',
      subscriberId: leftBefore!.id,
      language: 'es' as const,
      status: 'skipped' as const,
      reason: 'unsubscribed',
    },
    {
      distributionId: publish!.id,
      email: 'staying@reader.example',
      subscriberId: staying!.id,
      language: 'es' as const,
      status: 'sent' as const,
    },
    {
      distributionId: correction!.id,
      email: 'staying@reader.example',
      subscriberId: staying!.id,
      language: 'es' as const,
      status: 'queued' as const,
    },
  ]);
  await n.db.delete(mediaLists).where(eqId(gone!.id));

  const senegalRevision = await insertRevision(n.db, n.releases.senegalDraft);
  [senegalMailing] = await n.db
    .insert(distributions)
    .values({ releaseId: n.releases.senegalDraft.id, revisionId: senegalRevision.id, kind: 'embargo', eventKey: 'e1' })
    .returning({ id: distributions.id });
});

const eqId = (id: string) => eq(mediaLists.id, id);

describe('the distribution report of a release', () => {
  it('counts what each mailing did, the latest first', async () => {
    actAs(n.people.americasEditor);
    const report = await getDistributionReport(n.releases.panamaPublished.id, {});
    expect(report.mailings.map((mailing) => [mailing.kind, mailing.revisionNumber])).toEqual([
      ['correction', 2],
      ['publish', 1],
    ]);
    const mailing = report.mailings[1]!;
    expect(mailing.createdByName).toBe(n.people.americasEditor.name);
    expect(mailing.counts).toEqual({ total: 42, sent: 34, queued: 1, failed: 3, bounced: 2, skipped: 2 });
    expect(mailing.subscribers).toBe(3);
    expect(mailing.byList).toEqual([
      { listId: desk!.id, name: 'Panama desk', recipients: 39 },
      { listId: expect.any(String), name: null, recipients: 5 },
    ]);
    // The subscriber who left after the mailing and the contact unsubscribed now; not the one who left before.
    expect(mailing.unsubscribedSince).toBe(2);
    expect(mailing.embargoOpens).toBe(8);
    expect(report.mailings[0]!.counts).toEqual({ total: 1, sent: 0, queued: 1, failed: 0, bounced: 0, skipped: 0 });
  });

  it("lists the latest mailing's deliveries by default, and another mailing's when asked", async () => {
    actAs(n.people.americasEditor);
    const latest = await getDistributionReport(n.releases.panamaPublished.id, {});
    expect(latest.selected?.id).toBe(correction!.id);
    expect(latest.deliveries.rows.map((row) => row.email)).toEqual(['staying@reader.example']);
    expect(latest.deliveries.rows[0]?.asSubscriber).toBe(true);
    const first = await getDistributionReport(n.releases.panamaPublished.id, { mailing: publish!.id });
    expect(first.deliveries.total).toBe(42);
    expect(first.deliveries.rows).toHaveLength(DELIVERIES_PAGE_SIZE);
    const second = await getDistributionReport(n.releases.panamaPublished.id, { mailing: publish!.id, page: 2 });
    expect(second.deliveries.rows).toHaveLength(42 - DELIVERIES_PAGE_SIZE);
  });

  it('filters the deliveries by status, with the reason of each failure', async () => {
    actAs(n.people.hqEditor);
    const report = await getDistributionReport(n.releases.panamaPublished.id, {
      mailing: publish!.id,
      status: 'failed',
    });
    expect(report.deliveries.total).toBe(3);
    expect(report.deliveries.rows.map((row) => [row.email, row.reason, row.listNames])).toEqual([
      ['journalist30@prensa.example', '421 try again later', ['Panama desk']],
      ['journalist31@prensa.example', '421 try again later', ['Panama desk']],
      ['journalist32@prensa.example', '421 try again later', ['Panama desk']],
    ]);
  });

  it('shows an empty report for a release never mailed', async () => {
    actAs(n.people.americasEditor);
    const report = await getDistributionReport(n.releases.panamaDraft.id, {});
    expect(report.mailings).toEqual([]);
    expect(report.selected).toBeNull();
    expect(report.deliveries.total).toBe(0);
  });

  it("answers 404 to writers, to another region's editor, and for another release's mailing", async () => {
    for (const intruder of [n.people.panamaWriter, n.people.senegalWriter, n.people.westAfricaEditor]) {
      actAs(intruder);
      expect(await outcomeOf(() => getDistributionReport(n.releases.panamaPublished.id, {}))).toBe(NOT_FOUND);
    }
    actAs(n.people.americasEditor);
    expect(
      await outcomeOf(() => getDistributionReport(n.releases.panamaPublished.id, { mailing: senegalMailing!.id })),
    ).toBe(NOT_FOUND);
    expect(await outcomeOf(() => getDistributionReport(n.releases.senegalDraft.id, {}))).toBe(NOT_FOUND);
    expect(await outcomeOf(() => getDistributionReport('not-a-uuid', {}))).toBe(NOT_FOUND);
  });
});
