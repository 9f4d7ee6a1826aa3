import { toCsv } from '@/lib/csv';
import type { MediaContactExport } from '@/lib/dal/media-contacts';

const HEADER = [
  'name',
  'outlet',
  'email',
  'languages',
  'office',
  'regions',
  'topics',
  'beat',
  'phone',
  'notes',
  'consent_source',
  'consent_date',
  'status',
  'lists',
  'created_at',
  'updated_at',
];

/** Contacts as CSV (formula-safe), lists joined with semicolons; the import reads this file back. */
export function contactsCsv(contacts: MediaContactExport[]): string {
  return toCsv(
    HEADER,
    contacts.map((contact) => [
      contact.name,
      contact.outlet,
      contact.email,
      contact.languages.join(';'),
      contact.office,
      contact.regions.join(';'),
      contact.topics.join(';'),
      contact.beat,
      contact.phone,
      contact.notes,
      contact.consentSource,
      contact.consentDate,
      contact.status,
      contact.lists.join(';'),
      contact.createdAt,
      contact.updatedAt,
    ]),
  );
}

export const downloadHeaders = (type: string, filename: string) => ({
  'Content-Type': type,
  'Content-Disposition': `attachment; filename="${filename}"`,
  'Cache-Control': 'private, no-store',
});
