import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactCard } from '@/components/portal/contact-card';
import { PortalPage } from '@/components/portal/portal-page';
import { ReleaseGrid } from '@/components/portal/release-card';
import { getPublicOffice, listPublicOffices, type PublicOfficeDTO } from '@/lib/dal/public-offices';
import { listPublications } from '@/lib/dal/publications';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl, portalPaths } from '@/lib/portal/urls';
import { Muted } from '@/components/ui/muted';

export function generateStaticParams() {
  return [];
}

/** The listing filter that shows an office's releases: its own, its region's, or headquarters'. */
function officeFilter(office: PublicOfficeDTO): { region?: string; office?: string } {
  if (office.kind === 'country') return { office: office.code };
  return { region: office.kind === 'regional' ? office.code : 'hq' };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/offices/[code]'>): Promise<Metadata> {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  const office = await getPublicOffice(code);
  return {
    title: office.names[locale],
    alternates: {
      canonical: absoluteUrl(portalPaths.office(locale, code)),
      languages: Object.fromEntries(
        LOCALES.map((language) => [language, absoluteUrl(portalPaths.office(language, code))]),
      ),
    },
  };
}

export default async function OfficePage({ params }: PageProps<'/[locale]/offices/[code]'>) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const office = await getPublicOffice(code);
  const filter = officeFilter(office);
  const [t, offices, releases] = await Promise.all([
    getTranslations('Office'),
    listPublicOffices(),
    listPublications({ ...filter, languages: [locale], page: 1 }),
  ]);
  const children = offices.filter((candidate) => candidate.parentCode === office.code);
  const parent = offices.find((candidate) => candidate.code === office.parentCode);
  const listingQuery = `?${new URLSearchParams(filter as Record<string, string>).toString()}`;

  return (
    <PortalPage
      locale={locale}
      alternates={Object.fromEntries(LOCALES.map((language) => [language, portalPaths.office(language, code)]))}
    >
      <p className="mb-2 text-sm font-medium uppercase tracking-wide text-brand-700">{t(`kind.${office.kind}`)}</p>
      <h1 className="mb-2 text-3xl font-bold text-brand-800">{office.names[locale]}</h1>
      <Muted size="base" className="mb-6">
        {office.cities[locale]}
      </Muted>
      {parent && (
        <p className="mb-6">
          {t('partOf')}{' '}
          <a href={portalPaths.office(locale, parent.code)} className="text-brand-700 underline">
            {parent.names[locale]}
          </a>
        </p>
      )}
      {/* The office's standing contacts work for it: name it in the reader's language, whatever was typed. */}
      <ContactCard
        contacts={office.contacts.map((contact) => ({ ...contact, office: office.names[locale] }))}
        headingId="office-contacts"
      />
      {children.length > 0 && (
        <section aria-labelledby="office-children" className="mt-10">
          <h2 id="office-children" className="mb-3 text-xl font-bold text-brand-800">
            {t('offices')}
          </h2>
          <ul className="flex flex-wrap gap-3">
            {children.map((child) => (
              <li key={child.code}>
                <a
                  href={portalPaths.office(locale, child.code)}
                  className="inline-block rounded border border-brand-100 px-3 py-1.5 text-brand-700 hover:bg-brand-50"
                >
                  {child.names[locale]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="office-releases" className="mt-10">
        <h2 id="office-releases" className="mb-4 text-2xl font-bold text-brand-800">
          {t('latestReleases')}
        </h2>
        {releases.items.length === 0 ? (
          <Muted size="base">{t('noReleases')}</Muted>
        ) : (
          <>
            <ReleaseGrid releases={releases.items.slice(0, 6)} />
            <p className="mt-6">
              <a href={portalPaths.news(locale, listingQuery)} className="font-medium text-brand-700 underline">
                {t('allReleases', { count: releases.total })}
              </a>
            </p>
          </>
        )}
      </section>
    </PortalPage>
  );
}
