import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, PanelList, PanelRow } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { listTemplatesForManagement } from '@/lib/dal/release-templates';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ReleaseTemplates'))('title') };
}

export default async function TemplatesPage({ searchParams }: PageProps<'/workspace/templates'>) {
  const params = await searchParams;
  const [templates, t, languageName, locale] = await Promise.all([
    listTemplatesForManagement(),
    getTranslations('ReleaseTemplates'),
    getTranslations('Workspace.languages'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading
        intro={t('intro')}
        action={<ButtonLink href="/workspace/templates/new">{t('add')}</ButtonLink>}
        spacing="mb-4"
      >
        {t('title')}
      </PageHeading>
      {params.removed === '1' && (
        <Notice tone="success" role="status" className="mb-4">
          {t('removed')}
        </Notice>
      )}
      {templates.length === 0 ? (
        <Panel as="div">
          <Muted size="base">{t('empty')}</Muted>
        </Panel>
      ) : (
        <PanelList aria-label={t('title')}>
          {templates.map((template) => (
            <PanelRow key={template.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-medium">
                  {template.editable ? (
                    <TextLink href={`/workspace/templates/${template.id}`}>{template.name}</TextLink>
                  ) : (
                    template.name
                  )}
                </h2>
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone="neutral">{languageName(template.language)}</Badge>
                  <span>{template.officeNames ? template.officeNames[locale] : t('organisation')}</span>
                </p>
              </div>
              <Muted className="mt-1">
                {t('summary', {
                  sections: template.sections.length,
                  topics: template.topicIds.length,
                  contacts: template.officerIds.length,
                })}
                {!template.editable && ` · ${t('keptByHq')}`}
              </Muted>
            </PanelRow>
          ))}
        </PanelList>
      )}
    </>
  );
}
