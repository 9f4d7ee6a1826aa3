import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALES } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { localeFromAcceptLanguage } from '@/lib/i18n/preferred-locale';
import { listingKey } from '@/lib/publications/news-filters';
import { contentSecurityPolicy, newNonce, takesNonce } from '@/lib/security-headers';

const pickLanguage = createMiddleware(routing);

// Not a valid page path (lib/dal/public-pages): the static-page route answers it with its 404.
const NO_PAGE = '-';

const NEWS_LISTING = new RegExp(`^/(${LOCALES.join('|')})/news/?$`);

/**
 * The workspace, sign-in, preview and embargo pages render for each request: their policy names a nonce of
 * this request, which Next reads from the request's Content-Security-Policy header and puts on
 * every script it writes, so that no other script can run there.
 */
function withNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(process.env.NODE_ENV === 'production', newNonce());
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Routes visitors; it never authorizes anything (lib/dal does). Paths that already name a
 * language are not seen here at all (see the matcher), so cached portal pages are served
 * without running any code, except the news listing, whose filters become part of its path.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (takesNonce(pathname)) return withNonce(request);
  const listing = NEWS_LISTING.exec(pathname);
  if (listing)
    return NextResponse.rewrite(new URL(`/${listing[1]}/news-list/${listingKey(searchParams)}`, request.url));
  // A file-like path that is none of ours (a bot probing /wp-login.php, /.env, /foo/bar.txt): the
  // portal's own 404, in the visitor's language, from a path no page can have.
  if (pathname.includes('.')) {
    const language = localeFromAcceptLanguage(request.headers.get('accept-language'));
    return NextResponse.rewrite(new URL(`/${language}/${NO_PAGE}`, request.url));
  }
  // Paths without a language: `/` and old or mistyped links go to the visitor's language.
  return pickLanguage(request);
}

export const config = {
  // Literal patterns: Next reads them at build time.
  matcher: [
    // Paths without a language: next-intl sends them to one.
    '/((?!(?:api|workspace|login|logout|preview|embargo|media|_next|_vercel|fr|en|es)(?:/|$)|.*\\..*).*)',
    // The pages whose scripts run under a nonce (NONCE_PREFIXES).
    '/workspace/:path*',
    '/login',
    '/logout',
    '/preview/:path*',
    '/embargo/:path*',
    // A filtered listing (the unfiltered one is a page of its own); one entry per LISTING_PARAMS.
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'region' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'office' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'topic' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'year' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'language' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'page' }] },
    // File-like paths outside the app's own prefixes, other than the files served at the root.
    '/((?!(?:api|workspace|login|logout|preview|embargo|media|_next|_vercel|fr|en|es)(?:/|$)|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*\\..*)',
  ],
};
