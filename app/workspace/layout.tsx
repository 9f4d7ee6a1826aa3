import type { Metadata } from 'next';
import Link from 'next/link';
import { TextLink } from '@/components/ui/text-link';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SkipLink } from '@/components/site/skip-link';
import { NotificationBell } from '@/components/workspace/notification-bell';
import { signOutNow } from '@/app/(sign-in)/logout/actions';
import { writesReleases } from '@/lib/auth/roles';
import { managesPages } from '@/lib/dal/pages';
import { getCurrentUser } from '@/lib/dal/session';
import '../globals.css';
import { Button } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Workspace');
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false } };
}

export default async function WorkspaceLayout({ children }: LayoutProps<'/workspace'>) {
  const user = await getCurrentUser();
  const [t, site] = await Promise.all([getTranslations('Workspace'), getTranslations('Site')]);
  const links = [
    { href: '/workspace', label: t('nav.dashboard') },
    { href: '/workspace/releases', label: t('nav.releases') },
    ...(writesReleases(user) ? [{ href: '/workspace/releases/new', label: t('nav.newRelease') }] : []),
    ...(user.role === 'editor' ? [{ href: '/workspace/review', label: t('nav.review') }] : []),
    { href: '/workspace/media', label: t('nav.media') },
    ...(user.role === 'editor' || user.role === 'admin' ? [{ href: '/workspace/picks', label: t('nav.picks') }] : []),
    ...(user.role === 'editor' || user.role === 'admin'
      ? [{ href: '/workspace/contacts', label: t('nav.contacts') }]
      : []),
    { href: '/workspace/press-officers', label: t('nav.pressOfficers') },
    ...(user.role === 'editor' || user.role === 'admin'
      ? [{ href: '/workspace/templates', label: t('nav.templates') }]
      : []),
    ...(managesPages(user) ? [{ href: '/workspace/pages', label: t('nav.pages') }] : []),
    ...(user.role === 'admin'
      ? [
          { href: '/workspace/admin/users', label: t('nav.users') },
          { href: '/workspace/admin/offices', label: t('nav.offices') },
          { href: '/workspace/admin/menus', label: t('nav.menus') },
          { href: '/workspace/admin/topics', label: t('nav.topics') },
          { href: '/workspace/admin/import', label: t('nav.import') },
          { href: '/workspace/admin/audit', label: t('nav.audit') },
          { href: '/workspace/admin/jobs', label: t('nav.jobs') },
          { href: '/workspace/admin/outbox', label: t('nav.outbox') },
        ]
      : []),
    { href: '/workspace/account', label: t('nav.account') },
  ];

  return (
    <html lang={user.uiLanguage}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans antialiased">
        <NextIntlClientProvider>
          <SkipLink label={site('skipToContent')} />
          <header className="border-b border-brand-100 bg-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
              <Link href="/workspace" className="text-lg font-bold tracking-tight text-brand-800">
                {t('title')}
              </Link>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                <p>
                  <span className="font-semibold">{user.name}</span>
                  <Muted as="span" size="base">
                    {' · '}
                    {user.officeNames[user.uiLanguage]}
                    {' · '}
                    {t(`roles.${user.role}`)}
                    {' · '}
                  </Muted>
                  <abbr title={t(`languages.${user.uiLanguage}`)} className="uppercase text-muted no-underline">
                    {user.uiLanguage}
                  </abbr>
                </p>
                <NotificationBell />
                <form action={signOutNow}>
                  <Button type="submit" variant="secondary" size="xs">
                    {t('signOut')}
                  </Button>
                </form>
              </div>
            </div>
            <nav aria-label={t('nav.label')} className="mx-auto max-w-6xl px-4">
              <ul className="flex flex-wrap gap-x-5 text-sm font-medium">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="block py-2 text-ink hover:text-brand-700 hover:underline">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          {user.mustChangePassword && (
            <p role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center">
              {t('mustChangePassword')}{' '}
              <TextLink href="/workspace/account" className="font-medium">
                {t('nav.account')}
              </TextLink>
            </p>
          )}
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
