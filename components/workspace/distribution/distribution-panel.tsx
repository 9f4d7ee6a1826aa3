import { getLocale, getTranslations } from 'next-intl/server';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import type { ReleaseDistributionDTO } from '@/lib/dal/release-lists';
import type { Locale } from '@/lib/i18n/locales';
import { DistributionListsForm } from './distribution-lists-form.client';

/** The release page's Distribution card: the lists chosen, whom it would reach now, the report, the advance send. */
export async function DistributionPanel({ distribution }: { distribution: ReleaseDistributionDTO }) {
  const [t, locale] = await Promise.all([getTranslations('Distribution'), getLocale() as Promise<Locale>]);
  const { reach } = distribution;
  return (
    <Panel aria-labelledby="distribution">
      <PanelTitle id="distribution">{t('heading')}</PanelTitle>
      <Muted className="mb-3">{t('intro')}</Muted>
      {distribution.groups.length === 0 ? (
        <Muted className="mb-3">{t('noLists')}</Muted>
      ) : (
        <DistributionListsForm
          releaseId={distribution.releaseId}
          groups={distribution.groups.map((group) => ({
            officeId: group.officeId,
            officeName: group.officeNames[locale],
            lists: group.lists,
          }))}
        />
      )}
      <div className="mt-4 border-t border-brand-100 pt-3 text-sm">
        <p className="font-medium">{t('reach', { total: reach.total })}</p>
        <Muted className="mt-1">{t('reachDetail', { subscribers: reach.subscribers, contacts: reach.contacts })}</Muted>
      </div>
      <ul className="mt-3 flex flex-col gap-1 text-sm">
        <li>
          <TextLink href={`/workspace/releases/${distribution.releaseId}/distribution`}>{t('report')}</TextLink>
        </li>
        <li>
          <TextLink href={`/workspace/releases/${distribution.releaseId}/embargo`}>{t('sendAhead')}</TextLink>
        </li>
        <li>
          <TextLink href="/workspace/contacts/lists">{t('manageLists')}</TextLink>
        </li>
      </ul>
    </Panel>
  );
}
