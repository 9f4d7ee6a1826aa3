import 'server-only';
import { inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { OfficeKind } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';

/** The offices whose releases a user may see: every office, or a closed list. */
export type OfficeScope = { kind: 'all' } | { kind: 'offices'; officeIds: string[] };

/**
 * Writers see their own office; editors see their office and, at a regional office, the
 * country offices under it; editors at headquarters and admins see every office.
 */
export function officeScopeFor(
  user: { role: Role; officeId: string; officeKind: OfficeKind },
  childOfficeIds: string[],
): OfficeScope {
  if (user.role === 'admin') return { kind: 'all' };
  if (user.role === 'editor' && user.officeKind === 'hq') return { kind: 'all' };
  if (user.role === 'editor' && user.officeKind === 'regional')
    return { kind: 'offices', officeIds: [user.officeId, ...childOfficeIds] };
  return { kind: 'offices', officeIds: [user.officeId] };
}

/** The scope as a WHERE condition on an office column; `undefined` (no condition) for "all". */
export function inOfficeScope(scope: OfficeScope, column: AnyPgColumn): SQL | undefined {
  return scope.kind === 'all' ? undefined : inArray(column, scope.officeIds);
}

/**
 * Who keeps an office's press directory and release templates: its editors (a regional editor
 * also those of the countries under it), headquarters' editors and admins for every office.
 * `null` is the whole organisation, kept by headquarters' editors and admins.
 */
export function keepsOfficeResources(user: { role: Role; scope: OfficeScope }, officeId: string | null): boolean {
  if (user.role === 'writer') return false;
  if (user.scope.kind === 'all') return true;
  return officeId !== null && user.scope.officeIds.includes(officeId);
}
