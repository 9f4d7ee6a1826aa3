import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { listOfficesForAdmin } from '@/lib/dal/offices';
import type { Locale } from '@/lib/i18n/locales';
import { UPLOAD_LIMITS } from '@/lib/validation/legacy-import';
import { ImportForm } from './import-form.client';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminImport'))('heading') };
}

export default async function ImportPage() {
  const offices = await listOfficesForAdmin();
  const [t, locale] = await Promise.all([getTranslations('AdminImport'), getLocale() as Promise<Locale>]);
  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-3xl">
        <PageHeading intro={t('intro')} spacing="mb-0">
          {t('heading')}
        </PageHeading>
      </div>
      <ImportForm
        limits={UPLOAD_LIMITS}
        // Indented by depth, so the select shows the hierarchy.
        offices={offices.map((office) => ({
          value: office.code,
          label: `${'\u00a0\u00a0'.repeat(office.depth)}${office.names[locale]}`,
        }))}
      />
    </div>
  );
}
