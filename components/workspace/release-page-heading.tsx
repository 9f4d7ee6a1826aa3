import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StateBadge } from '@/components/workspace/state-badge';
import type { ReleaseState } from '@/lib/workflow/states';

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
    <header className="mb-6">
      <p className="mb-2 text-sm">
        <Link href={`/workspace/releases/${release.id}`} className="text-brand-700 underline">
          {t('backToRelease')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold leading-tight text-brand-800">{heading}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
        <span className="break-words">{release.title || t('untitled')}</span>
        <StateBadge state={release.state} />
      </p>
    </header>
  );
}
