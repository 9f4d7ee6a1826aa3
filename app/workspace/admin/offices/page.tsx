import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import type { Locale } from '@/lib/i18n/locales';
import { zoneDisplayName } from '@/lib/time/zone-name';
import { ButtonLink } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { PanelList, PanelRow } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminOffices'))('heading') };
}

const INDENT = ['', 'pl-6 sm:pl-8', 'pl-12 sm:pl-16'];

export default async function OfficesPage() {
  const offices = await listOfficesForAdmin();
  const [t, workspace, locale] = await Promise.all([
    getTranslations('AdminOffices'),
    getTranslations('Workspace'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading action={<ButtonLink href="/workspace/admin/offices/new">{t('create')}</ButtonLink>}>
        {t('heading')}
      </PageHeading>
      <PanelList>
        {offices.map((office) => (
          <PanelRow key={office.id} className={INDENT[office.depth] ?? INDENT.at(-1)}>
            <TextLink href={`/workspace/admin/offices/${office.id}`} variant="title">
              {office.names[locale]}
            </TextLink>
            <Muted>
              {t(`kinds.${office.kind}`)}
              {' · '}
              {office.cities[locale]}
              {' · '}
              {zoneDisplayName(office.timeZone, locale)}
              {' · '}
              {workspace(`languages.${office.defaultLanguage}`)}
            </Muted>
          </PanelRow>
        ))}
      </PanelList>
    </>
  );
}
