import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/workspace/action-form.client';
import { listPagesForAdmin } from '@/lib/dal/pages';
import { getCurrentUser } from '@/lib/dal/session';
import { LOCALES } from '@/lib/i18n/locales';
import { createDraftPage } from './actions';

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
    <div className="max-w-xl rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h1 className="mb-2 text-2xl font-bold text-brand-800">{t('newHeading')}</h1>
      <p className="mb-6 text-muted">{t('newHelp')}</p>
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
    </div>
  );
}
