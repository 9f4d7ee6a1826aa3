import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerWithStatus } from './page-status';

const cached = vi.hoisted(() => ({ tags: [] as string[][] }));
vi.mock('next/cache', () => ({
  unstable_cache: (read: () => Promise<unknown>, _key: string[], options: { tags: string[] }) => {
    cached.tags.push(options.tags);
    return read;
  },
}));

afterEach(() => {
  vi.unstubAllEnvs();
  cached.tags.length = 0;
});

describe('a portal page answering with a status', () => {
  it('declares it as a cache tag, which the cache handler stores as the status (production)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await answerWithStatus(410);
    expect(cached.tags).toEqual([['http-status:410']]);
  });

  it('answers 404 through notFound() under next dev, which stores no page for a handler to read', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    await expect(answerWithStatus(410)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(cached.tags).toEqual([]);
  });
});
