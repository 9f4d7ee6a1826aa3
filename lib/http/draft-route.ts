import 'server-only';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/dal/database-unavailable';
import { findCurrentUser } from '@/lib/dal/session';
import { readBoundedBody } from './bounded-body';
import { refuseCrossOrigin } from './same-origin';
import { draftProblems } from '@/lib/validation/release-draft';

// A body bigger than the rich-text limit (1 MB of JSON) plus the other fields is refused unread.
const MAX_BYTES = 1_200_000;

type Saved = { ok: true } | { ok: false; reason: string };

/**
 * An autosave request, `{ expectedVersion, draft }` as JSON, checked and handed to the DAL's save.
 * Autosave goes through a route handler rather than a server action, so that the browser can send
 * the last changes with `fetch(…, { keepalive: true })` while the page is being closed.
 * While the database is out of reach it answers 503 `unavailable`: the editor shows itself offline,
 * keeps the text in the browser and tries again.
 */
export async function answerDraftSave<Input>(
  request: Request,
  schema: z.ZodType<Input>,
  save: (input: Input) => Promise<Saved>,
): Promise<Response> {
  const crossOrigin = refuseCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  try {
    return await checkAndSave(request, schema, save);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json(
      { ok: false, reason: 'unavailable' },
      { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '2' } },
    );
  }
}

async function checkAndSave<Input>(
  request: Request,
  schema: z.ZodType<Input>,
  save: (input: Input) => Promise<Saved>,
): Promise<Response> {
  // JSON only: a cross-site form cannot send it, and a cross-site script needs a CORS preflight we never grant.
  if (!request.headers.get('content-type')?.startsWith('application/json'))
    return Response.json({ ok: false, reason: 'invalid', problems: [] }, { status: 415 });
  // Answered before the DAL, whose sign-in redirect would hand a fetch() the login page.
  // Nothing is read before the person is known to be signed in, and nothing past the limit.
  if (!(await findCurrentUser())) {
    await request.body?.cancel().catch(() => {});
    return Response.json({ ok: false, reason: 'signed_out' }, { status: 401 });
  }
  const bytes = await readBoundedBody(request, MAX_BYTES);
  if (bytes === 'too_large')
    return Response.json(
      { ok: false, reason: 'invalid', problems: [{ field: 'body', message: 'rich_text.too_large' }] },
      { status: 413 },
    );
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return Response.json({ ok: false, reason: 'invalid', problems: [] }, { status: 400 });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return Response.json({ ok: false, reason: 'invalid', problems: draftProblems(parsed.error) }, { status: 422 });
  const result = await save(parsed.data);
  const status = result.ok ? 200 : result.reason === 'conflict' || result.reason === 'frozen' ? 409 : 422;
  return Response.json(result, { status, headers: { 'cache-control': 'no-store' } });
}
