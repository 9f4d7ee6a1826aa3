import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWorker, type Worker } from './worker';

const { publishDueReleases, log } = vi.hoisted(() => ({
  publishDueReleases: vi.fn(),
  log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
}));
vi.mock('@/lib/dal/scheduler', () => ({ publishDueReleases }));
vi.mock('@/lib/log', () => ({ log }));

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

let worker: Worker | undefined;

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  vi.unstubAllEnvs();
  vi.clearAllMocks();
});

async function ticks(count: number) {
  await vi.waitFor(() => expect(publishDueReleases.mock.calls.length).toBeGreaterThanOrEqual(count), {
    timeout: 5_000,
  });
}

describe('the background worker while the database is out of reach', () => {
  it('warns once when the database goes and says once that it is back, however many ticks fail', async () => {
    vi.stubEnv('SMTP_URL', '');
    publishDueReleases
      .mockRejectedValueOnce(refused())
      .mockRejectedValueOnce(refused())
      .mockRejectedValueOnce(refused())
      .mockResolvedValue([]);

    worker = startWorker({ intervalMs: 5 });
    await ticks(5);

    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledWith(
      { err: 'connect ECONNREFUSED 127.0.0.1:5432' },
      expect.stringContaining('database unreachable'),
    );
    expect(log.error).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith('database reachable again: worker resumed');
    expect(
      log.info.mock.calls.filter(([message]) => message === 'database reachable again: worker resumed'),
    ).toHaveLength(1);
  });

  it('logs every other failure in full on each tick', async () => {
    vi.stubEnv('SMTP_URL', '');
    const broken = new Error('column "state" does not exist');
    publishDueReleases.mockRejectedValue(broken);

    worker = startWorker({ intervalMs: 5 });
    await ticks(3);

    expect(log.error.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(log.error).toHaveBeenCalledWith({ err: broken }, 'worker tick failed');
    expect(log.warn).not.toHaveBeenCalled();
  });
});
