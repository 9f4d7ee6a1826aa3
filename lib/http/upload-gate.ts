import 'server-only';
import { findCurrentUser } from '@/lib/dal/session';
import { readBoundedForm } from './bounded-body';
import { refuseCrossOrigin } from './same-origin';

/** Why an upload was refused before its form could be used, with the status each one answers. */
export const UPLOAD_REFUSALS = {
  not_a_form: 415,
  signed_out: 401,
  not_found: 404,
  too_large: 413,
  unreadable: 400,
} as const;
export type UploadRefusal = keyof typeof UPLOAD_REFUSALS;

/**
 * The gate in front of every upload route. A request from another site, a body that is not a
 * multipart form, a person signed out or not allowed (the DAL's answer; "missing" and "not yours"
 * alike) is answered before a byte of the body is read, and the body is dropped so that the client
 * receives the answer rather than a reset. Then the form is read, counted as it streams and cut
 * off at the limit. `refuse` writes each refusal in the shape the route's form shows.
 */
export async function receiveUploadForm(
  request: Request,
  {
    limit,
    mayUpload,
    refuse,
  }: {
    limit: number;
    mayUpload: () => Promise<boolean>;
    refuse: (reason: UploadRefusal, status: number) => Response;
  },
): Promise<FormData | Response> {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const before = (reason: UploadRefusal) => {
    request.body?.cancel().catch(() => {});
    return refuse(reason, UPLOAD_REFUSALS[reason]);
  };
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return before('not_a_form');
  if (!(await findCurrentUser())) return before('signed_out');
  if (!(await mayUpload())) return before('not_found');
  const form = await readBoundedForm(request, limit);
  if (form === 'too_large') return refuse('too_large', UPLOAD_REFUSALS.too_large);
  if (!form) return refuse('unreadable', UPLOAD_REFUSALS.unreadable);
  return form;
}
