import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES, type Role } from '@/lib/auth/roles';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { offices } from './offices';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text().$type<Role>().notNull(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'restrict' }),
    uiLanguage: text().$type<Locale>().notNull(),
    /** The zone this person reads times in (IANA id); unset, their office's zone. */
    timeZone: text(),
    active: boolean().notNull().default(true),
    /** Bumped to end every open session (deactivation, role or password change, sign out everywhere). */
    sessionVersion: integer().notNull().default(1),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    /** Set for accounts created with a temporary password, cleared on the first change. */
    mustChangePassword: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_unique').on(sql`lower(${t.email})`),
    index().on(t.officeId),
    check('users_role', oneOf(t.role, ROLES)),
    check('users_ui_language', oneOf(t.uiLanguage, LOCALES)),
    check('users_email_format', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    check('users_failed_logins', sql`${t.failedLogins} >= 0`),
  ],
);

/** Every sign-in attempt, kept in the database so that limits hold across app instances. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    ip: text().notNull(),
    email: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.ip, t.createdAt), index().on(t.email, t.createdAt)],
);
