import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { importUploadedDumps, mayImportUploads } from '@/lib/dal/uploaded-import';
import { invalidInput, type FormState } from '@/lib/form-state';
import { receiveUploadForm, type UploadRefusal } from '@/lib/http/upload-gate';
import { ImportUploadInput, UPLOAD_LIMITS } from '@/lib/validation/legacy-import';

// The whole upload, plus room for the multipart framing of 200 files and the options.
const MAX_BODY_BYTES = UPLOAD_LIMITS.uploadBytes + 256 * 1024;

const answer = (state: FormState | { error: string }, status: number) =>
  Response.json(state, { status, headers: { 'Cache-Control': 'private, no-store' } });
const fileError = (code: string, status: number) =>
  answer({ status: 'invalid', fieldErrors: { files: [code] } }, status);
// The import form's own codes (messages: Import.errors).
const CODES = {
  not_a_form: 'invalid_form',
  signed_out: 'signed_out',
  too_large: 'upload_too_large',
  unreadable: 'invalid_form',
} satisfies Record<Exclude<UploadRefusal, 'not_found'>, string>;

/**
 * Imports an admin's upload of legacy dumps (multipart: `files`, `officeCode`, `draft`, `dryRun`)
 * and answers the form's state: the report, or the codes of what was refused. Who may import is
 * known before a byte of the body is read, and the body is counted as it streams.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await receiveUploadForm(request, {
    limit: MAX_BODY_BYTES,
    mayUpload: mayImportUploads,
    refuse: (reason, status) =>
      reason === 'not_found' ? answer({ error: reason }, status) : fileError(CODES[reason], status),
  });
  if (form instanceof Response) return form;
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
