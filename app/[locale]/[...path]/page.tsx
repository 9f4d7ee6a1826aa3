import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { GoneNotice, goneMetadata } from '@/components/portal/gone-notice';
import { NotFoundNotice, notFoundMetadata } from '@/components/portal/not-found-notice';
import { PortalPage } from '@/components/portal/portal-page';
import { StaticPageArticle } from '@/components/portal/static-page-article';
import { PAGE_PATH_PATTERN } from '@/db/schema/pages';
import { answerWithStatus } from '@/lib/cache/page-status';
import { getPageView, type PageViewDTO } from '@/lib/dal/public-pages';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';

// Rendered on first request, then cached with what the path answers: 200 for a published page,
// 410 for a withdrawn one, 404 for a path not in use, and a 308 to the newest path of a renamed
// page, which Next keeps in the cache entry with its relative Location.
export function generateStaticParams() {
  return [];
}

const VALID_PATH = new RegExp(PAGE_PATH_PATTERN);

async function viewFor(
  params: PageProps<'/[locale]/[...path]'>['params'],
): Promise<{ locale: Locale; view: PageViewDTO }> {
  const { locale, path } = (await params) as { locale: Locale; path: string[] };
  const joined = path.join('/');
  if (!VALID_PATH.test(joined) || joined.length > 200) return { locale, view: { state: 'missing' } };
  return { locale, view: await getPageView(locale, joined) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...path]'>): Promise<Metadata> {
  const { locale, view } = await viewFor(params);
  // An old path never shows its metadata: the page answers with the redirect.
  if (view.state === 'missing' || view.state === 'moved') return notFoundMetadata(locale);
  if (view.state === 'gone') return goneMetadata(locale, 'page');
  const { page } = view;
  const url = absoluteUrl(portalPaths.page(locale, page.path));
  return {
    title: page.title,
    description: page.summary || undefined,
    alternates: {
      canonical: url,
      languages: Object.fromEntries([
        [locale, url],
        ...page.translations.map((t) => [t.language, absoluteUrl(portalPaths.page(t.language, t.path))]),
      ]),
    },
    openGraph: { type: 'website', url, title: page.title, description: page.summary || undefined },
  };
}

export default async function StaticPage({ params }: PageProps<'/[locale]/[...path]'>) {
  const { locale, view } = await viewFor(params);
  setRequestLocale(locale);
  if (view.state === 'moved') permanentRedirect(portalPaths.page(locale, view.path));
  if (view.state === 'missing') {
    await answerWithStatus(404);
    return <NotFoundNotice locale={locale} />;
  }
  if (view.state === 'gone') {
    await answerWithStatus(410);
    return <GoneNotice locale={locale} kind="page" title={view.title} />;
  }
  const { page } = view;
  const alternates = Object.fromEntries(
    page.translations.map((t) => [t.language, portalPaths.page(t.language, t.path)]),
  );
  return (
    <PortalPage locale={locale} alternates={alternates}>
      <StaticPageArticle page={page} />
    </PortalPage>
  );
}
