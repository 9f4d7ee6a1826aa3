import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { ReleaseArticle } from '@/components/portal/release-article';
import { openPreview } from './open-preview';

export async function generateMetadata({ params }: PageProps<'/preview/[token]'>): Promise<Metadata> {
  const article = await openPreview((await params).token);
  if (!article) return {};
  const t = await getTranslations({ locale: article.language, namespace: 'PreviewLink' });
  return { title: t('title', { title: article.title }), robots: { index: false, follow: false } };
}

export default async function PreviewLinkPage({ params }: PageProps<'/preview/[token]'>) {
  // Each opening is counted and the link may have been revoked a second ago: never serve a stored copy.
  await connection();
  const article = await openPreview((await params).token);
  if (!article) notFound();
  const t = await getTranslations({ locale: article.language, namespace: 'PreviewLink' });
  return (
    <>
      <header className="border-b-2 border-dashed border-amber-600 bg-amber-50">
        <div className="mx-auto max-w-3xl px-4 py-3">
          <p className="font-semibold text-amber-950">{t('banner')}</p>
          <p className="text-sm text-amber-950">{t('explanation')}</p>
        </div>
      </header>
      <main id="main" className="w-full flex-1 px-4 py-8">
        <ReleaseArticle article={article} />
      </main>
    </>
  );
}
