import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { GoneNotice, goneMetadata } from '@/components/portal/gone-notice';
import { NotFoundNotice, notFoundMetadata } from '@/components/portal/not-found-notice';
import { PortalPage } from '@/components/portal/portal-page';
import { StaticPageArticle } from '@/components/portal/static-page-article';
import { PAGE_PATH_PATTERN } from '@/db/schema/pages';
import { getPageView, type PageViewDTO } from '@/lib/dal/public-pages';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';

// This page is what /[locale]/[...path] serves, with the status of the URL or the redirect of an
// old path, which that route handler adds. Rendered on first request, then cached.
export function generateStaticParams() {
  return [];
}

const VALID_PATH = new RegExp(PAGE_PATH_PATTERN);

async function viewFor(params: PageProps<'/[locale]/page-render/[...path]'>['params']): Promise<{ locale: Locale; view: PageViewDTO }> {
  const { locale, path } = (await params) as { locale: Locale; path: string[] };
  const joined = path.join('/');
  if (!VALID_PATH.test(joined) || joined.length > 200) return { locale, view: { state: 'missing' } };
  return { locale, view: await getPageView(locale, joined) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/page-render/[...path]'>): Promise<Metadata> {
  const { locale, view } = await viewFor(params);
  if (view.state === 'missing') return notFoundMetadata(locale);
  if (view.state === 'gone') return goneMetadata(locale, 'page');
  const { page } = view;
  const url = absoluteUrl(portalPaths.page(locale, page.path));
  return {
    title: page.title,
    description: page.summary || undefined,
    alternates: {
      canonical: url,
      languages: Object.fromEntries([[locale, url], ...page.translations.map((t) => [t.language, absoluteUrl(portalPaths.page(t.language, t.path))])]),
    },
    openGraph: { type: 'website', url, title: page.title, description: page.summary || undefined },
  };
}

export default async function StaticPage({ params }: PageProps<'/[locale]/page-render/[...path]'>) {
  const { locale, view } = await viewFor(params);
  setRequestLocale(locale);
  if (view.state === 'missing') return <NotFoundNotice locale={locale} />;
  if (view.state === 'gone') return <GoneNotice locale={locale} kind="page" title={view.title} />;
  const { page } = view;
  const alternates = Object.fromEntries(page.translations.map((t) => [t.language, portalPaths.page(t.language, t.path)]));
  return (
    <PortalPage locale={locale} alternates={alternates}>
      <StaticPageArticle page={page} />
    </PortalPage>
  );
}
