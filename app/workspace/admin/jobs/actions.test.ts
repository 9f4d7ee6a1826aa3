import { beforeAll, describe, expect, it, vi } from 'vitest';
import { QUEUES } from '@/lib/jobs/queues';
import { jobs } from '@/lib/dal/job-system';
import { IDLE } from '@/lib/form-state';
import { actAs } from '@/test/fake-auth';
import { jobsIn } from '@/test/jobs';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { cancelJob, retryJob } from './actions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('retrying and cancelling jobs from the admin screen', () => {
  it('refuses a queue or an id that is not one, and changes nothing', async () => {
    actAs(await reloadUser(n.db, n.people.admin.id));
    const boss = await jobs();
    const id = (await boss.send(QUEUES.edgePurge, { tags: ['menus'] }, { startAfter: 3_600 }))!;

    expect(await cancelJob(IDLE, form({ queue: 'everything', id }))).toMatchObject({ status: 'invalid' });
    expect(await cancelJob(IDLE, form({ queue: QUEUES.edgePurge, id: 'not-an-id' }))).toMatchObject({
      status: 'invalid',
    });
    expect(await retryJob(IDLE, form({ queue: QUEUES.edgePurge }))).toMatchObject({ status: 'invalid' });
    expect((await jobsIn(n.db, QUEUES.edgePurge)).find((job) => job.id === id)?.state).toBe('created');

    expect(await cancelJob(IDLE, form({ queue: QUEUES.edgePurge, id }))).toEqual({ status: 'done' });
    expect((await jobsIn(n.db, QUEUES.edgePurge)).find((job) => job.id === id)?.state).toBe('cancelled');
  });
});
