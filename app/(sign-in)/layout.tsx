import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('SignIn');
  return { title: t('pageTitle'), robots: { index: false } };
}

export default async function SignInLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-brand-50 font-sans antialiased">
        <NextIntlClientProvider>
          <main className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-10">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
