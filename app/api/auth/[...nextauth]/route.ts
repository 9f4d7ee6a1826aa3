import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { isAcceptableCallbackUrl } from '@/lib/auth/callback-url';
import { configuredOrigins, refuseCrossOrigin } from '@/lib/http/same-origin';

const CALLBACK_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.callback-url=([^;]*)/;

/** A `callbackUrl` Auth.js could not read, in the query, the form or its cookie, answers 400. */
async function badCallbackUrl(request: NextRequest): Promise<Response | undefined> {
  const origins = configuredOrigins();
  const candidates = [request.nextUrl.searchParams.get('callbackUrl')];
  // Auth.js writes this cookie itself, from the address the server listens on (which may be
  // `localhost` rather than the public origin): only a value it could not read is refused.
  const cookie = CALLBACK_COOKIE.exec(request.headers.get('cookie') ?? '')?.[1];
  if (cookie !== undefined) {
    let readable = false;
    try {
      const value = decodeURIComponent(cookie);
      readable = isAcceptableCallbackUrl(value, new Set([new URL(value, 'http://localhost').origin]));
    } catch {
      readable = false;
    }
    if (!readable) candidates.push('\u0000');
  }
  const type = request.headers.get('content-type') ?? '';
  if (request.method === 'POST' && /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined);
    const value = form?.get('callbackUrl');
    if (typeof value === 'string') candidates.push(value);
  }
  if (candidates.every((value) => value === null || value === '' || isAcceptableCallbackUrl(value, origins)))
    return undefined;
  return Response.json({ error: 'invalid_callback_url' }, { status: 400, headers: { 'cache-control': 'no-store' } });
}

export async function GET(request: NextRequest): Promise<Response> {
  return (await badCallbackUrl(request)) ?? handlers.GET(request);
}

/** Auth.js checks its own CSRF token; a request from another site is refused before that. */
export async function POST(request: NextRequest): Promise<Response> {
  return refuseCrossOrigin(request) ?? (await badCallbackUrl(request)) ?? handlers.POST(request);
}
