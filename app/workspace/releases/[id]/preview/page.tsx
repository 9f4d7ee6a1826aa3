import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReleaseArticle } from '@/components/portal/release-article';
import { PreviewFrame } from '@/components/workspace/preview-frame';
import { getReleasePreview } from '@/lib/dal/revisions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Revisions');
  return { title: t('previewTitle'), robots: { index: false, follow: false } };
}

export default async function ReleasePreviewPage({ params }: PageProps<'/workspace/releases/[id]/preview'>) {
  const { release, article } = await getReleasePreview((await params).id);
  const t = await getTranslations('Revisions');
  return (
    <PreviewFrame
      banner={t('previewBanner')}
      back={{ href: `/workspace/releases/${release.id}`, label: t('backToRelease') }}
      lang={article.language}
    >
      <ReleaseArticle article={article} />
    </PreviewFrame>
  );
}
