import 'server-only';
import type { Database, Transaction } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AuditAction } from '@/lib/audit/actions';

export type AuditEntry = {
  actor: { id: string; email: string } | { label: string };
  action: AuditAction;
  subjectType?:
    | 'user'
    | 'office'
    | 'release'
    | 'media'
    | 'attachment'
    | 'menu_item'
    | 'topic'
    | 'publication'
    | 'page'
    | 'media_contact'
    | 'media_list'
    | 'press_officer'
    | 'release_template'
    | 'subscriber';
  releaseId?: string;
  subjectId?: string;
  ip?: string;
  data?: Record<string, unknown>;
};

/** Appends one row to the audit log; pass the transaction that made the change. */
export async function recordAudit(tx: Database | Transaction, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, [entry]);
}

/** Appends several rows at once (the importer's batches); same rows as recordAudit, one statement. */
export async function recordAudits(tx: Database | Transaction, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map(({ actor, ...rest }) => ({
      actorId: 'id' in actor ? actor.id : null,
      actorLabel: 'id' in actor ? actor.email : actor.label,
      action: rest.action,
      subjectType: rest.subjectType,
      subjectId: rest.subjectId,
      releaseId: rest.releaseId,
      ip: rest.ip,
      data: rest.data ?? {},
    })),
  );
}
