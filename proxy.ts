import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Picks the visitor's language for the public portal. It never authorizes anything: lib/dal does.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|workspace|login|logout|preview|_next|_vercel|.*\\..*).*)'],
};
