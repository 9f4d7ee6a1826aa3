/**
 * Every kind of background work is a pg-boss queue of its own, with its own retry policy; a job
 * that has used every attempt moves to the queue's dead-letter queue (`<name>-dead`), where it
 * stays for an admin to read, retry or cancel (/workspace/admin/jobs).
 */

/** How long a running job may go without finishing before pg-boss gives it to another worker (the lease). */
export function leaseSeconds(): number {
  return Math.max(1, Number(process.env.JOB_LEASE_SECONDS ?? 60));
}

export const QUEUES = {
  /** Publish one embargoed release at its time (startAfter = the embargo time). */
  scheduledPublish: 'scheduled-publish',
  /** Expire the portal's cached pages and feeds for a list of cache tags, then purge the edges. */
  portalRefresh: 'portal-refresh',
  /** Purge the edges' copies carrying these surrogate keys. */
  edgePurge: 'edge-purge',
  /** Send one notification e-mail (one outbox message: one recipient, one event). */
  notificationMail: 'notification-mail',
  /**
   * Send one message of a press distribution (one delivery: one release to one address). The
   * delivery row is the sent-key beside the job, as the outbox message is for notification mail.
   */
  distributionMail: 'distribution-mail',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const deadLetterOf = (queue: QueueName) => `${queue}-dead`;

type Policy = { retryLimit: number; retryDelay: number; retryDelayMax: number };

/** Attempts and backoff (seconds, doubling with jitter up to retryDelayMax). */
export const RETRY_POLICIES: Record<QueueName, Policy> = {
  // A publish fails only when the database does; it is tried again soon, many times.
  'scheduled-publish': { retryLimit: 10, retryDelay: 1, retryDelayMax: 60 },
  'portal-refresh': { retryLimit: 10, retryDelay: 1, retryDelayMax: 300 },
  // An edge restarting is back within seconds, and then starts empty anyway.
  'edge-purge': { retryLimit: 11, retryDelay: 1, retryDelayMax: 60 },
  // 30 s, 1 min, 2 min, 4 min… as the outbox always did.
  'notification-mail': { retryLimit: 6, retryDelay: 30, retryDelayMax: 3_600 },
  // A mail server that answers "try later" (4xx), refuses the connection or times out: 30 s, 1 min,
  // 2 min… up to an hour, about a day in all before the delivery is marked failed. A refusal for
  // good (5xx) is never retried.
  'distribution-mail': {
    retryLimit: 8,
    // Read when the queue is created (DISTRIBUTION_RETRY_DELAY_SECONDS shortens it for tests).
    get retryDelay() {
      return Math.max(1, Number(process.env.DISTRIBUTION_RETRY_DELAY_SECONDS ?? 30));
    },
    retryDelayMax: 3_600,
  },
};

export const ALL_QUEUES = Object.values(QUEUES) as QueueName[];

/**
 * The queues whose new jobs wake their workers at once, in every process, through PostgreSQL's
 * LISTEN/NOTIFY (sent when the creating transaction commits): what the portal shows must reach
 * the edges without waiting for a poll. Polling stays on as the backstop.
 */
export const NOTIFY_QUEUES: readonly QueueName[] = [QUEUES.portalRefresh, QUEUES.edgePurge];
