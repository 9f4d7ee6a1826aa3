import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { bouncedAddresses, subscriberOffices, subscribers, subscriberTopics, type SubscriberStatus } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { DemoOfficeCode, DemoTopic } from './demo-types';

type DemoSubscriber = {
  email: string;
  locale: Locale;
  languages: Locale[];
  status: SubscriberStatus;
  /** None: every office. */
  offices: DemoOfficeCode[];
  /** None: every topic. */
  topics: DemoTopic[];
  /** How long ago they asked. */
  daysAgo: number;
};

/** Readers who subscribed on the portal (fictional example.* addresses), one in each state. */
export const DEMO_SUBSCRIBERS: DemoSubscriber[] = [
  {
    email: 'marguerite.lenoir@example.org',
    locale: 'fr',
    languages: ['fr'],
    status: 'active',
    offices: [],
    topics: [],
    daysAgo: 210,
  },
  {
    email: 'tom.hargreaves@example.com',
    locale: 'en',
    languages: ['en'],
    status: 'active',
    offices: ['asia-pacific'],
    topics: ['climate', 'emergencies'],
    daysAgo: 160,
  },
  {
    email: 'lucia.ferrer@example.net',
    locale: 'es',
    languages: ['es', 'en'],
    status: 'active',
    offices: ['americas'],
    topics: [],
    daysAgo: 120,
  },
  {
    email: 'ousmane.ba@example.org',
    locale: 'fr',
    languages: ['fr', 'en'],
    status: 'active',
    offices: ['west-central-africa'],
    topics: ['labour-migration'],
    daysAgo: 95,
  },
  {
    email: 'research.desk@example.com',
    locale: 'en',
    languages: ['en', 'fr', 'es'],
    status: 'active',
    offices: ['hq'],
    topics: ['data-research', 'migration-governance'],
    daysAgo: 80,
  },
  {
    email: 'diego.salinas@example.net',
    locale: 'es',
    languages: ['es'],
    status: 'active',
    offices: ['mexico', 'panama'],
    topics: ['counter-trafficking'],
    daysAgo: 45,
  },
  {
    email: 'amina.sow@example.org',
    locale: 'fr',
    languages: ['fr'],
    status: 'paused',
    offices: ['senegal', 'niger'],
    topics: [],
    daysAgo: 300,
  },
  {
    email: 'priya.natarajan@example.com',
    locale: 'en',
    languages: ['en'],
    status: 'paused',
    offices: ['bangladesh', 'philippines'],
    topics: ['health'],
    daysAgo: 140,
  },
  {
    email: 'camille.roux@example.net',
    locale: 'fr',
    languages: ['fr', 'es'],
    status: 'pending',
    offices: [],
    topics: ['partnerships'],
    daysAgo: 1,
  },
  {
    email: 'sofia.mendez@example.org',
    locale: 'es',
    languages: ['es'],
    status: 'pending',
    offices: ['americas'],
    topics: [],
    daysAgo: 0,
  },
  {
    email: 'henrik.lund@example.com',
    locale: 'en',
    languages: ['en'],
    status: 'unsubscribed',
    offices: [],
    topics: ['sustainable-development'],
    daysAgo: 400,
  },
  {
    email: 'old.newsroom@example.net',
    locale: 'fr',
    languages: ['fr', 'en'],
    status: 'bounced',
    offices: ['hq'],
    topics: [],
    daysAgo: 500,
  },
];

const DAY = 86_400_000;

/** The demo subscribers with their choices; an address already there is left as it is. */
export async function seedSubscribers(
  db: Database,
  context: { officeIds: Map<string, string>; topicIds: Map<string, string>; now: Date },
): Promise<void> {
  for (const demo of DEMO_SUBSCRIBERS) {
    const askedAt = new Date(context.now.getTime() - demo.daysAgo * DAY);
    const confirmedAt = demo.status === 'pending' ? null : new Date(askedAt.getTime() + 20 * 60 * 1000);
    const [inserted] = await db
      .insert(subscribers)
      .values({
        email: demo.email,
        locale: demo.locale,
        languages: demo.languages,
        status: demo.status,
        // A pending demo reader's link was never mailed: its token is random and thrown away.
        confirmationTokenHash:
          demo.status === 'pending' ? sql`encode(sha256(gen_random_uuid()::text::bytea), 'hex')` : null,
        confirmationSentAt: demo.status === 'pending' ? askedAt : null,
        confirmedAt,
        unsubscribedAt: demo.status === 'unsubscribed' ? new Date(context.now.getTime() - 30 * DAY) : null,
        createdAt: askedAt,
      })
      .onConflictDoNothing()
      .returning({ id: subscribers.id });
    if (!inserted) continue;
    if (demo.offices.length)
      await db
        .insert(subscriberOffices)
        .values(demo.offices.map((code) => ({ subscriberId: inserted.id, officeId: context.officeIds.get(code)! })));
    if (demo.topics.length)
      await db
        .insert(subscriberTopics)
        .values(demo.topics.map((slug) => ({ subscriberId: inserted.id, topicId: context.topicIds.get(slug)! })));
    if (demo.status === 'bounced')
      await db
        .insert(bouncedAddresses)
        .values({ email: demo.email, reason: '550 5.1.1 mailbox unavailable' })
        .onConflictDoNothing();
  }
}
