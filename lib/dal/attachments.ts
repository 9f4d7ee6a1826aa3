import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { attachments, releases } from '@/db/schema';
import { ATTACHMENT_CONTENT_TYPES, type PickedAttachment } from '@/lib/media/attachment-types';
import { checkDocument, type DocumentRefusal } from '@/lib/media/documents';
import { safeFileStem, storeDocumentFile } from '@/lib/media/storage';
import { mediaUrl } from '@/lib/media/types';
import type { AttachmentUploadInput } from '@/lib/validation/media';
import { recordAudit } from './audit';
import { editRightOf } from './release-drafts';
import { inOfficeScope } from './scope';
import { getCurrentUser, type CurrentUser } from './session';

export type UploadAttachmentResult =
  { ok: true; attachment: PickedAttachment } | { ok: false; reason: DocumentRefusal };

async function mayEdit(user: CurrentUser, releaseId: string): Promise<boolean> {
  if (!z.uuid().safeParse(releaseId).success) return false;
  const [row] = await db
    .select({ officeId: releases.officeId, authorId: releases.authorId, state: releases.state })
    .from(releases)
    .where(and(eq(releases.id, releaseId), inOfficeScope(user.scope, releases.officeId)));
  return row !== undefined && editRightOf(user, row) === 'edit';
}

/**
 * Whether the signed-in person may attach a document to this release now: asked before an
 * upload's body is read. A release they cannot see or edit, or whose text is frozen, is false.
 */
export async function mayAttachToRelease(releaseId: string): Promise<boolean> {
  return mayEdit(await getCurrentUser(), releaseId);
}

/**
 * Stores a document for a release the person may edit, checked by its bytes (a PDF, Word, Excel or
 * CSV file without scripts or macros), and returns the block the editor inserts. The same bytes
 * uploaded again are stored once. A refusal writes no file and no row; a release the person may not edit answers `not_found`.
 */
export async function uploadAttachment(input: AttachmentUploadInput): Promise<UploadAttachmentResult | 'not_found'> {
  const user = await getCurrentUser();
  if (!(await mayEdit(user, input.releaseId))) return 'not_found';
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkDocument(bytes);
  if (!checked.ok) return checked;
  const { document } = checked;
  const title =
    input.title ||
    input.file.name
      .replace(/\.[^.]*$/, '')
      .trim()
      .slice(0, 200) ||
    safeFileStem('');
  const picked = (row: { id: string; storageKey: string; byteSize: number }): UploadAttachmentResult => ({
    ok: true,
    attachment: {
      attachmentId: row.id,
      href: mediaUrl(row.storageKey),
      title,
      format: document.format,
      bytes: row.byteSize,
    },
  });

  const [known] = await db.select().from(attachments).where(eq(attachments.sha256, document.sha256)).limit(1);
  if (known) return picked(known);

  const storageKey = await storeDocumentFile(
    document,
    input.file.name,
    bytes,
    ATTACHMENT_CONTENT_TYPES[document.format],
  );
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(attachments)
      .values({
        storageKey,
        originalName: input.file.name.slice(0, 255) || 'document',
        format: document.format,
        byteSize: bytes.byteLength,
        sha256: document.sha256,
        uploadedById: user.id,
      })
      .onConflictDoNothing({ target: attachments.storageKey })
      .returning();
    if (created)
      await recordAudit(tx, {
        actor: { id: user.id, email: user.email },
        action: 'attachment.uploaded',
        subjectType: 'attachment',
        subjectId: created.id,
        releaseId: input.releaseId,
        data: { originalName: created.originalName, format: created.format, bytes: created.byteSize },
      });
    return created ?? (await tx.select().from(attachments).where(eq(attachments.storageKey, storageKey)))[0];
  });
  if (!row) throw new Error(`Attachment ${document.sha256} was neither inserted nor found`);
  return picked(row);
}
