import { createHash } from 'node:crypto';

/** One address, one form: trimmed and lower-cased (the unique index compares lower-cased too). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What erasure keeps of an address: the hex SHA-256 of its normalised form. */
export function erasedAddressHash(email: string): string {
  return createHash('sha256').update(normaliseEmail(email), 'utf8').digest('hex');
}
