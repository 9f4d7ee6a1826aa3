import 'server-only';
import { and, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginAttempts, users } from '@/db/schema';
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, MAX_FAILURES_PER_IP, type SignInInput } from '@/lib/auth/credentials';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { recordAudit } from './audit';

export type SignInResult =
  | { ok: true; user: { id: string; sessionVersion: number; mustChangePassword: boolean } }
  | { ok: false; reason: 'invalid_credentials' | 'locked' | 'rate_limited' };

const WINDOW_MS = LOCKOUT_MINUTES * 60 * 1000;

// Verified against when the e-mail is unknown, so that an unknown address costs one argon2 run too.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

/**
 * Checks an e-mail and password. Every attempt is stored (login_attempts) and audited, the
 * limits are read from the database so that they hold across app instances, and an unknown
 * e-mail answers exactly like a wrong password, after the same amount of work.
 */
export async function verifyCredentials(
  { email, password }: SignInInput,
  ip: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const failuresFrom = async (where: ReturnType<typeof eq>) => {
    const [row] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, windowStart)));
    return row?.n ?? 0;
  };
  const refuse = async (reason: 'invalid_credentials' | 'locked' | 'rate_limited', userId?: string) => {
    await db.insert(loginAttempts).values({ ip, email, succeeded: false, createdAt: now });
    await recordAudit(db, {
      actor: { label: email },
      action: reason === 'invalid_credentials' ? 'sign_in.failed' : `sign_in.refused_${reason}`,
      subjectType: userId ? 'user' : undefined,
      subjectId: userId,
      ip,
    });
    return { ok: false, reason } as const;
  };

  if ((await failuresFrom(eq(loginAttempts.ip, ip))) >= MAX_FAILURES_PER_IP) return refuse('rate_limited');

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      passwordHash: users.passwordHash,
      active: users.active,
      lockedUntil: users.lockedUntil,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));

  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);

  if (!user) {
    // Unknown addresses "lock" like real ones, or the lock message would reveal which accounts exist.
    return refuse(
      (await failuresFrom(eq(loginAttempts.email, email))) + 1 >= MAX_FAILED_SIGN_INS
        ? 'locked'
        : 'invalid_credentials',
    );
  }
  if (user.lockedUntil && user.lockedUntil > now) return refuse('locked', user.id);

  if (!passwordMatches || !user.active) {
    const lockedUntil = new Date(now.getTime() + WINDOW_MS);
    const [after] = await db
      .update(users)
      .set({
        failedLogins: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_SIGN_INS} then 0 else ${users.failedLogins} + 1 end`,
        lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_SIGN_INS} then ${lockedUntil.toISOString()}::timestamptz else null end`,
      })
      // A failure racing the one that locked the account (another request, another instance) must
      // neither count towards a new lock nor lift the lock just set.
      .where(and(eq(users.id, user.id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
      .returning({ lockedUntil: users.lockedUntil });
    if (!after) return refuse('locked', user.id);
    if (after.lockedUntil) {
      await recordAudit(db, {
        actor: { label: email },
        action: 'sign_in.locked_out',
        subjectType: 'user',
        subjectId: user.id,
        ip,
        data: { until: after.lockedUntil.toISOString() },
      });
      return refuse('locked', user.id);
    }
    return refuse('invalid_credentials', user.id);
  }

  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    await tx.insert(loginAttempts).values({ ip, email, succeeded: true, createdAt: now });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: 'sign_in.succeeded',
      subjectType: 'user',
      subjectId: user.id,
      ip,
    });
  });
  return {
    ok: true,
    user: { id: user.id, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
  };
}
