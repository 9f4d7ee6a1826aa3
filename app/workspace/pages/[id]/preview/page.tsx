import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StaticPageArticle } from '@/components/portal/static-page-article';
import { PreviewFrame } from '@/components/workspace/preview-frame';
import { getPagePreview } from '@/lib/dal/pages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('PageEditor');
  return { title: t('preview'), robots: { index: false, follow: false } };
}

export default async function PagePreviewPage({ params }: PageProps<'/workspace/pages/[id]/preview'>) {
  const page = await getPagePreview((await params).id);
  const t = await getTranslations('PageEditor');
  return (
    <PreviewFrame
      banner={t('previewBanner', { path: `/${page.language}/${page.path}` })}
      back={{ href: `/workspace/pages/${page.id}`, label: t('backToPage') }}
      lang={page.language}
    >
      <StaticPageArticle page={page} />
    </PreviewFrame>
  );
}
