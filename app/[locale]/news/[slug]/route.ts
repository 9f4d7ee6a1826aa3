import { NextResponse, type NextRequest } from 'next/server';
import { chromeTags, CACHE_TAGS, releasePageTags } from '@/lib/cache/tags';
import { getPublicationStatus } from '@/lib/dal/publications';
import { isLocale } from '@/lib/i18n/locales';

/*
 * A page cannot answer 410, so the public release URL is this route handler: it serves the
 * page rendered at /[locale]/news-render/[slug] with the status the URL deserves (200 live,
 * 410 withdrawn, 404 unknown). The response, status included, is cached like a page and
 * carries the same tags, so revalidatePublication() refreshes it at once.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

const STATUS = { live: 200, withdrawn: 410, missing: 404 } as const;

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/news/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 });
  const status = await getPublicationStatus(locale, slug);
  const tags = status.state === 'missing' ? [CACHE_TAGS.publication(locale, slug), ...chromeTags()] : releasePageTags(status.key);
  const rendered = await fetch(new URL(`/${locale}/news-render/${encodeURIComponent(slug)}`, request.nextUrl.origin), {
    next: { tags },
  });
  return new NextResponse(rendered.body, {
    status: STATUS[status.state],
    headers: { 'content-type': rendered.headers.get('content-type') ?? 'text/html; charset=utf-8' },
  });
}
