// Stands in for lib/auth/auth.ts under Vitest: `vi.mock('@/lib/auth/auth', () => import('@/test/fake-auth'))`,
// then `actAs(user)` decides whose session the next DAL calls see.
import type { Session } from 'next-auth';

let current: Session | null = null;

export function actAs(user: { id: string; sessionVersion: number } | null): void {
  current = user && {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    expires: new Date(Date.now() + 3_600_000).toISOString(),
  };
}

export async function auth(): Promise<Session | null> {
  return current;
}

export async function signIn(): Promise<void> {}
export async function signOut(): Promise<void> {}
