import { NextResponse } from 'next/server';
import { mayAttachToRelease } from '@/lib/dal/attachments';
import { importPastedImage, type PastedImageRefusal } from '@/lib/dal/pasted-images';
import { receiveUploadForm, type UploadRefusal } from '@/lib/http/upload-gate';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { PastedImageInput } from '@/lib/validation/media';

// Room for the multipart framing and the fields around a clipboard picture.
const MAX_BODY_BYTES = MAX_MEDIA_BYTES + 64 * 1024;

// 422 for a picture the other site would not give or we could not take: the request itself was fine.
const STATUS: Record<PastedImageRefusal, number> = {
  empty: 422,
  too_large: 413,
  unsupported_type: 415,
  undecodable: 422,
  too_many_pixels: 422,
  invalid_url: 400,
  blocked_address: 422,
  unreachable: 422,
  timeout: 422,
  too_many_redirects: 422,
  http_error: 422,
  not_an_image: 415,
};

// Codes the editor translates (messages: ReleaseEditor.paste.errors).
const refuse = (error: string, status: number) =>
  NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'private, no-store' } });

const CODES: Record<UploadRefusal, string> = {
  not_a_form: 'invalid',
  signed_out: 'signed_out',
  not_found: 'not_found',
  too_large: 'too_large',
  unreadable: 'invalid',
};

/**
 * Brings an image pasted into a release's text into the media library (multipart: `language`
 * and either `url`, its address on another site, or `file`, a picture the clipboard carried) and
 * answers the `PickedImage` that replaces it, its alt text still to be written. Whether the
 * person may edit the release is known before the body is read; missing and not theirs are 404.
 */
export async function POST(request: Request, { params }: RouteContext<'/api/releases/[id]/pasted-images'>) {
  const { id } = await params;
  const form = await receiveUploadForm(request, {
    limit: MAX_BODY_BYTES,
    mayUpload: () => mayAttachToRelease(id),
    refuse: (reason, status) => refuse(CODES[reason], status),
  });
  if (form instanceof Response) return form;
  const file = form.get('file');
  const url = form.get('url');
  const parsed = PastedImageInput.safeParse({
    releaseId: id,
    language: form.get('language'),
    url: typeof url === 'string' ? url : undefined,
    file: file instanceof File ? file : undefined,
  });
  if (file instanceof File && file.size > MAX_MEDIA_BYTES) return refuse('too_large', 413);
  if (!parsed.success) return refuse('invalid', 400);
  const result = await importPastedImage(parsed.data);
  if (result === 'not_found') return refuse('not_found', 404);
  if (!result.ok) return refuse(result.reason, STATUS[result.reason]);
  return NextResponse.json(result.image, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
}
