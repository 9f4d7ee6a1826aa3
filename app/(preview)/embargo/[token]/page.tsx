import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { ReleaseArticle } from '@/components/portal/release-article';
import { embargoLine } from '@/lib/distribution/compose-embargo-email';
import { openEmbargo } from './open-embargo';

export async function generateMetadata({ params }: PageProps<'/embargo/[token]'>): Promise<Metadata> {
  const opened = await openEmbargo((await params).token);
  if (opened?.kind !== 'embargoed') return {};
  const t = await getTranslations({ locale: opened.article.language, namespace: 'EmbargoLink' });
  return { title: t('title', { title: opened.article.title }), robots: { index: false, follow: false } };
}

export default async function EmbargoLinkPage({ params }: PageProps<'/embargo/[token]'>) {
  // Each opening is counted and the link may have been revoked a second ago: never serve a stored copy.
  await connection();
  const opened = await openEmbargo((await params).token);
  if (!opened) notFound();
  // Once published, the link leads to the public page: the text there is the one to quote.
  if (opened.kind === 'published') redirect(opened.url);
  const { article } = opened;
  const t = await getTranslations({ locale: article.language, namespace: 'EmbargoLink' });
  return (
    <>
      <header role="banner" className="border-b-4 border-red-800 bg-red-50">
        <div className="mx-auto max-w-3xl px-4 py-3">
          <p className="font-bold uppercase tracking-wide text-red-900">
            {embargoLine(opened.until, opened.timeZone, article.language)}
          </p>
          <p className="text-sm text-red-950">{t('explanation')}</p>
        </div>
      </header>
      <main id="main" className="w-full flex-1 px-4 py-8">
        <ReleaseArticle article={article} />
      </main>
    </>
  );
}
