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
import { ButtonLink } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';

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
      <PageHeading
        action={writesReleases(user) && <ButtonLink href="/workspace/releases/new">{t('newRelease')}</ButtonLink>}
      >
        {t('heading', { name: user.name })}
      </PageHeading>
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
