import { findRecipientLocale, unsubscribeRecipient } from '@/lib/dal/subscribers';
import { readRecipientToken } from '@/lib/distribution/recipient-links';
import { LOCALES } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';

const NO_STORE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };
// The address names no language: the answer is short and in the portal's three.
const DONE = LOCALES.map((language) => ({ fr, en, es })[language].Subscribe.oneClickDone).join('\n');

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE } });

/**
 * RFC 8058 one-click unsubscribe: the mail provider (or the reader's client) POSTs
 * `List-Unsubscribe=One-Click` from its own servers, with no session, cookie or Origin of ours, so
 * nothing here asks for one: the signed token is the proof. It takes effect at once and is
 * idempotent. A forged or unknown token: 404.
 */
export async function POST(request: Request, { params }: RouteContext<'/api/unsubscribe/[token]'>) {
  const { token } = await params;
  if (!readRecipientToken(token)) return text('Not found', 404);
  const type = request.headers.get('content-type') ?? '';
  const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
  const form = isForm ? await request.formData().catch(() => null) : null;
  // Any other body is no one-click request (a stray POST): nothing changes.
  if (form?.get('List-Unsubscribe') !== 'One-Click') return text('Expected List-Unsubscribe=One-Click', 400);
  if (!(await unsubscribeRecipient(token))) return text('Not found', 404);
  return text(DONE, 200);
}

/** Opening the address in a browser never unsubscribes: it leads to the preferences page, in the recipient's language. */
export async function GET(_request: Request, { params }: RouteContext<'/api/unsubscribe/[token]'>) {
  const { token } = await params;
  const locale = await findRecipientLocale(token);
  if (!locale) return text('Not found', 404);
  return new Response(null, {
    status: 303,
    headers: { Location: absoluteUrl(portalPaths.subscriptionPreferences(locale, token)), ...NO_STORE },
  });
}
