import type { Metadata } from 'next';
import { newsListingMetadata, NewsListing } from '@/components/portal/news-listing';
import type { Locale } from '@/lib/i18n/locales';

/*
 * A filtered listing at /[locale]/news: proxy.ts rewrites each visit with a filter here, with the
 * filters as one canonical path segment (listingKey), so every combination of filters is rendered
 * once and then served from the cache, refreshed by the tags of the publications it lists.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news-list/[filters]'>): Promise<Metadata> {
  return newsListingMetadata((await params).locale as Locale);
}

export default async function FilteredNewsPage({ params }: PageProps<'/[locale]/news-list/[filters]'>) {
  const { locale, filters } = await params;
  return <NewsListing locale={locale as Locale} listingKey={filters} />;
}
