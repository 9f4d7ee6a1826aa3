import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PortalPage } from '@/components/portal/portal-page';
import { PAGE_PATH_PATTERN } from '@/db/schema/pages';
import { getPublishedPage } from '@/lib/dal/public-pages';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';

export function generateStaticParams() {
  return [];
}

const VALID_PATH = new RegExp(PAGE_PATH_PATTERN);

async function pageFor(params: PageProps<'/[locale]/[...path]'>['params']) {
  const { locale, path } = (await params) as { locale: Locale; path: string[] };
  const joined = path.join('/');
  if (!VALID_PATH.test(joined) || joined.length > 200) notFound();
  return { locale, page: await getPublishedPage(locale, joined) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...path]'>): Promise<Metadata> {
  const { locale, page } = await pageFor(params);
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

export default async function StaticPage({ params }: PageProps<'/[locale]/[...path]'>) {
  const { locale, page } = await pageFor(params);
  setRequestLocale(locale);
  const alternates = Object.fromEntries(page.translations.map((t) => [t.language, portalPaths.page(t.language, t.path)]));
  return (
    <PortalPage locale={locale} alternates={alternates}>
      <article className="mx-auto max-w-3xl">
        <h1 className="mb-4 font-serif text-3xl font-bold leading-tight md:text-4xl">{page.title}</h1>
        {page.summary && <p className="mb-6 text-lg text-muted">{page.summary}</p>}
        <div className="release-body font-serif text-lg leading-relaxed" dangerouslySetInnerHTML={{ __html: page.html }} />
      </article>
    </PortalPage>
  );
}
