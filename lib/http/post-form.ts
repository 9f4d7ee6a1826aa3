import type { FormState } from '@/lib/form-state';

/**
 * Sends a form's data to a route handler that answers the form's state, for the forms that upload
 * files (a server action keeps its body under 1 MB). An answer that is not a form state (a cut
 * connection, a refusal from the server in front of the app) becomes a code on `field`:
 * `network`, `signed_out`, `tooLarge` or `invalid`.
 */
export async function postForm(url: string, data: FormData, field: string, tooLarge: string): Promise<FormState> {
  const refused = (code: string): FormState => ({ status: 'invalid', fieldErrors: { [field]: [code] } });
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: data, credentials: 'same-origin' });
  } catch {
    return refused('network');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body === 'object' && body !== null && 'status' in body && typeof body.status === 'string')
    return body as FormState;
  if (response.status === 401 || response.redirected) return refused('signed_out');
  if (response.status === 413) return refused(tooLarge);
  return refused('invalid');
}
