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

/**
 * A short digest of a fingerprint, to remember in the browser's storage which texts were sent
 * without keeping each text again (cyrb53: two 32-bit lanes, 53 bits).
 */
export function digestOf(fingerprint: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let at = 0; at < fingerprint.length; at++) {
    const code = fingerprint.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
