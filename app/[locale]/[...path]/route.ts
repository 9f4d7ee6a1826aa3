import { NextResponse, type NextRequest } from 'next/server';
import { PAGE_PATH_PATTERN } from '@/db/schema/pages';
import { chromeTags } from '@/lib/cache/tags';
import { getPageStatus } from '@/lib/dal/public-pages';
import { isLocale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

/*
 * A static page's public URL is this route handler, since an old path of a renamed page answers
 * a permanent redirect (308) to its newest one. Otherwise it serves the page rendered at
 * /[locale]/page-render/[...path] with the status the URL deserves (200 published, 410 withdrawn,
 * 404 unknown). Everything here is tagged `pages`.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

const STATUS = { live: 200, gone: 410, missing: 404 } as const;
const VALID_PATH = new RegExp(PAGE_PATH_PATTERN);

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/[...path]'>) {
  const { locale, path } = await params;
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 });
  const joined = path.join('/');
  const status = VALID_PATH.test(joined) && joined.length <= 200 ? await getPageStatus(locale, joined) : ({ state: 'missing' } as const);
  // A relative location keeps the visitor on the host they asked, whatever the server listens on.
  if (status.state === 'moved') return new NextResponse(null, { status: 308, headers: { location: portalPaths.page(locale, status.path) } });
  const rendered = await fetch(new URL(`/${locale}/page-render/${path.map(encodeURIComponent).join('/')}`, request.nextUrl.origin), {
    next: { tags: chromeTags() },
  });
  return new NextResponse(rendered.body, {
    status: STATUS[status.state],
    headers: { 'content-type': rendered.headers.get('content-type') ?? 'text/html; charset=utf-8' },
  });
}
