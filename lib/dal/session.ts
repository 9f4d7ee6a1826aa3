import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '@/db/client';
import { offices, users, type OfficeKind } from '@/db/schema';
import { auth } from '@/lib/auth/auth';
import type { Role } from '@/lib/auth/roles';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import { officeScopeFor, type OfficeScope } from './scope';

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  officeId: string;
  officeKind: OfficeKind;
  officeNames: LocalizedText;
  uiLanguage: Locale;
  /** The zone this person reads times in: their own choice, or else their office's. */
  timeZone: string;
  mustChangePassword: boolean;
  scope: OfficeScope;
};

const SessionClaims = z.object({ userId: z.uuid(), sessionVersion: z.number().int() });

/**
 * The signed-in user, re-read from the database once per request, or `undefined` when there is
 * no session or the session was revoked (account deactivated, session version bumped).
 */
export const findCurrentUser = cache(async (): Promise<CurrentUser | undefined> => {
  const claims = SessionClaims.safeParse(await auth());
  if (!claims.success) return undefined;
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      officeId: users.officeId,
      officeKind: offices.kind,
      officeNames: offices.names,
      uiLanguage: users.uiLanguage,
      timeZone: sql<string>`coalesce(${users.timeZone}, ${offices.timeZone})`,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(
      and(
        eq(users.id, claims.data.userId),
        eq(users.active, true),
        eq(users.sessionVersion, claims.data.sessionVersion),
      ),
    );
  if (!row) return undefined;
  const children =
    row.role === 'editor' && row.officeKind === 'regional'
      ? await db.select({ id: offices.id }).from(offices).where(eq(offices.parentId, row.officeId))
      : [];
  return {
    ...row,
    scope: officeScopeFor(
      row,
      children.map((child) => child.id),
    ),
  };
});

/**
 * Ends the session the request carries, on the server: its cookie would otherwise stay valid until
 * it expires. The session version is bumped, which ends this person's other sessions as well (as
 * "sign out everywhere" does); a cookie already revoked changes nothing.
 */
export async function endCurrentSession(): Promise<void> {
  const claims = SessionClaims.safeParse(await auth());
  if (!claims.success) return;
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, claims.data.userId), eq(users.sessionVersion, claims.data.sessionVersion)));
}

/** The signed-in user; sends anyone else to the sign-in page. */
export const getCurrentUser = cache(async (): Promise<CurrentUser> => {
  const user = await findCurrentUser();
  if (!user) redirect('/login');
  return user;
});

/** The signed-in admin; anyone else gets a 404, as if the page did not exist. */
export async function getCurrentAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user.role !== 'admin') notFound();
  return user;
}

/** The signed-in editor; anyone else gets a 404, as if the page did not exist. */
export async function getCurrentEditor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user.role !== 'editor') notFound();
  return user;
}

/** The signed-in editor or admin (the people who choose the home page's picks); anyone else gets a 404. */
export async function getCurrentEditorOrAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user.role !== 'editor' && user.role !== 'admin') notFound();
  return user;
}
