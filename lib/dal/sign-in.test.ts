import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, loginAttempts } from '@/db/schema';
import { MAX_FAILURES_PER_IP, SignInInput } from '@/lib/auth/credentials';
import { freshNewsroom, NEWSROOM_PASSWORD, reloadUser, type Newsroom } from '@/test/newsroom';
import { insertUser } from '@/test/fixtures';
import { verifyPassword } from '@/lib/auth/password';
import { verifyCredentials } from './sign-in';
import { clientIp } from '@/lib/auth/client-ip';
import { PEER_HEADER_MARK, sanitizeForwarding } from '@/lib/http/forwarded.mjs';

// Counts argon2 verifications: an unknown e-mail must cost the same work as a known one.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const MINUTE = 60_000;
let ipSequence = 0;
const newIp = () => `192.0.2.${++ipSequence}`;

async function auditActions(subjectId: string) {
  const rows = await n.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, subjectId));
  return rows.map((row) => row.action);
}

describe('signing in', () => {
  it('accepts the right password, case-insensitively on the e-mail, and audits it', async () => {
    const user = n.people.hqEditor;
    const result = await verifyCredentials(
      SignInInput.parse({ email: ' HQ.Editor@Example.org', password: NEWSROOM_PASSWORD }),
      newIp(),
    );
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, sessionVersion: user.sessionVersion, mustChangePassword: false },
    });
    expect(await auditActions(user.id)).toContain('sign_in.succeeded');
    expect((await reloadUser(n.db, user.id)).lastLoginAt).not.toBeNull();
  });

  it('answers a wrong password and an unknown e-mail with the same refusal', async () => {
    const wrongPassword = await verifyCredentials(
      { email: n.people.americasEditor.email, password: 'not-it' },
      newIp(),
    );
    const unknownEmail = await verifyCredentials({ email: 'nobody@example.org', password: 'not-it' }, newIp());
    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid_credentials' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('runs one password verification for an unknown e-mail, as for a known one', async () => {
    vi.mocked(verifyPassword).mockClear();
    await verifyCredentials({ email: n.people.americasEditor.email, password: 'not-it' }, newIp());
    await verifyCredentials({ email: 'unknown-person@example.org', password: 'not-it' }, newIp());
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(2);
    const [knownHash, unknownHash] = vi.mocked(verifyPassword).mock.calls.map(([hash]) => hash);
    expect(unknownHash).toMatch(/^\$argon2id\$/);
    expect(unknownHash).not.toBe(knownHash);
  });

  it('refuses a deactivated account even with the right password, like a wrong one', async () => {
    const gone = await insertUser(n.db, n.offices.hq.id, 'writer', {
      active: false,
      passwordHash: n.people.admin.passwordHash,
    });
    expect(await verifyCredentials({ email: gone.email, password: NEWSROOM_PASSWORD }, newIp())).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
  });

  it('stores every attempt with its address', async () => {
    const ip = newIp();
    await verifyCredentials({ email: 'someone@example.org', password: 'x' }, ip);
    const [row] = await n.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false)));
    expect(row?.n).toBe(1);
  });
});

describe('locking an account', () => {
  it('locks after five wrong passwords, even against the right one, and audits the lockout', async () => {
    const user = n.people.westAfricaEditor;
    const now = new Date();
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      results.push(await verifyCredentials({ email: user.email, password: `wrong-${attempt}` }, newIp(), now));
    }
    expect(results.map((result) => !result.ok && result.reason)).toEqual([
      'invalid_credentials',
      'invalid_credentials',
      'invalid_credentials',
      'invalid_credentials',
      'locked',
    ]);
    expect(
      await verifyCredentials(
        { email: user.email, password: NEWSROOM_PASSWORD },
        newIp(),
        new Date(now.getTime() + 14 * MINUTE),
      ),
    ).toEqual({ ok: false, reason: 'locked' });
    expect(await auditActions(user.id)).toContain('sign_in.locked_out');
  });

  it('lets the right password in again once the fifteen minutes have passed', async () => {
    const user = n.people.westAfricaEditor;
    const later = new Date(Date.now() + 16 * MINUTE);
    const result = await verifyCredentials({ email: user.email, password: NEWSROOM_PASSWORD }, newIp(), later);
    expect(result.ok).toBe(true);
    expect(await reloadUser(n.db, user.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it('also answers "locked" for an unknown e-mail after five attempts, so the lock reveals no account', async () => {
    const reasons = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await verifyCredentials({ email: 'ghost@example.org', password: 'x' }, newIp());
      reasons.push(!result.ok && result.reason);
    }
    expect(reasons.at(-1)).toBe('locked');
  });

  it('keeps the lock when more wrong passwords arrive at once than it takes to set it, as from several instances', async () => {
    const user = await insertUser(n.db, n.offices.hq.id, 'writer', { passwordHash: n.people.admin.passwordHash });
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, attempt) =>
        verifyCredentials({ email: user.email, password: `wrong-${attempt}` }, newIp(), now),
      ),
    );
    expect(results.filter((result) => !result.ok && result.reason === 'locked').length).toBeGreaterThanOrEqual(4);
    expect(
      await verifyCredentials(
        { email: user.email, password: NEWSROOM_PASSWORD },
        newIp(),
        new Date(now.getTime() + MINUTE),
      ),
    ).toEqual({ ok: false, reason: 'locked' });
    expect((await reloadUser(n.db, user.id)).lockedUntil?.getTime()).toBeGreaterThan(now.getTime());
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = n.people.senegalWriter;
    for (let attempt = 0; attempt < 4; attempt++)
      await verifyCredentials({ email: user.email, password: 'wrong' }, newIp());
    await verifyCredentials({ email: user.email, password: NEWSROOM_PASSWORD }, newIp());
    expect(await verifyCredentials({ email: user.email, password: 'wrong' }, newIp())).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
  });
});

describe('limiting attempts per address', () => {
  it(`refuses an address after ${MAX_FAILURES_PER_IP} failures, whatever the account, and audits it`, async () => {
    const ip = newIp();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) {
      await verifyCredentials({ email: `spray-${attempt}@example.org`, password: 'x' }, ip);
    }
    const user = n.people.panamaWriter;
    expect(await verifyCredentials({ email: user.email, password: NEWSROOM_PASSWORD }, ip)).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    expect(await auditActions(user.id)).not.toContain('sign_in.succeeded');
    const [row] = await n.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.ip, ip), eq(auditLog.action, 'sign_in.refused_rate_limited')));
    expect(row?.n).toBe(1);
    expect((await verifyCredentials({ email: user.email, password: NEWSROOM_PASSWORD }, newIp())).ok).toBe(true);
  });

  it('cannot be dodged by forging X-Forwarded-For, and audits the address the request really came from', async () => {
    const peer = newIp();
    // What the server in front of Next hands the app for a request from `peer` (no trusted proxy).
    const addressOf = (forged: string) =>
      clientIp(
        new Headers(sanitizeForwarding({ 'x-forwarded-for': forged, 'x-real-ip': forged }, peer) as HeadersInit),
      );
    process.env[PEER_HEADER_MARK] = 'set';
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) {
      await verifyCredentials(
        { email: `forger-${attempt}@example.org`, password: 'x' },
        addressOf(`203.0.113.${attempt}`),
      );
    }
    const user = n.people.senegalWriter;
    expect(
      await verifyCredentials({ email: user.email, password: NEWSROOM_PASSWORD }, addressOf('203.0.113.200')),
    ).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    const auditedFrom = async (ip: ReturnType<typeof sql>) =>
      (
        await n.db
          .select({ n: count() })
          .from(auditLog)
          .where(sql`${auditLog.ip} like ${ip}`)
      )[0]!.n;
    expect(await auditedFrom(sql`'203.0.113.%'`)).toBe(0);
    expect(await auditedFrom(sql`${peer}`)).toBe(MAX_FAILURES_PER_IP + 1);
  });
});
