import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listUsersForAdmin } from '@/lib/dal/users';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminUsers'))('heading') };
}

export default async function UsersPage() {
  const people = await listUsersForAdmin();
  const [t, roles, format, locale] = await Promise.all([
    getTranslations('AdminUsers'),
    getTranslations('Workspace.roles'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const now = new Date();

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('heading')}</h1>
        <Link
          href="/workspace/admin/users/new"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('create')}
        </Link>
      </div>
      <ul className="divide-y divide-brand-50 rounded-lg border border-brand-100 bg-white">
        {people.map((person) => (
          <li key={person.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <div>
              <Link href={`/workspace/admin/users/${person.id}`} className="font-medium text-brand-800 hover:underline">
                {person.name}
              </Link>
              <p className="text-sm text-muted">
                {person.email}
                {' · '}
                {roles(person.role)}
                {' · '}
                {person.officeNames[locale]}
              </p>
            </div>
            <p className="text-sm">
              {!person.active && (
                <span className="mr-2 rounded bg-slate-200 px-2 py-0.5 font-semibold">{t('inactive')}</span>
              )}
              {person.lockedUntil && person.lockedUntil > now && (
                <span className="mr-2 rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">{t('locked')}</span>
              )}
              <span className="text-muted">
                {person.lastLoginAt
                  ? t('lastSignIn', { when: format.relativeTime(person.lastLoginAt, now) })
                  : t('neverSignedIn')}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
