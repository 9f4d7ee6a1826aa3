import { exportAuditEntries } from '@/lib/dal/audit-log';
import { toCsv } from '@/lib/csv';
import { AuditFiltersInput, parseFilters } from '@/lib/validation/workspace-filters';

const HEADER = [
  'at',
  'actor',
  'actor_name',
  'action',
  'subject_type',
  'subject_id',
  'release_id',
  'release_title',
  'ip',
  'data',
];

/** The filtered audit log as a CSV file; the DAL answers 404 to anyone but an admin. */
export async function GET(request: Request): Promise<Response> {
  const { filters } = parseFilters(AuditFiltersInput, Object.fromEntries(new URL(request.url).searchParams));
  const entries = await exportAuditEntries(filters);
  const csv = toCsv(
    HEADER,
    entries.map((entry) => [
      entry.at,
      entry.actorLabel,
      entry.actorName,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.releaseId,
      entry.releaseTitle,
      entry.ip,
      JSON.stringify(entry.data),
    ]),
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
