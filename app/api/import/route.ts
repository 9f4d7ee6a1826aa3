import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { importUploadedDumps, mayImportUploads } from '@/lib/dal/uploaded-import';
import { findCurrentUser } from '@/lib/dal/session';
import { invalidInput, type FormState } from '@/lib/form-state';
import { readBoundedForm } from '@/lib/http/bounded-body';
import { refuseCrossOrigin } from '@/lib/http/same-origin';
import { ImportUploadInput, UPLOAD_LIMITS } from '@/lib/validation/legacy-import';

// The whole upload, plus room for the multipart framing of 200 files and the options.
const MAX_BODY_BYTES = UPLOAD_LIMITS.uploadBytes + 256 * 1024;

const answer = (state: FormState | { error: string }, status: number) =>
  Response.json(state, { status, headers: { 'Cache-Control': 'private, no-store' } });
const fileError = (code: string, status: number) =>
  answer({ status: 'invalid', fieldErrors: { files: [code] } }, status);

/** Drops a body nobody will read, so that the client receives the answer rather than a reset. */
function unread(request: Request) {
  request.body?.cancel().catch(() => {});
}

/**
 * Imports an admin's upload of legacy dumps (multipart: `files`, `officeCode`, `draft`, `dryRun`)
 * and answers the form's state: the report, or the codes of what was refused. Who may import is
 * known before a byte of the body is read, and the body is counted as it streams.
 */
export async function POST(request: Request): Promise<Response> {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    unread(request);
    return fileError('invalid_form', 415);
  }
  if (!(await findCurrentUser())) {
    unread(request);
    return fileError('signed_out', 401);
  }
  // Anyone but an admin is told there is nothing here, as the import page does.
  if (!(await mayImportUploads())) {
    unread(request);
    return answer({ error: 'not_found' }, 404);
  }
  const form = await readBoundedForm(request, MAX_BODY_BYTES);
  if (form === 'too_large') return fileError('upload_too_large', 413);
  if (!form) return fileError('invalid_form', 400);
  // The form parser reads the nameless, empty file a browser sends for an empty picker as an empty text.
  const files = form.getAll('files').filter((entry) => entry !== '');
  const parsed = await ImportUploadInput.safeParseAsync({ ...Object.fromEntries(form), files });
  if (!parsed.success) {
    const state = invalidInput(parsed.error);
    const tooLarge =
      state.status === 'invalid' &&
      state.fieldErrors.files?.some((code) => code === 'file_too_large' || code === 'upload_too_large');
    return answer(state, tooLarge ? 413 : 422);
  }
  const { report, tags } = await importUploadedDumps(parsed.data);
  await invalidatePortal(tags, 'route-handler');
  if (!report.dryRun) revalidatePath('/workspace', 'layout');
  return answer({ status: 'imported', report }, 200);
}
