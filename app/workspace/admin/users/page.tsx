import type { Metadata } from 'next';
import { TextLink } from '@/components/ui/text-link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listUsersForAdmin } from '@/lib/dal/users';
import type { Locale } from '@/lib/i18n/locales';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Muted } from '@/components/ui/muted';
import { PageHeading } from '@/components/ui/page-heading';
import { PanelList, PanelRow } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminUsers'))('heading') };
}

export default async function UsersPage() {
  const people = await listUsersForAdmin();
  const [t, roles, format, locale] = await Promise.all([
    getTranslations('AdminUsers'),
    getTranslations('Workspace.roles'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const now = new Date();

  return (
    <>
      <PageHeading action={<ButtonLink href="/workspace/admin/users/new">{t('create')}</ButtonLink>}>
        {t('heading')}
      </PageHeading>
      <PanelList>
        {people.map((person) => (
          <PanelRow key={person.id} className="flex flex-wrap items-baseline justify-between gap-2">
            <div>
              <TextLink href={`/workspace/admin/users/${person.id}`} variant="title">
                {person.name}
              </TextLink>
              <Muted>
                {person.email}
                {' · '}
                {roles(person.role)}
                {' · '}
                {person.officeNames[locale]}
              </Muted>
            </div>
            <p className="text-sm">
              {!person.active && (
                <Badge tone="neutral" className="mr-2">
                  {t('inactive')}
                </Badge>
              )}
              {person.lockedUntil && person.lockedUntil > now && (
                <Badge tone="danger" className="mr-2">
                  {t('locked')}
                </Badge>
              )}
              <Muted as="span" size="base">
                {person.lastLoginAt
                  ? t('lastSignIn', { when: format.relativeTime(person.lastLoginAt, now) })
                  : t('neverSignedIn')}
              </Muted>
            </p>
          </PanelRow>
        ))}
      </PanelList>
    </>
  );
}
