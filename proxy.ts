import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALES } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { listingKey } from '@/lib/publications/news-filters';

const pickLanguage = createMiddleware(routing);

const NEWS_LISTING = new RegExp(`^/(${LOCALES.join('|')})/news/?$`);

/**
 * Routes visitors; it never authorizes anything (lib/dal does). Paths that already name a
 * language are not seen here at all (see the matcher), so cached portal pages are served
 * without running any code, except the news listing, whose filters become part of its path.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const listing = NEWS_LISTING.exec(pathname);
  if (listing)
    return NextResponse.rewrite(new URL(`/${listing[1]}/news-list/${listingKey(searchParams)}`, request.url));
  // A file-like root path that is none of ours (a bot probing /wp-login.php).
  if (pathname.includes('.')) return new NextResponse(null, { status: 404 });
  // Paths without a language: `/` and old or mistyped links go to the visitor's language.
  return pickLanguage(request);
}

export const config = {
  // Literal patterns: Next reads them at build time.
  matcher: [
    // Paths without a language: next-intl sends them to one.
    '/((?!(?:api|workspace|login|logout|preview|media|_next|_vercel|fr|en|es)(?:/|$)|.*\\..*).*)',
    // A filtered listing (the unfiltered one is a page of its own); one entry per LISTING_PARAMS.
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'region' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'office' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'topic' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'year' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'language' }] },
    { source: '/(fr|en|es)/news', has: [{ type: 'query', key: 'page' }] },
    // File-like root paths other than the files served there.
    '/((?!favicon\\.ico$|robots\\.txt$|sitemap\\.xml$)[^/]+\\.[^/]+)',
  ],
};
