import 'server-only';
import { tagsChangedBy, type ImportReport } from '@/lib/importer/report';
import type { ImportUploadInput } from '@/lib/validation/legacy-import';
import { importLegacyDumps } from './legacy-import';
import { findCurrentUser, getCurrentAdmin } from './session';

export type UploadedImportResult = { report: ImportReport; tags: string[] };

/**
 * Imports dumps an admin uploaded in the workspace, exactly as the command line would (same
 * function, same report, same audit rows, with the admin as the actor). Each batch queued the
 * portal's refresh in its transaction; the tags returned are what the route expires at once.
 */
export async function importUploadedDumps(input: ImportUploadInput): Promise<UploadedImportResult> {
  const admin = await getCurrentAdmin();
  const outcome = await importLegacyDumps(
    input.files,
    { draft: input.draft, dryRun: input.dryRun, officeCode: input.officeCode },
    { kind: 'user', id: admin.id, role: admin.role },
  );
  // getCurrentAdmin() already let only an admin through; the importer checks again on its own.
  if (!outcome.ok) throw new Error(`Import refused: ${outcome.reason}`);
  return { report: outcome.report, tags: tagsChangedBy(outcome.report) };
}

/** Whether the signed-in person may upload dumps (admins only): asked before the upload's body is read. */
export async function mayImportUploads(): Promise<boolean> {
  return (await findCurrentUser())?.role === 'admin';
}
