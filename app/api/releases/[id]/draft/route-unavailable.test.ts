import { describe, expect, it, vi } from 'vitest';
import { PUT } from './route';

const failure = vi.hoisted(() => ({ current: new Error('none') as Error }));
vi.mock('@/lib/dal/session', () => ({ findCurrentUser: () => Promise.reject(failure.current) }));

const id = '00000000-0000-4000-8000-000000000000';
const put = () =>
  PUT(
    new Request(`http://localhost/api/releases/${id}/draft`, {
      method: 'PUT',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
      body: '{}',
    }),
    {
      params: Promise.resolve({ id }),
    },
  );

describe('PUT /api/releases/[id]/draft while the database is out of reach', () => {
  it('answers 503 `unavailable` as JSON, for the editor to show itself offline and try again', async () => {
    failure.current = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const response = await put();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('refuses to hide any other failure behind a 503', async () => {
    failure.current = new Error('a bug');
    await expect(put()).rejects.toThrow('a bug');
  });
});
