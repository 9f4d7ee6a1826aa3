import { expect } from 'vitest';
import type { Database } from '@/db/client';
import { offices, releases, revisions, users } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/locales';
import { workingCopyOf } from '@/lib/releases/working-copy';
import { EMPTY_DOC } from '@/lib/rich-text/types';

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}-${crypto.randomUUID().slice(0, 6)}`;

export async function insertOffice(db: Database, values: Partial<typeof offices.$inferInsert> = {}) {
  const [office] = await db
    .insert(offices)
    .values({
      code: unique('office'),
      kind: 'hq',
      names: { fr: 'Bureau', en: 'Office', es: 'Oficina' },
      cities: { fr: 'Genève', en: 'Genève', es: 'Genève' },
      countryCode: 'CH',
      timeZone: 'Europe/Zurich',
      defaultLanguage: 'fr',
      ...values,
    })
    .returning();
  return office!;
}

export async function insertUser(
  db: Database,
  officeId: string,
  role: Role = 'writer',
  values: Partial<typeof users.$inferInsert> = {},
) {
  const [user] = await db
    .insert(users)
    .values({
      email: `${unique(role)}@example.org`,
      name: 'Test Person',
      passwordHash: 'not-a-hash',
      role,
      officeId,
      uiLanguage: 'fr',
      ...values,
    })
    .returning();
  return user!;
}

export async function insertRelease(
  db: Database,
  owner: { officeId: string; authorId: string },
  values: Partial<typeof releases.$inferInsert> & { language?: Locale } = {},
) {
  const [release] = await db
    .insert(releases)
    .values({ language: 'fr', slug: unique('release'), body: EMPTY_DOC, ...owner, ...values })
    .returning();
  return release!;
}

export async function insertRevision(db: Database, release: typeof releases.$inferSelect, number = 1) {
  const [revision] = await db
    .insert(revisions)
    .values({
      releaseId: release.id,
      number,
      state: release.state,
      ...workingCopyOf(release),
      topicIds: [],
      contentAuthorId: release.authorId,
    })
    .returning();
  return revision!;
}

/** The SQLSTATE of a failed statement, whichever driver raised it (drizzle wraps it in `cause`). */
export async function sqlStateOf(statement: PromiseLike<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    const withCode = (value: unknown) => (value as { code?: unknown } | undefined)?.code;
    const code = withCode((error as { cause?: unknown }).cause) ?? withCode(error);
    return typeof code === 'string' ? code : undefined;
  }
  expect.fail('the statement was expected to fail');
}

export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  insufficientPrivilege: '42501',
} as const;
