import type { Metadata } from 'next';
import { newsListingMetadata, NewsListing } from '@/components/portal/news-listing';
import type { Locale } from '@/lib/i18n/locales';
import { UNFILTERED_LISTING } from '@/lib/publications/listing-params';

/*
 * The unfiltered listing, the one most visited, is a page of its own: served from the cache with
 * no rewrite and no proxy. A visit with a filter never reaches it: proxy.ts sends that one to
 * /[locale]/news-list/[filters].
 */
export const dynamic = 'force-static';

export async function generateMetadata({ params }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  return newsListingMetadata((await params).locale as Locale);
}

export default async function NewsPage({ params }: PageProps<'/[locale]/news'>) {
  return <NewsListing locale={(await params).locale as Locale} listingKey={UNFILTERED_LISTING} />;
}
