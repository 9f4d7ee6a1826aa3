import type { NextRequest } from 'next/server';
import { buildFeed } from '@/lib/portal/build-feed';

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const feed = await buildFeed((await params).locale, request.nextUrl.searchParams);
  if (!feed) return new Response(null, { status: 404 });
  return new Response(feed.rss(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
