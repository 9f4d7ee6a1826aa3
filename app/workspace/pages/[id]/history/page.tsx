import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RestoreRevisionForm } from '@/components/workspace/restore-revision-form';
import { StateBadge } from '@/components/workspace/state-badge';
import { listPageRevisions } from '@/lib/dal/pages';
import { restoreStaticPageRevision } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Revisions'))('historyTitle') };
}

export default async function PageHistoryPage({ params }: PageProps<'/workspace/pages/[id]/history'>) {
  const { page, revisions } = await listPageRevisions((await params).id);
  const [t, tEditor, format] = await Promise.all([
    getTranslations('Revisions'),
    getTranslations('PageEditor'),
    getFormatter(),
  ]);
  return (
    <div className="mx-auto max-w-4xl">
      <header className="mb-6">
        <p className="mb-2 text-sm">
          <Link href={`/workspace/pages/${page.id}`} className="text-brand-700 underline">
            {tEditor('backToPage')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold leading-tight text-brand-800">{t('historyTitle')}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
          <span className="break-words">{page.title || tEditor('untitled')}</span>
          <StateBadge state={page.state} />
        </p>
      </header>
      {revisions.length === 0 ? (
        <p className="rounded-lg border border-brand-100 bg-white p-4">{t('noRevisions')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {revisions.map((revision) => (
            <li key={revision.number} className="rounded-lg border border-brand-100 bg-white p-4">
              <h2 className="font-semibold text-brand-800">{t('revision', { number: revision.number })}</h2>
              <p className="mt-1 text-sm text-muted">
                {t('savedBy', { name: revision.authorName ?? t('system') })}
                {' · '}
                <time dateTime={revision.createdAt.toISOString()}>
                  {format.dateTime(revision.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </p>
              <p className="mt-2 break-words">
                {revision.message ?? <span className="text-muted">{t('noMessage')}</span>}
              </p>
              <div className="mt-3">
                <RestoreRevisionForm
                  action={restoreStaticPageRevision}
                  subject={{ name: 'pageId', value: page.id }}
                  version={page.version}
                  revisionNumber={revision.number}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
