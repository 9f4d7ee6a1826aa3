import { NextResponse } from 'next/server';
import { z } from 'zod';
import { mayAttachToRelease, uploadAttachment } from '@/lib/dal/attachments';
import { receiveUploadForm, type UploadRefusal } from '@/lib/http/upload-gate';
import { MAX_ATTACHMENT_BYTES } from '@/lib/media/attachment-types';
import type { DocumentRefusal } from '@/lib/media/documents';
import { AttachmentUploadInput } from '@/lib/validation/media';

// Room for the multipart framing and the title around the file.
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

const STATUS: Record<DocumentRefusal, number> = {
  empty: 400,
  too_large: 413,
  unsupported_type: 415,
  active_content: 415,
};

// Codes the attachment dialog translates (messages: Attachments.errors), with the limit when there is one.
const refuse = (error: string, status: number, extra: Record<string, unknown> = {}) =>
  NextResponse.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'private, no-store' } });
const tooLarge = () => refuse('too_large', 413, { limit: MAX_ATTACHMENT_BYTES });

const CODES: Record<UploadRefusal, string> = {
  not_a_form: 'invalid_form',
  signed_out: 'signed_out',
  not_found: 'not_found',
  too_large: 'too_large',
  unreadable: 'invalid_form',
};

/**
 * Attaches a document to a release (multipart: `file`, `title`) and answers the block the editor
 * inserts. Whether the person may edit the release is known before a byte of the body is read;
 * missing and not theirs both answer 404. The type is told by the bytes, never the name.
 */
export async function POST(request: Request, { params }: RouteContext<'/api/releases/[id]/attachments'>) {
  const { id } = await params;
  const form = await receiveUploadForm(request, {
    limit: MAX_BODY_BYTES,
    mayUpload: () => mayAttachToRelease(id),
    refuse: (reason, status) => (reason === 'too_large' ? tooLarge() : refuse(CODES[reason], status)),
  });
  if (form instanceof Response) return form;
  const parsed = AttachmentUploadInput.safeParse({
    releaseId: id,
    file: form.get('file'),
    title: form.get('title') ?? '',
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    if (fieldErrors.file?.includes('too_large')) return tooLarge();
    return refuse('invalid', 400, { fieldErrors });
  }
  const result = await uploadAttachment(parsed.data);
  if (result === 'not_found') return refuse('not_found', 404);
  if (!result.ok) return result.reason === 'too_large' ? tooLarge() : refuse(result.reason, STATUS[result.reason]);
  return NextResponse.json(result.attachment, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
}
