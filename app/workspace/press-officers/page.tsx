import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelList, PanelRow, SectionHeading } from '@/components/ui/panel';
import { LINK, TextLink } from '@/components/ui/text-link';
import { FilterForm } from '@/components/workspace/filter-form';
import { listPressOfficers, type PressOfficerDTO } from '@/lib/dal/press-officers';
import { getCurrentUser } from '@/lib/dal/session';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('PressOfficers'))('title') };
}

export default async function PressOfficersPage({ searchParams }: PageProps<'/workspace/press-officers'>) {
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 200) : '';
  const [user, officers, t, languageName, locale] = await Promise.all([
    getCurrentUser(),
    listPressOfficers({ q }),
    getTranslations('PressOfficers'),
    getTranslations('Workspace.languages'),
    getLocale() as Promise<Locale>,
  ]);
  const keeps = user.role === 'editor' || user.role === 'admin';
  const byOffice = new Map<string, PressOfficerDTO[]>();
  for (const officer of officers) byOffice.set(officer.officeId, [...(byOffice.get(officer.officeId) ?? []), officer]);

  return (
    <>
      <PageHeading
        intro={keeps ? t('intro') : t('introReadOnly')}
        spacing="mb-4"
        action={keeps && <ButtonLink href="/workspace/press-officers/new">{t('add')}</ButtonLink>}
      >
        {t('title')}
      </PageHeading>
      {(params.saved === '1' || params.removed === '1') && (
        <Notice tone="success" role="status" className="mb-4">
          {params.saved === '1' ? t('added') : t('removed')}
        </Notice>
      )}
      <FilterForm
        action="/workspace/press-officers"
        active={q !== ''}
        ignored={[]}
        fields={[{ name: 'q', label: t('search'), type: 'search', value: q }]}
      />
      {officers.length === 0 && (
        <Panel as="div">
          <Muted size="base">{q ? t('noMatch') : t('empty')}</Muted>
        </Panel>
      )}
      <div className="flex flex-col gap-6">
        {[...byOffice.values()].map((entries) => {
          const office = entries[0]!;
          const headingId = `office-${office.officeCode}`;
          return (
            <section key={office.officeId} aria-labelledby={headingId}>
              <SectionHeading id={headingId} className="mb-2">
                {office.officeNames[locale]}
                {office.officeId === user.officeId && <Muted as="span"> · {t('yourOffice')}</Muted>}
              </SectionHeading>
              <PanelList aria-labelledby={headingId}>
                {entries.map((officer) => (
                  <PanelRow key={officer.id}>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="font-medium">
                        {officer.name}
                        {officer.role && <span className="font-normal"> · {officer.role}</span>}
                      </h3>
                      {officer.editable && (
                        <TextLink href={`/workspace/press-officers/${officer.id}`} className="text-sm">
                          {t('edit', { name: officer.name })}
                        </TextLink>
                      )}
                    </div>
                    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                      {officer.phones.map((phone) => (
                        <a key={phone} href={`tel:${phone.replace(/[^+0-9]/g, '')}`} className={LINK}>
                          {phone}
                        </a>
                      ))}
                      {officer.email && (
                        <a href={`mailto:${officer.email}`} className={LINK}>
                          {officer.email}
                        </a>
                      )}
                      {officer.languages.length > 0 && (
                        <Muted as="span">
                          {t('speaks', { languages: officer.languages.map((one) => languageName(one)).join(', ') })}
                        </Muted>
                      )}
                    </p>
                  </PanelRow>
                ))}
              </PanelList>
            </section>
          );
        })}
      </div>
    </>
  );
}
