import { TextLink } from '@/components/ui/text-link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale, LocalizedText } from '@/lib/i18n/locales';
import type { ReleaseState } from '@/lib/workflow/states';
import { StateBadge } from './state-badge';
import { Muted } from '@/components/ui/muted';

type Item = {
  id: string;
  title: string;
  state: ReleaseState;
  officeNames: LocalizedText;
  authorName: string;
  language: Locale;
};

/** A release in a workspace list: its title linking to it, its state, and who wrote it where; `children` end the line. */
export async function ReleaseItemHeading({
  item,
  untitled,
  children,
}: {
  item: Item;
  untitled: string;
  children?: React.ReactNode;
}) {
  const [workspace, locale] = await Promise.all([getTranslations('Workspace'), getLocale() as Promise<Locale>]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <TextLink href={`/workspace/releases/${item.id}`} variant="title">
          {item.title || untitled}
        </TextLink>
        <StateBadge state={item.state} />
      </div>
      <Muted className="mt-1">
        {item.officeNames[locale]}
        {' · '}
        {item.authorName}
        {' · '}
        <abbr title={workspace(`languages.${item.language}`)} className="uppercase no-underline">
          {item.language}
        </abbr>
        {children}
      </Muted>
    </>
  );
}
