import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { officeFields } from '@/components/workspace/office-fields';
import { OFFICE_KINDS } from '@/db/schema/offices';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import { addOffice } from '../actions';
import { Panel } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminOffices'))('create') };
}

export default async function NewOfficePage() {
  const offices = await listOfficesForAdmin();
  const [t, fields] = await Promise.all([getTranslations('AdminOffices'), officeFields(offices)]);
  return (
    <Panel as="div" padding="lg" className="max-w-xl">
      <PageHeading>{t('create')}</PageHeading>
      <ActionForm
        action={addOffice}
        submitLabel={t('createSubmit')}
        doneMessage={t('created')}
        fields={[
          { name: 'code', label: t('code'), type: 'text', hint: t('codeHint'), required: true },
          {
            name: 'kind',
            label: t('kind'),
            type: 'select',
            defaultValue: 'country',
            options: OFFICE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          },
          ...fields,
        ]}
      />
    </Panel>
  );
}
