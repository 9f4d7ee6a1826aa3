import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminOffices'))('heading') };
}

const INDENT = ['', 'pl-6 sm:pl-8', 'pl-12 sm:pl-16'];

export default async function OfficesPage() {
  const offices = await listOfficesForAdmin();
  const [t, locale] = await Promise.all([getTranslations('AdminOffices'), getLocale() as Promise<Locale>]);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('heading')}</h1>
        <Link
          href="/workspace/admin/offices/new"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('create')}
        </Link>
      </div>
      <ul className="divide-y divide-brand-50 rounded-lg border border-brand-100 bg-white">
        {offices.map((office) => (
          <li key={office.id} className={`px-4 py-3 ${INDENT[office.depth] ?? INDENT.at(-1)}`}>
            <Link href={`/workspace/admin/offices/${office.id}`} className="font-medium text-brand-800 hover:underline">
              {office.names[locale]}
            </Link>
            <p className="text-sm text-muted">
              {t(`kinds.${office.kind}`)}
              {' · '}
              {office.city}
              {' · '}
              {office.timeZone}
              {' · '}
              <span className="uppercase">{office.defaultLanguage}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
