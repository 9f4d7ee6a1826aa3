import { getTranslations } from 'next-intl/server';
import type { ReleaseListItemDTO } from '@/lib/dal/releases';
import { ReleaseItemHeading } from './release-item-heading';
import { ZonedTime } from './zoned-time';
import { Panel, PanelBar, PanelRow, PanelRows } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

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
  const t = await getTranslations('Dashboard');
  const headingId = `list-${heading.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Panel aria-labelledby={headingId} padding="none">
      <PanelBar id={headingId} className="flex items-baseline justify-between gap-3">
        {heading}
        <Muted as="span" className="shrink-0 font-normal">
          {t('count', { count: items.length })}
        </Muted>
      </PanelBar>
      {items.length === 0 ? (
        <Muted size="base" className="px-4 py-4">
          {empty}
        </Muted>
      ) : (
        <PanelRows as="ul">
          {items.map((item) => {
            const date = dateOf(item);
            return (
              <PanelRow key={item.id}>
                <ReleaseItemHeading item={item} untitled={t('untitled')}>
                  {date && (
                    <>
                      {' · '}
                      {dateLabel} <ZonedTime date={date} timeZone={item.officeTimeZone} />
                    </>
                  )}
                </ReleaseItemHeading>
              </PanelRow>
            );
          })}
        </PanelRows>
      )}
    </Panel>
  );
}
