import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { signOutNow } from './actions';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';

// Signing out is a POST from this page or the workspace menu: a link alone must not sign anyone out.
export default async function LogoutPage() {
  const t = await getTranslations('SignOut');
  return (
    <Panel as="div" padding="xl" className="shadow-sm">
      <PageHeading intro={t('question')}>{t('heading')}</PageHeading>
      <div className="flex flex-wrap items-center gap-4">
        <form action={signOutNow}>
          <Button type="submit">{t('submit')}</Button>
        </form>
        <TextLink href="/workspace">{t('back')}</TextLink>
      </div>
    </Panel>
  );
}
