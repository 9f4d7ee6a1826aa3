import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel, SectionHeading } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { ConfirmedAction } from '@/components/workspace/confirmed-action.client';
import { TemplateForm } from '@/components/workspace/template-form.client';
import { getTemplateForEdit } from '@/lib/dal/release-templates';
import { removeReleaseTemplate, saveReleaseTemplate } from '../actions';
import { templateChoices } from '../template-choices';

export async function generateMetadata({ params }: PageProps<'/workspace/templates/[id]'>): Promise<Metadata> {
  const template = await getTemplateForEdit((await params).id);
  return { title: (await getTranslations('ReleaseTemplates'))('editTitle', { name: template.name }) };
}

export default async function TemplatePage({ params }: PageProps<'/workspace/templates/[id]'>) {
  const template = await getTemplateForEdit((await params).id);
  const [choices, t] = await Promise.all([templateChoices(), getTranslations('ReleaseTemplates')]);
  return (
    <>
      <TextLink href="/workspace/templates" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading intro={t('editIntro')}>{t('editTitle', { name: template.name })}</PageHeading>
      <Panel padding="lg">
        <TemplateForm
          action={saveReleaseTemplate}
          submitLabel={t('save')}
          offices={choices.offices}
          topics={choices.topics}
          officers={choices.officers}
          values={{
            templateId: template.id,
            officeId: template.officeId ?? '',
            name: template.name,
            language: template.language,
            sections: template.sections.map((section) => ({
              heading: section.heading,
              text: section.paragraphs.join('\n\n'),
            })),
            topicIds: template.topicIds,
            officerIds: template.officerIds,
          }}
        />
      </Panel>
      <Panel className="mt-6" tone="danger" aria-labelledby="template-remove">
        <SectionHeading id="template-remove">{t('remove')}</SectionHeading>
        <Muted size="base" className="mb-4">
          {t('removeIntro')}
        </Muted>
        <ConfirmedAction
          action={removeReleaseTemplate}
          fields={{ templateId: template.id }}
          label={t('remove')}
          confirm={{
            title: t('removeTitle', { name: template.name }),
            consequence: t('removeIntro'),
            confirmLabel: t('removeConfirm'),
            cancelLabel: t('cancel'),
          }}
        />
      </Panel>
    </>
  );
}
