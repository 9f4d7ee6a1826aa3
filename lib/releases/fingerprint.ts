/**
 * One string per content, whatever the order of its object keys: PostgreSQL's `jsonb` stores keys in
 * its own order (shortest first), so a body read back from the database is the same text as the one
 * the editor sent but not the same `JSON.stringify`.
 */
export function fingerprintOf(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
