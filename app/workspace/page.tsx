import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReleaseList } from '@/components/workspace/release-list';
import {
  listMyDrafts,
  listMySubmitted,
  listRecentlyPublished,
  listScheduled,
  listWaitingForReview,
} from '@/lib/dal/releases';
import { writesReleases } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/dal/session';

export default async function DashboardPage() {
  const user = await getCurrentUser();
  const [t, drafts, submitted, waiting, scheduled, published] = await Promise.all([
    getTranslations('Dashboard'),
    listMyDrafts(),
    listMySubmitted(),
    listWaitingForReview(),
    listScheduled(),
    listRecentlyPublished(),
  ]);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{t('heading', { name: user.name })}</h1>
        {writesReleases(user) && (
          <Link
            href="/workspace/releases/new"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t('newRelease')}
          </Link>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {user.role === 'editor' && (
          <ReleaseList
            heading={t('waiting')}
            empty={t('waitingEmpty')}
            items={waiting}
            dateOf={(item) => item.updatedAt}
            dateLabel={t('submitted')}
          />
        )}
        <ReleaseList
          heading={t('drafts')}
          empty={t('draftsEmpty')}
          items={drafts}
          dateOf={(item) => item.updatedAt}
          dateLabel={t('updated')}
        />
        <ReleaseList
          heading={t('sentForReview')}
          empty={t('sentForReviewEmpty')}
          items={submitted}
          dateOf={(item) => item.updatedAt}
          dateLabel={t('updated')}
        />
        <ReleaseList
          heading={t('scheduled')}
          empty={t('scheduledEmpty')}
          items={scheduled}
          dateOf={(item) => item.scheduledAt}
          dateLabel={t('scheduledFor')}
        />
        <ReleaseList
          heading={t('published')}
          empty={t('publishedEmpty')}
          items={published}
          dateOf={(item) => item.lastPublishedAt}
          dateLabel={t('publishedOn')}
        />
      </div>
    </>
  );
}
