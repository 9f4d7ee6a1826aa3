import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { listPagesForAdmin } from '@/lib/dal/pages';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { createDraftPage } from './actions';
import { Panel } from '@/components/ui/panel';
import { PageHeading } from '@/components/ui/page-heading';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Pages'))('newHeading') };
}

export default async function NewPagePage() {
  const [pages, user, t, languages] = await Promise.all([
    listPagesForAdmin(),
    getCurrentUser(),
    getTranslations('Pages'),
    getTranslations('Languages'),
  ]);
  return (
    <Panel as="div" padding="lg" className="max-w-xl">
      <PageHeading intro={t('newHelp')}>{t('newHeading')}</PageHeading>
      <ActionForm
        action={createDraftPage}
        submitLabel={t('create')}
        refusals={{ invalid_parent: t('refused.invalid_parent') }}
        fields={[
          {
            name: 'language',
            label: t('fields.language'),
            type: 'select',
            defaultValue: user.uiLanguage,
            options: LOCALES.map((language) => ({ value: language, label: languages(language) })),
          },
          { name: 'title', label: t('fields.title'), type: 'text', required: true },
          { name: 'path', label: t('fields.path'), type: 'text', required: true, hint: t('pathHint') },
          {
            name: 'parentId',
            label: t('fields.parent'),
            type: 'select',
            defaultValue: '',
            hint: t('parentHint'),
            options: [
              { value: '', label: t('noParent') },
              ...[...pages]
                .sort((a, b) => a.language.localeCompare(b.language) || a.path.localeCompare(b.path))
                .map((page) => ({
                  value: page.id,
                  label: `${page.language.toUpperCase()} · /${page.path} · ${page.title}`,
                })),
            ],
          },
        ]}
      />
    </Panel>
  );
}
