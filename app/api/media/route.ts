import { NextResponse } from 'next/server';
import { z } from 'zod';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import { listMedia, uploadMedia } from '@/lib/dal/media';
import { receiveUploadForm, type UploadRefusal } from '@/lib/http/upload-gate';
import type { MediaRefusal } from '@/lib/media/process';
import { MediaSearchInput, MediaUploadInput } from '@/lib/validation/media';

// Room for the multipart framing and the text fields around the file.
const MAX_BODY_BYTES = MAX_MEDIA_BYTES + 64 * 1024;

const STATUS: Record<MediaRefusal, number> = {
  empty: 400,
  too_large: 413,
  unsupported_type: 415,
  undecodable: 400,
  too_many_pixels: 400,
};

// Errors are codes the picker translates (messages: Media.errors.<code>), with the limit when there is one.
const refuse = (error: string, status: number, extra: Record<string, unknown> = {}) =>
  NextResponse.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'private, no-store' } });

// The picker's codes for a refused upload (messages: Media.errors).
const CODES: Record<UploadRefusal, string> = {
  not_a_form: 'invalid_form',
  signed_out: 'signed_out',
  not_found: 'not_found',
  too_large: 'too_large',
  unreadable: 'invalid_form',
};

/**
 * Uploads one image (multipart: `file`, `alt`, `credit`, `language`) and answers the
 * `PickedImage` to insert. The DAL decides who may upload: anyone signed in.
 */
export async function POST(request: Request): Promise<Response> {
  // Anyone signed in may upload; nobody's body is read before that is known, nor past the limit.
  const form = await receiveUploadForm(request, {
    limit: MAX_BODY_BYTES,
    mayUpload: async () => true,
    refuse: (reason, status) => refuse(CODES[reason], status, reason === 'too_large' ? { limit: MAX_MEDIA_BYTES } : {}),
  });
  if (form instanceof Response) return form;
  const parsed = MediaUploadInput.safeParse({
    file: form.get('file'),
    alt: form.get('alt') ?? '',
    credit: form.get('credit') ?? '',
    language: form.get('language'),
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    if (fieldErrors.file?.includes('too_large')) return refuse('too_large', 413, { limit: MAX_MEDIA_BYTES });
    return refuse('invalid', 400, { fieldErrors });
  }
  const result = await uploadMedia(parsed.data);
  if (!result.ok)
    return refuse(
      result.reason,
      STATUS[result.reason],
      result.reason === 'too_large' ? { limit: MAX_MEDIA_BYTES } : {},
    );
  return NextResponse.json(result.image, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
}

/** The picker's library: the newest images, or those matching `?q=`. */
export async function GET(request: Request): Promise<Response> {
  const parsed = MediaSearchInput.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return refuse('invalid', 400, { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const items = await listMedia(parsed.data);
  return NextResponse.json({ items }, { headers: { 'Cache-Control': 'private, no-store' } });
}
