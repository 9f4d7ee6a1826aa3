import 'server-only';
// Reading the log lives apart from recordAudit() (audit.ts), which the worker imports without a session.
import { and, asc, count, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, releases, users } from '@/db/schema';
import type { AuditFiltersInput } from '@/lib/validation/workspace-filters';
import { utcDayAfter, utcDayStart } from '@/lib/time/utc-days';
import { likePattern } from './like-pattern';
import { getCurrentAdmin } from './session';

export const AUDIT_PAGE_SIZE = 50;
/** An export is for a period's review, not a backup: past this the admin narrows the filters. */
export const AUDIT_EXPORT_LIMIT = 10_000;

export type AuditEntryDTO = {
  id: string;
  at: Date;
  actorLabel: string;
  actorName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  releaseId: string | null;
  releaseTitle: string | null;
  ip: string | null;
  data: Record<string, unknown>;
};

export type AuditPageDTO = { entries: AuditEntryDTO[]; total: number; page: number; pageCount: number };

function auditConditions(filters: AuditFiltersInput): SQL | undefined {
  const release = filters.release;
  return and(
    filters.who
      ? or(ilike(auditLog.actorLabel, likePattern(filters.who)), ilike(users.name, likePattern(filters.who)))
      : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.from ? gte(auditLog.at, utcDayStart(filters.from)) : undefined,
    filters.to ? lt(auditLog.at, utcDayAfter(filters.to)) : undefined,
    release
      ? z.uuid().safeParse(release).success
        ? eq(auditLog.releaseId, release)
        : ilike(releases.title, likePattern(release))
      : undefined,
  );
}

const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorLabel: auditLog.actorLabel,
  actorName: users.name,
  action: auditLog.action,
  subjectType: auditLog.subjectType,
  subjectId: auditLog.subjectId,
  releaseId: auditLog.releaseId,
  releaseTitle: releases.title,
  ip: auditLog.ip,
  data: auditLog.data,
};

function selectEntries(filters: AuditFiltersInput) {
  return db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(releases, eq(releases.id, auditLog.releaseId))
    .where(auditConditions(filters))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}

/** One page of the audit log, newest first; calls notFound() for anyone but an admin. */
export async function listAuditEntries(filters: AuditFiltersInput): Promise<AuditPageDTO> {
  await getCurrentAdmin();
  const [counted] = await db
    .select({ total: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(releases, eq(releases.id, auditLog.releaseId))
    .where(auditConditions(filters));
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const entries = await selectEntries(filters)
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { entries, total, page, pageCount };
}

/** Every entry the filters match (up to the export limit), newest first; admins only. */
export async function exportAuditEntries(filters: AuditFiltersInput): Promise<AuditEntryDTO[]> {
  await getCurrentAdmin();
  return selectEntries(filters).limit(AUDIT_EXPORT_LIMIT);
}

/** The actions that appear in the log, for the "what" filter; admins only. */
export async function listAuditActions(): Promise<string[]> {
  await getCurrentAdmin();
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((row) => row.action);
}
