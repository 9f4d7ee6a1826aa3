import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { attachments } from '@/db/schema';
import { ATTACHMENT_CONTENT_TYPES, type PickedAttachment } from '@/lib/media/attachment-types';
import { checkDocument } from '@/lib/media/documents';
import { storeDocumentFile } from '@/lib/media/storage';
import { mediaUrl } from '@/lib/media/types';
import { buildPdf } from './sample-documents';

const REPORT_NAME = 'ica-human-mobility-report-2026.pdf';

// Fictional figures, the same as the demo release's table.
const REPORT_LINES = [
  'International Cooperation Agency (ICA)',
  'Human Mobility Report 2026 - summary for the press',
  '',
  'This is demonstration content: every figure in it is invented.',
  '',
  'Internal displacements by cause, in millions:',
  '  Floods ............................ 14.2',
  '  Storms ............................ 9.8',
  '  Droughts .......................... 3.1',
  '  Conflict and violence ............. 11.7',
  '',
  'Countries covered: 128. Data portal: open access, by country, hazard and sex.',
];

/**
 * Stores the demo report as an upload by the headquarters' editor would (a one-page PDF built
 * here), and returns it ready to be offered for download, without its title. Reused when stored before.
 */
export async function createDemoReport(db: Database, uploaderId: string): Promise<Omit<PickedAttachment, 'title'>> {
  const bytes = buildPdf(REPORT_LINES);
  const checked = checkDocument(bytes);
  if (!checked.ok) throw new Error(`The demo report was refused: ${checked.reason}`);
  const { document } = checked;
  const storageKey = await storeDocumentFile(document, REPORT_NAME, bytes, ATTACHMENT_CONTENT_TYPES.pdf);
  await db
    .insert(attachments)
    .values({
      storageKey,
      originalName: REPORT_NAME,
      format: document.format,
      byteSize: bytes.byteLength,
      sha256: document.sha256,
      uploadedById: uploaderId,
    })
    .onConflictDoNothing({ target: attachments.storageKey });
  const [row] = await db.select().from(attachments).where(eq(attachments.storageKey, storageKey));
  return { attachmentId: row!.id, href: mediaUrl(storageKey), format: document.format, bytes: row!.byteSize };
}
