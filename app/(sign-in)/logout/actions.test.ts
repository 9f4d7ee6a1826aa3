import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findCurrentUser, getCurrentUser } from '@/lib/dal/session';
import { actAs } from '@/test/fake-auth';
import { freshNewsroom, reloadUser, type Newsroom } from '@/test/newsroom';
import { signOutNow } from './actions';

vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'));
vi.mock('next/headers', () => ({ cookies: async () => ({ set: () => {} }) }));

let n: Newsroom;
beforeAll(async () => {
  n = await freshNewsroom();
});

describe('signing out', () => {
  it('ends the session on the server: the old cookie no longer opens the workspace', async () => {
    const writer = await reloadUser(n.db, n.people.panamaWriter.id);
    actAs(writer);
    expect((await getCurrentUser()).id).toBe(writer.id);

    await signOutNow();

    // The browser could keep the cookie it had (a copy, a stolen one): it opens nothing any more.
    actAs(writer);
    expect(await findCurrentUser()).toBeUndefined();
    await expect(getCurrentUser()).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    // A fresh sign-in works as before.
    actAs(await reloadUser(n.db, writer.id));
    expect((await findCurrentUser())?.id).toBe(writer.id);
  });

  it('changes nothing for someone already signed out, nor for a cookie already revoked', async () => {
    const editor = await reloadUser(n.db, n.people.hqEditor.id);
    actAs(null);
    await signOutNow();
    actAs({ ...editor, sessionVersion: editor.sessionVersion - 1 });
    await signOutNow();
    expect((await reloadUser(n.db, editor.id)).sessionVersion).toBe(editor.sessionVersion);
  });
});
