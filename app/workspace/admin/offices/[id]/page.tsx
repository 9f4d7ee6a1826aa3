import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { officeFields } from '@/components/workspace/office-fields';
import { getOfficeForAdmin, listOfficesForAdmin } from '@/lib/dal/offices';
import type { Locale } from '@/lib/i18n/locales';
import { saveOffice } from '../actions';
import { Panel } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata({ params }: PageProps<'/workspace/admin/offices/[id]'>): Promise<Metadata> {
  const office = await getOfficeForAdmin((await params).id);
  return { title: office.names[(await getLocale()) as Locale] };
}

export default async function EditOfficePage({ params }: PageProps<'/workspace/admin/offices/[id]'>) {
  const office = await getOfficeForAdmin((await params).id);
  const offices = await listOfficesForAdmin();
  const [t, locale, fields] = await Promise.all([
    getTranslations('AdminOffices'),
    getLocale() as Promise<Locale>,
    officeFields(offices, office),
  ]);
  return (
    <Panel as="div" padding="lg" className="max-w-xl">
      <PageHeading
        intro={
          <>
            {t(`kinds.${office.kind}`)}
            {' · '}
            <code>{office.code}</code>
          </>
        }
      >
        {office.names[locale]}
      </PageHeading>
      <ActionForm
        action={saveOffice}
        submitLabel={t('save')}
        doneMessage={t('saved')}
        fields={[{ name: 'officeId', label: '', type: 'hidden', defaultValue: office.id }, ...fields]}
      />
    </Panel>
  );
}
