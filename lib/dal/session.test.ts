import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { users } from '@/db/schema';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { findCurrentUser, getCurrentUser } from './session';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

/** Signs in as the user's row as it reads now, as a fresh sign-in would. */
async function signInNow(id: string) {
  actAs(await reloadUser(n.db, id));
}

describe('the current user', () => {
  it('is nobody without a session, and the workspace sends them to the sign-in page', async () => {
    actAs(null);
    expect(await findCurrentUser()).toBeUndefined();
    await expect(getCurrentUser()).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
  });

  it('has a scope of their own office for a writer', async () => {
    await signInNow(n.people.panamaWriter.id);
    expect((await getCurrentUser()).scope).toEqual({ kind: 'offices', officeIds: [n.offices.panama.id] });
  });

  it('has the region and its country offices for a regional editor', async () => {
    await signInNow(n.people.americasEditor.id);
    const scope = (await getCurrentUser()).scope;
    expect(scope.kind === 'offices' && [...scope.officeIds].sort()).toEqual(
      [n.offices.americas.id, n.offices.panama.id].sort(),
    );
  });

  it('has every office for a headquarters editor and for an admin', async () => {
    await signInNow(n.people.hqEditor.id);
    expect((await getCurrentUser()).scope).toEqual({ kind: 'all' });
    await signInNow(n.people.admin.id);
    expect((await getCurrentUser()).scope).toEqual({ kind: 'all' });
  });

  it('ignores a session whose user id is not even an id', async () => {
    actAs({ id: 'not-a-uuid', sessionVersion: 1 });
    expect(await findCurrentUser()).toBeUndefined();
  });
});

describe('revoking sessions', () => {
  it('ends an open session on its next request once the user is deactivated', async () => {
    const writer = await reloadUser(n.db, n.people.senegalWriter.id);
    actAs(writer);
    expect((await findCurrentUser())?.id).toBe(writer.id);
    await n.db.update(users).set({ active: false }).where(eq(users.id, writer.id));
    expect(await findCurrentUser()).toBeUndefined();
    await n.db.update(users).set({ active: true }).where(eq(users.id, writer.id));
  });

  it('ends an open session once the session version moves on (role change, password change, sign out everywhere)', async () => {
    const editor = await reloadUser(n.db, n.people.westAfricaEditor.id);
    actAs(editor);
    expect((await findCurrentUser())?.role).toBe('editor');
    await n.db
      .update(users)
      .set({ role: 'writer', sessionVersion: editor.sessionVersion + 1 })
      .where(eq(users.id, editor.id));
    expect(await findCurrentUser()).toBeUndefined();
    await signInNow(editor.id);
    expect((await findCurrentUser())?.role).toBe('writer');
  });
});
