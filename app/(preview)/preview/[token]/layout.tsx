import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import '../../../globals.css';
import { openPreview } from './open-preview';

/** The title of a link that opens nothing; the page names the release when it opens. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('PreviewLink');
  return { title: t('notFoundTitle'), robots: { index: false, follow: false } };
}

/** Shareable previews live outside the portal's language tree: the page speaks the release's language. */
export default async function PreviewLayout({ children, params }: LayoutProps<'/preview/[token]'>) {
  const article = await openPreview((await params).token);
  // A link that opens nothing gets its 404 in the visitor's own language.
  const lang = article?.language ?? (await getLocale());
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
