import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TextLink } from '@/components/ui/text-link';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';
import { getCurrentAdmin } from '@/lib/dal/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Workspace'))('adminHome.heading') };
}

const SECTIONS = ['users', 'offices', 'menus', 'topics', 'import', 'audit', 'outbox'] as const;

/** The administration's home: where each of its screens is. Anyone but an admin gets the 404. */
export default async function AdminHomePage() {
  await getCurrentAdmin();
  const t = await getTranslations('Workspace');
  return (
    <>
      <PageHeading intro={t('adminHome.intro')}>{t('adminHome.heading')}</PageHeading>
      <Panel aria-label={t('adminHome.heading')}>
        <ul className="flex flex-col gap-2">
          {SECTIONS.map((section) => (
            <li key={section}>
              <TextLink href={`/workspace/admin/${section}`}>{t(`nav.${section}`)}</TextLink>
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}
