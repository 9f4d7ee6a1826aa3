import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StaticPageArticle } from '@/components/portal/static-page-article';
import { getPagePreview } from '@/lib/dal/pages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('PageEditor');
  return { title: t('preview'), robots: { index: false, follow: false } };
}

export default async function PagePreviewPage({ params }: PageProps<'/workspace/pages/[id]/preview'>) {
  const page = await getPagePreview((await params).id);
  const t = await getTranslations('PageEditor');
  return (
    <div className="flex flex-col gap-6">
      <div
        role="note"
        className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 px-4 py-3"
      >
        <p className="font-semibold text-amber-950">{t('previewBanner', { path: `/${page.language}/${page.path}` })}</p>
        <Link href={`/workspace/pages/${page.id}`} className="text-sm text-brand-800 underline">
          {t('backToPage')}
        </Link>
      </div>
      <div lang={page.language} className="rounded-lg border border-brand-100 bg-white px-4 py-8">
        <StaticPageArticle page={page} />
      </div>
    </div>
  );
}
