import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import '../../../globals.css';
import { openEmbargo } from './open-embargo';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('EmbargoLink');
  return { title: t('notFoundTitle'), robots: { index: false, follow: false } };
}

/** A journalist's embargo link lives outside the portal's language tree: the page speaks the release's language. */
export default async function EmbargoLayout({ children, params }: LayoutProps<'/embargo/[token]'>) {
  const opened = await openEmbargo((await params).token);
  const lang = opened?.kind === 'embargoed' ? opened.article.language : await getLocale();
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
