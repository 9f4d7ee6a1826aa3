import { getTranslations } from 'next-intl/server';
import { StateBadge } from '@/components/workspace/state-badge';
import type { ReleaseState } from '@/lib/workflow/states';
import { SubjectHeading } from './subject-heading';

/** The heading of a page about one release (its history, previews, languages), with the way back to it. */
export async function ReleasePageHeading({
  release,
  heading,
}: {
  release: { id: string; title: string; state: ReleaseState };
  heading: string;
}) {
  const t = await getTranslations('Revisions');
  return (
    <SubjectHeading
      back={{ href: `/workspace/releases/${release.id}`, label: t('backToRelease') }}
      heading={heading}
      title={release.title || t('untitled')}
      badge={<StateBadge state={release.state} />}
    />
  );
}
