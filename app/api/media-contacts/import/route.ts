import { NextResponse } from 'next/server';
import { z } from 'zod';
import { importMediaContacts, mayManageMediaContacts } from '@/lib/dal/media-contacts';
import { receiveUploadForm, type UploadRefusal } from '@/lib/http/upload-gate';
import { guessMapping, mapRows, MAX_IMPORT_BYTES, PREVIEW_ROWS, readCsv } from '@/lib/media-contacts/csv-import';
import { ImportRequestInput } from '@/lib/validation/media-contacts';

// Room for the multipart framing and the mapping around the file.
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

const answer = (body: unknown, status = 200) =>
  NextResponse.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

// The import form's codes (messages: MediaContacts.import.errors).
const CODES: Record<UploadRefusal, string> = {
  not_a_form: 'invalid',
  signed_out: 'signed_out',
  not_found: 'not_found',
  too_large: 'too_large',
  unreadable: 'invalid',
};

/**
 * A CSV file of media contacts (multipart: `file`, `officeId`, `step`, and for the import the
 * `mapping` as JSON). `step=preview` reads the file and answers its headers, first rows and a
 * proposed mapping, changing nothing; `step=import` imports it and answers the report. Editors
 * and admins only: anyone else gets a 404 before the body is read.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await receiveUploadForm(request, {
    limit: MAX_BODY_BYTES,
    mayUpload: mayManageMediaContacts,
    refuse: (reason, status) =>
      answer({ error: CODES[reason], ...(reason === 'too_large' ? { limit: MAX_IMPORT_BYTES } : {}) }, status),
  });
  if (form instanceof Response) return form;
  const file = form.get('file');
  if (!(file instanceof File)) return answer({ error: 'invalid' }, 400);
  if (file.size > MAX_IMPORT_BYTES) return answer({ error: 'too_large', limit: MAX_IMPORT_BYTES }, 413);
  let mapping: unknown;
  try {
    mapping = form.get('step') === 'import' ? JSON.parse(String(form.get('mapping') ?? '')) : undefined;
  } catch {
    return answer({ error: 'invalid' }, 400);
  }
  const parsed = ImportRequestInput.safeParse({ step: form.get('step'), officeId: form.get('officeId'), mapping });
  if (!parsed.success) return answer({ error: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors }, 400);
  const read = readCsv(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return answer({ error: read.reason }, 400);
  if (parsed.data.step === 'preview')
    return answer({
      headers: read.table.headers,
      rows: read.table.rows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
      total: read.table.rows.length,
      mapping: guessMapping(read.table.headers),
    });
  if (Object.values(parsed.data.mapping).some((column) => column >= read.table.headers.length))
    return answer({ error: 'invalid' }, 400);
  const report = await importMediaContacts(parsed.data.officeId, mapRows(read.table, parsed.data.mapping));
  return answer(report);
}
