import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { topics } from '@/db/schema';
import { freshDatabase } from '@/test/database';
import { isUniqueViolation } from './unique-violation';

let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
});

const topic = { slug: 'ports', labels: { fr: 'Ports', en: 'Ports', es: 'Puertos' } };

describe('isUniqueViolation', () => {
  it('recognises the error of a row refused by a unique index, as the database driver raises it', async () => {
    await db.insert(topics).values(topic);
    const refused = await db
      .insert(topics)
      .values(topic)
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).not.toBeNull();
    expect(isUniqueViolation(refused)).toBe(true);
  });

  it('does not mistake any other error for one', async () => {
    const other = await db
      .insert(topics)
      .values({ ...topic, slug: null as unknown as string })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isUniqueViolation(other)).toBe(false);
    expect(isUniqueViolation(new Error('duplicate key'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});
