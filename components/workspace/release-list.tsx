import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReleaseListItemDTO } from '@/lib/dal/releases';
import { ReleaseItemHeading } from './release-item-heading';

type Props = {
  heading: string;
  empty: string;
  items: ReleaseListItemDTO[];
  /** Which date matters for this list. */
  dateOf: (item: ReleaseListItemDTO) => Date | null;
  dateLabel: string;
};

/** One dashboard section: the releases, each with its state, office, author and the date that matters. */
export async function ReleaseList({ heading, empty, items, dateOf, dateLabel }: Props) {
  const [t, format] = await Promise.all([getTranslations('Dashboard'), getFormatter()]);
  const headingId = `list-${heading.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-brand-100 bg-white">
      <h2
        id={headingId}
        className="flex items-baseline justify-between gap-3 border-b border-brand-100 px-4 py-3 text-lg font-semibold text-brand-800"
      >
        {heading}
        <span className="shrink-0 text-sm font-normal text-muted">{t('count', { count: items.length })}</span>
      </h2>
      {items.length === 0 ? (
        <p className="px-4 py-4 text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-brand-50">
          {items.map((item) => {
            const date = dateOf(item);
            return (
              <li key={item.id} className="px-4 py-3">
                <ReleaseItemHeading item={item} untitled={t('untitled')}>
                  {date && (
                    <>
                      {' · '}
                      {dateLabel}{' '}
                      <time dateTime={date.toISOString()}>
                        {format.dateTime(date, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                          timeZone: item.officeTimeZone,
                        })}
                      </time>
                    </>
                  )}
                </ReleaseItemHeading>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
