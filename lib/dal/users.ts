import 'server-only';
import { randomBytes } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db, type Transaction } from '@/db/client';
import { offices, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { ChangePasswordInput, CreateUserInput, UpdateUserInput } from '@/lib/validation/accounts';
import { recordAudit } from './audit';
import { getCurrentAdmin, getCurrentUser, type CurrentUser } from './session';

export type UserAdminDTO = {
  id: string;
  email: string;
  name: string;
  role: Role;
  officeId: string;
  officeNames: LocalizedText;
  uiLanguage: Locale;
  active: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  mustChangePassword: boolean;
};

export type UserChangeResult = { ok: true } | { ok: false; reason: 'email_taken' | 'own_account' };

const adminColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  officeId: users.officeId,
  officeNames: offices.names,
  uiLanguage: users.uiLanguage,
  active: users.active,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  mustChangePassword: users.mustChangePassword,
};

const actorOf = (user: CurrentUser) => ({ id: user.id, email: user.email });

/** Every account, for admins. */
export async function listUsersForAdmin(): Promise<UserAdminDTO[]> {
  await getCurrentAdmin();
  return db
    .select(adminColumns)
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .orderBy(desc(users.active), asc(users.name));
}

/** One account, for admins; calls notFound() otherwise. */
export async function getUserForAdmin(id: string): Promise<UserAdminDTO> {
  await getCurrentAdmin();
  if (!z.uuid().safeParse(id).success) notFound();
  const [row] = await db
    .select(adminColumns)
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(eq(users.id, id));
  if (!row) notFound();
  return row;
}

async function lockUser(tx: Transaction, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) notFound();
  return row;
}

async function assertOfficeExists(tx: Transaction, officeId: string) {
  const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
  if (!office) notFound();
}

/** Creates an account with a temporary password, returned once and never stored in clear. */
export async function createUser(
  input: CreateUserInput,
): Promise<{ ok: true; id: string; temporaryPassword: string } | { ok: false; reason: 'email_taken' }> {
  const admin = await getCurrentAdmin();
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    await assertOfficeExists(tx, input.officeId);
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email));
    if (taken) return { ok: false, reason: 'email_taken' } as const;
    const [created] = await tx
      .insert(users)
      .values({ ...input, passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: 'user.created',
      subjectType: 'user',
      subjectId: created!.id,
      data: { email: input.email, role: input.role, officeId: input.officeId },
    });
    return { ok: true, id: created!.id, temporaryPassword } as const;
  });
}

/** Changes name, role, office and language; a new role or office ends the user's open sessions. */
export async function updateUser(input: UpdateUserInput): Promise<UserChangeResult> {
  const admin = await getCurrentAdmin();
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, input.userId);
    await assertOfficeExists(tx, input.officeId);
    // An admin who demoted themselves could leave the newsroom without any admin.
    if (before.id === admin.id && input.role !== 'admin') return { ok: false, reason: 'own_account' } as const;
    const accessChanged = before.role !== input.role || before.officeId !== input.officeId;
    await tx
      .update(users)
      .set({
        name: input.name,
        role: input.role,
        officeId: input.officeId,
        uiLanguage: input.uiLanguage,
        sessionVersion: accessChanged ? sql`${users.sessionVersion} + 1` : undefined,
      })
      .where(eq(users.id, before.id));
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: 'user.updated',
      subjectType: 'user',
      subjectId: before.id,
      data: {
        before: { name: before.name, role: before.role, officeId: before.officeId, uiLanguage: before.uiLanguage },
        after: { name: input.name, role: input.role, officeId: input.officeId, uiLanguage: input.uiLanguage },
      },
    });
    return { ok: true } as const;
  });
}

/** Deactivating ends the user's sessions at their next request; activating lifts a lockout too ("unlock"). */
export async function setUserActive(userId: string, active: boolean): Promise<UserChangeResult> {
  const admin = await getCurrentAdmin();
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (before.id === admin.id) return { ok: false, reason: 'own_account' } as const;
    await tx
      .update(users)
      .set(
        active
          ? { active, failedLogins: 0, lockedUntil: null }
          : { active, sessionVersion: sql`${users.sessionVersion} + 1` },
      )
      .where(eq(users.id, before.id));
    const action = !active ? 'user.deactivated' : before.active ? 'user.unlocked' : 'user.reactivated';
    await recordAudit(tx, { actor: actorOf(admin), action, subjectType: 'user', subjectId: before.id });
    return { ok: true } as const;
  });
}

/** Ends every open session of a user. */
export async function signOutEverywhere(userId: string): Promise<UserChangeResult> {
  const admin = await getCurrentAdmin();
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, before.id));
    await recordAudit(tx, {
      actor: actorOf(admin),
      action: 'user.signed_out_everywhere',
      subjectType: 'user',
      subjectId: before.id,
    });
    return { ok: true } as const;
  });
}

/** Changes the signed-in user's password; their other sessions end. */
export async function changeOwnPassword(
  input: ChangePasswordInput,
): Promise<{ ok: true; email: string } | { ok: false; reason: 'wrong_password' }> {
  const user = await getCurrentUser();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword)))
    return { ok: false, reason: 'wrong_password' };
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'account.password_changed',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { ok: true, email: user.email };
}

/** The signed-in person's own zone setting (`null`: none) and their office's zone, its default. */
export async function getOwnTimeZoneSetting(): Promise<{ own: string | null; office: string }> {
  const user = await getCurrentUser();
  const [row] = await db
    .select({ own: users.timeZone, office: offices.timeZone })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(eq(users.id, user.id));
  return row!;
}

/** Sets the zone the signed-in person reads times in; `null` goes back to their office's zone. */
export async function setOwnTimeZone(timeZone: string | null): Promise<void> {
  const user = await getCurrentUser();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ timeZone: users.timeZone })
      .from(users)
      .where(eq(users.id, user.id))
      .for('update');
    if ((before?.timeZone ?? null) === timeZone) return;
    await tx.update(users).set({ timeZone }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'account.time_zone_changed',
      subjectType: 'user',
      subjectId: user.id,
      data: { from: before?.timeZone ?? null, to: timeZone },
    });
  });
}

export async function setOwnLanguage(uiLanguage: Locale): Promise<void> {
  const user = await getCurrentUser();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ uiLanguage }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'account.language_changed',
      subjectType: 'user',
      subjectId: user.id,
      data: { from: user.uiLanguage, to: uiLanguage },
    });
  });
}
