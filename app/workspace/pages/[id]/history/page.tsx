import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RestoreRevisionForm } from '@/components/workspace/restore-revision-form';
import { SubjectHeading } from '@/components/workspace/subject-heading';
import { StateBadge } from '@/components/workspace/state-badge';
import { ZonedTime } from '@/components/workspace/zoned-time';
import { listPageRevisions } from '@/lib/dal/pages';
import { restoreStaticPageRevision } from '../actions';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelTitle } from '@/components/ui/panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Revisions'))('historyTitle') };
}

export default async function PageHistoryPage({ params }: PageProps<'/workspace/pages/[id]/history'>) {
  const { page, revisions } = await listPageRevisions((await params).id);
  const [t, tEditor] = await Promise.all([getTranslations('Revisions'), getTranslations('PageEditor')]);
  return (
    <div className="mx-auto max-w-4xl">
      <SubjectHeading
        back={{ href: `/workspace/pages/${page.id}`, label: tEditor('backToPage') }}
        heading={t('historyTitle')}
        title={page.title || tEditor('untitled')}
        badge={<StateBadge state={page.state} />}
      />
      {revisions.length === 0 ? (
        <Panel as="p">{t('noRevisions')}</Panel>
      ) : (
        <ol className="flex flex-col gap-3">
          {revisions.map((revision) => (
            <Panel key={revision.number} as="li">
              <PanelTitle spacing="">{t('revision', { number: revision.number })}</PanelTitle>
              <Muted className="mt-1">
                {t('savedBy', { name: revision.authorName ?? t('system') })}
                {' · '}
                <ZonedTime date={revision.createdAt} />
              </Muted>
              <p className="mt-2 break-words">
                {revision.message ?? (
                  <Muted as="span" size="base">
                    {t('noMessage')}
                  </Muted>
                )}
              </p>
              <div className="mt-3">
                <RestoreRevisionForm
                  action={restoreStaticPageRevision}
                  subject={{ name: 'pageId', value: page.id }}
                  version={page.version}
                  revisionNumber={revision.number}
                />
              </div>
            </Panel>
          ))}
        </ol>
      )}
    </div>
  );
}
