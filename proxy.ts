import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';

const pickLanguage = createMiddleware(routing);

// Files served at the root; any other file-like root path (a bot probing /wp-login.php) is not here.
const ROOT_FILES = new Set(['/favicon.ico', '/robots.txt', '/sitemap.xml']);

/** Picks the visitor's language for the public portal. It never authorizes anything: lib/dal does. */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.includes('.')) return ROOT_FILES.has(pathname) ? NextResponse.next() : new NextResponse(null, { status: 404 });
  return pickLanguage(request);
}

export const config = {
  matcher: ['/((?!api|workspace|login|logout|preview|media/|_next|_vercel|.*\\..*).*)', '/([^/]+\\.[^/]+)'],
};
