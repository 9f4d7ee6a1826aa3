import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';

export default async function WorkspaceNotFound() {
  const t = await getTranslations('Workspace');
  return (
    <Panel as="div" padding="lg">
      <PageHeading intro={t('notFoundHelp')} spacing="mb-4">
        {t('notFound')}
      </PageHeading>
      <TextLink href="/workspace">{t('nav.dashboard')}</TextLink>
    </Panel>
  );
}
