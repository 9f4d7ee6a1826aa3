import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { mayManageMedia, replaceMediaFile } from '@/lib/dal/media';
import { invalidInput, type FormState } from '@/lib/form-state';
import { receiveUploadForm, type UploadRefusal } from '@/lib/http/upload-gate';
import { MAX_MEDIA_BYTES } from '@/lib/media/limits';
import type { MediaRefusal } from '@/lib/media/process';
import { MediaReplaceInput } from '@/lib/validation/media';

// Room for the multipart framing around the one file.
const MAX_BODY_BYTES = MAX_MEDIA_BYTES + 64 * 1024;

const STATUS: Record<MediaRefusal | 'already_in_library', number> = {
  empty: 400,
  too_large: 413,
  unsupported_type: 415,
  undecodable: 400,
  too_many_pixels: 400,
  already_in_library: 409,
};

const answer = (state: FormState | { error: string }, status: number) =>
  Response.json(state, { status, headers: { 'Cache-Control': 'private, no-store' } });
const fileError = (code: string, status: number) =>
  answer({ status: 'invalid', fieldErrors: { file: [code] } }, status);
// The replacement form's own codes (messages: Media.errors).
const CODES = {
  not_a_form: 'invalid_form',
  signed_out: 'signed_out',
  too_large: 'too_large',
  unreadable: 'invalid_form',
} satisfies Record<Exclude<UploadRefusal, 'not_found'>, string>;

/**
 * Replaces an image's file (multipart: `file`) and answers the replacement form's state. Whether the
 * person may manage this image is known before a byte of the body is read; missing and not theirs
 * both answer 404. The body is counted as it streams and cut off at the limit.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const form = await receiveUploadForm(request, {
    limit: MAX_BODY_BYTES,
    mayUpload: () => mayManageMedia(id),
    refuse: (reason, status) =>
      reason === 'not_found' ? answer({ error: reason }, status) : fileError(CODES[reason], status),
  });
  if (form instanceof Response) return form;
  const parsed = MediaReplaceInput.safeParse({ mediaId: id, file: form.get('file') });
  if (!parsed.success) {
    const state = invalidInput(parsed.error);
    const tooLarge = state.status === 'invalid' && state.fieldErrors.file?.includes('too_large');
    return answer(state, tooLarge ? 413 : 400);
  }
  const result = await replaceMediaFile(parsed.data);
  if (!result.ok)
    return result.reason === 'in_use'
      ? answer({ status: 'refused', reason: 'in_use' }, 409)
      : fileError(result.reason, STATUS[result.reason]);
  // The portal shows the change on its next request: main images and bodies of live releases, published pages.
  await invalidatePortal(result.tags, 'route-handler');
  revalidatePath(`/workspace/media/${id}`);
  revalidatePath('/workspace/media');
  return answer({ status: 'done' }, 200);
}
