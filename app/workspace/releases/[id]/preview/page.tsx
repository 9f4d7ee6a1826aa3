import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReleaseArticle } from '@/components/portal/release-article';
import { getReleasePreview } from '@/lib/dal/revisions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Revisions');
  return { title: t('previewTitle'), robots: { index: false, follow: false } };
}

export default async function ReleasePreviewPage({ params }: PageProps<'/workspace/releases/[id]/preview'>) {
  const { release, article } = await getReleasePreview((await params).id);
  const t = await getTranslations('Revisions');
  return (
    <div className="flex flex-col gap-6">
      <div
        role="note"
        className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 px-4 py-3"
      >
        <p className="font-semibold text-amber-950">{t('previewBanner')}</p>
        <Link href={`/workspace/releases/${release.id}`} className="text-sm text-brand-800 underline">
          {t('backToRelease')}
        </Link>
      </div>
      <div lang={article.language} className="rounded-lg border border-brand-100 bg-white px-4 py-8">
        <ReleaseArticle article={article} />
      </div>
    </div>
  );
}
