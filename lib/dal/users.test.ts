import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { actAs } from '@/test/fake-auth';
import { insertUser } from '@/test/fixtures';
import { freshNewsroom, NEWSROOM_PASSWORD, reloadUser, type Newsroom } from '@/test/newsroom';
import { findCurrentUser } from './session';
import {
  changeOwnPassword,
  createUser,
  getOwnTimeZoneSetting,
  setOwnTimeZone,
  setUserActive,
  signOutEverywhere,
  updateUser,
} from './users';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

const signedIn = async (id: string) => actAs(await reloadUser(n.db, id));
/** Runs `work` as the admin, then comes back to `session` as it was before. */
async function asAdminWhileSignedIn<T>(
  session: { id: string; sessionVersion: number },
  work: () => Promise<T>,
): Promise<T> {
  await signedIn(n.people.admin.id);
  const result = await work();
  actAs(session);
  return result;
}
const audited = async (action: string, subjectId: string) =>
  (
    await n.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)))
  ).length;

describe('ending sessions from the administration', () => {
  it('ends a deactivated person’s open session on its next request, and audits it', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    expect((await findCurrentUser())?.id).toBe(person.id);
    await asAdminWhileSignedIn(person, () => setUserActive(person.id, false));
    expect(await findCurrentUser()).toBeUndefined();
    expect(await audited('user.deactivated', person.id)).toBe(1);
  });

  it('ends an open session when the person’s role changes', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    await asAdminWhileSignedIn(person, () =>
      updateUser({ userId: person.id, name: person.name, role: 'editor', officeId: person.officeId, uiLanguage: 'fr' }),
    );
    expect(await findCurrentUser()).toBeUndefined();
    expect(await audited('user.updated', person.id)).toBe(1);
  });

  it('keeps the session when only the name or language changes', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    await asAdminWhileSignedIn(person, () =>
      updateUser({ userId: person.id, name: 'New Name', role: 'writer', officeId: person.officeId, uiLanguage: 'es' }),
    );
    expect(await findCurrentUser()).toMatchObject({ name: 'New Name', uiLanguage: 'es' });
  });

  it('ends every session on "sign out everywhere"', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    await asAdminWhileSignedIn(person, () => signOutEverywhere(person.id));
    expect(await findCurrentUser()).toBeUndefined();
  });
});

describe('unlocking an account', () => {
  it('lifts a lockout at once, and audits it', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer', {
      lockedUntil: new Date(Date.now() + 600_000),
      failedLogins: 0,
    });
    await signedIn(n.people.admin.id);
    expect(await setUserActive(person.id, true)).toEqual({ ok: true });
    expect(await reloadUser(n.db, person.id)).toMatchObject({ active: true, lockedUntil: null });
    expect(await audited('user.unlocked', person.id)).toBe(1);
  });
});

describe('creating an account', () => {
  it('gives a temporary password that works once stored as a hash, and asks for a new one', async () => {
    await signedIn(n.people.admin.id);
    const result = await createUser({
      email: 'fresh@example.org',
      name: 'Fresh',
      role: 'writer',
      officeId: n.offices.senegal.id,
      uiLanguage: 'fr',
    });
    if (!result.ok) expect.fail('the account was not created');
    const row = await reloadUser(n.db, result.id);
    expect(row.passwordHash).not.toContain(result.temporaryPassword);
    expect(await verifyPassword(row.passwordHash, result.temporaryPassword)).toBe(true);
    expect(row.mustChangePassword).toBe(true);
    expect(await audited('user.created', result.id)).toBe(1);
  });

  it('refuses an e-mail already in use, whatever its case', async () => {
    await signedIn(n.people.admin.id);
    expect(
      await createUser({
        email: 'fresh@example.org',
        name: 'Again',
        role: 'writer',
        officeId: n.offices.senegal.id,
        uiLanguage: 'fr',
      }),
    ).toEqual({ ok: false, reason: 'email_taken' });
  });
});

describe('changing one’s own password', () => {
  it('needs the current password and leaves the hash unchanged without it', async () => {
    await signedIn(n.people.senegalWriter.id);
    const before = await reloadUser(n.db, n.people.senegalWriter.id);
    expect(
      await changeOwnPassword({
        currentPassword: 'wrong',
        newPassword: 'a-brand-new-password',
        confirmPassword: 'a-brand-new-password',
      }),
    ).toEqual({ ok: false, reason: 'wrong_password' });
    expect(await reloadUser(n.db, before.id)).toEqual(before);
  });

  it('ends the other sessions once changed', async () => {
    await signedIn(n.people.senegalWriter.id);
    expect(
      await changeOwnPassword({
        currentPassword: NEWSROOM_PASSWORD,
        newPassword: 'a-brand-new-password',
        confirmPassword: 'a-brand-new-password',
      }),
    ).toMatchObject({ ok: true });
    expect(await findCurrentUser()).toBeUndefined();
  });
});

describe('the zone a person reads times in', () => {
  it('is their office’s zone until they choose one', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    expect((await findCurrentUser())?.timeZone).toBe('America/Panama');
    expect(await getOwnTimeZoneSetting()).toEqual({ own: null, office: 'America/Panama' });
  });

  it('is the zone they chose, audited, and goes back to the office’s when they clear it', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    await setOwnTimeZone('Europe/Madrid');
    expect((await findCurrentUser())?.timeZone).toBe('Europe/Madrid');
    expect(await getOwnTimeZoneSetting()).toEqual({ own: 'Europe/Madrid', office: 'America/Panama' });
    expect(await audited('account.time_zone_changed', person.id)).toBe(1);

    await setOwnTimeZone(null);
    expect((await findCurrentUser())?.timeZone).toBe('America/Panama');
    expect(await audited('account.time_zone_changed', person.id)).toBe(2);
  });

  it('records nothing when the choice does not change', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    await setOwnTimeZone(null);
    expect(await audited('account.time_zone_changed', person.id)).toBe(0);
  });

  it('changes only the signed-in person’s own setting, never a colleague’s', async () => {
    const person = await insertUser(n.db, n.offices.panama.id, 'writer');
    const colleague = await insertUser(n.db, n.offices.panama.id, 'writer');
    actAs(person);
    await setOwnTimeZone('Asia/Tokyo');
    actAs(colleague);
    expect((await findCurrentUser())?.timeZone).toBe('America/Panama');
  });

  it('cannot be set without a session', async () => {
    actAs(null);
    await expect(setOwnTimeZone('Asia/Tokyo')).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
  });
});
