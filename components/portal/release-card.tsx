import { getFormatter, getTranslations } from 'next-intl/server';
import type { PublicationSummaryDTO } from '@/lib/dal/publications';
import { portalPaths } from '@/lib/portal/urls';
import { Muted } from '@/components/ui/muted';

/**
 * One release in a list: its lead image if it has one, date, office, linked title (`title` shows it
 * marked up, as search does), summary.
 */
export async function ReleaseCard({
  release,
  headingLevel = 3,
  title,
  children,
}: {
  release: PublicationSummaryDTO;
  headingLevel?: 2 | 3;
  title?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const [format, archive] = await Promise.all([getFormatter(), getTranslations('LegacyArchive')]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // An archive release carries the date its legacy page gave, never the day it was imported.
  const date = release.isArchive ? release.archiveDate && `${release.archiveDate}T00:00:00Z` : release.publishedAt;
  const { hero } = release;
  return (
    <article className="flex h-full flex-col rounded-lg border border-brand-100 p-5" lang={release.language}>
      {hero && (
        // Stored versions are already sized (480, 960, 1600 px): the browser picks one for the card's width.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={hero.src}
          srcSet={hero.srcSet}
          sizes="(min-width: 1024px) 24rem, (min-width: 768px) 45vw, 100vw"
          width={hero.width}
          height={hero.height}
          alt={hero.alt}
          loading="lazy"
          decoding="async"
          className="mb-4 aspect-[16/10] h-auto w-full rounded object-cover"
        />
      )}
      <Muted className="mb-2">
        {date ? (
          <time dateTime={date.slice(0, 10)}>
            {format.dateTime(new Date(date), { dateStyle: 'long', timeZone: 'UTC' })}
          </time>
        ) : (
          archive('undated')
        )}
        {' · '}
        {release.officeName}
        {release.isArchive && (
          <>
            {' · '}
            {archive('label')}
          </>
        )}
      </Muted>
      <Heading className="mb-2 text-lg font-semibold leading-snug">
        <a
          href={portalPaths.release(release.language, release.slug)}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {title ?? release.title}
        </a>
      </Heading>
      {children ?? <Muted size="base">{release.summary}</Muted>}
    </article>
  );
}

export function ReleaseGrid({ releases, headingLevel }: { releases: PublicationSummaryDTO[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
      {releases.map((release) => (
        <li key={release.id}>
          <ReleaseCard release={release} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
