import { sql, type SQL } from 'drizzle-orm';
import { timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const id = () => uuid().primaryKey().defaultRandom();

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** SQL `column IN ('a', 'b')` for check constraints over a closed list of values. */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const literals = values.map((value) => {
    if (!/^[a-z0-9_.\/-]+$/.test(value)) throw new Error(`Unsafe enum literal: ${value}`);
    return `'${value}'`;
  });
  return sql`${column} in (${sql.raw(literals.join(', '))})`;
}
