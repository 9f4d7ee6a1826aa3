import { PgBoss } from 'pg-boss';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/test/database';
import { ALL_QUEUES, QUEUES } from '@/lib/jobs/queues';
import { createJobSystem, jobs, queueSettings } from './job-system';

beforeAll(async () => {
  await freshDatabase();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the job system’s queues', () => {
  it('brings a queue created with other settings back to the code’s on the next start', async () => {
    const boss = await jobs();
    await boss.updateQueue(QUEUES.distributionMail, { retryDelay: 999, retryLimit: 1, expireInSeconds: 5 });
    vi.stubEnv('DISTRIBUTION_RETRY_DELAY_SECONDS', '2');

    const restarted = await createJobSystem();
    try {
      expect(await restarted.getQueue(QUEUES.distributionMail)).toMatchObject({
        ...queueSettings(QUEUES.distributionMail),
        retryDelay: 2,
      });
    } finally {
      await restarted.stop({ graceful: false, close: true });
    }
  });

  it('leaves every queue as the code sets it, and changes nothing on a start where nothing changed', async () => {
    const restarted = await createJobSystem();
    try {
      for (const name of ALL_QUEUES) expect(await restarted.getQueue(name)).toMatchObject(queueSettings(name));
      const updateQueue = vi.spyOn(PgBoss.prototype, 'updateQueue');
      const again = await createJobSystem();
      await again.stop({ graceful: false, close: true });
      expect(updateQueue).not.toHaveBeenCalled();
    } finally {
      await restarted.stop({ graceful: false, close: true });
    }
  });
});
