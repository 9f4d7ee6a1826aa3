import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import { TemplateForm } from '@/components/workspace/template-form.client';
import { getDirectoryKeeper } from '@/lib/dal/press-officers';
import { addReleaseTemplate } from '../actions';
import { templateChoices } from '../template-choices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ReleaseTemplates'))('add') };
}

export default async function NewTemplatePage() {
  const user = await getDirectoryKeeper();
  const [choices, t] = await Promise.all([templateChoices(), getTranslations('ReleaseTemplates')]);
  const own = choices.offices.some((office) => office.value === user.officeId);
  return (
    <>
      <TextLink href="/workspace/templates" className="text-sm">
        {t('backToList')}
      </TextLink>
      <PageHeading>{t('add')}</PageHeading>
      <Panel padding="lg">
        <TemplateForm
          action={addReleaseTemplate}
          submitLabel={t('create')}
          offices={choices.offices}
          topics={choices.topics}
          officers={choices.officers}
          values={{
            officeId: own ? user.officeId : (choices.offices[0]?.value ?? ''),
            name: '',
            language: user.uiLanguage,
            sections: [],
            topicIds: [],
            officerIds: [],
          }}
        />
      </Panel>
    </>
  );
}
