import { getTranslations } from 'next-intl/server';
import { changeAddress } from '@/app/workspace/releases/[id]/actions';
import { Muted } from '@/components/ui/muted';
import { Panel, PanelTitle } from '@/components/ui/panel';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_SLUG_LENGTH } from '@/lib/importer/slug';
import { portalPaths } from '@/lib/portal/urls';
import { ActionForm } from './action-form.client';

type Props = {
  release: { id: string; language: Locale; slug: string; firstPublishedAt: Date | null };
  /** Editors may give a release that has been public a new address. */
  canChange: boolean;
};

/** The release's public address: it follows the title until the first publish, then an editor may change it. */
export async function ReleaseAddress({ release, canChange }: Props) {
  const t = await getTranslations('ReleaseAddress');
  const path = portalPaths.release(release.language, release.slug);
  const published = release.firstPublishedAt !== null;
  return (
    <Panel aria-labelledby="release-address">
      <PanelTitle id="release-address">{t('heading')}</PanelTitle>
      <p className="mb-2 break-all font-mono text-sm" data-testid="release-address">
        {path}
      </p>
      {!published && <Muted>{t('followsTitle')}</Muted>}
      {published && !canChange && <Muted>{t('editorsOnly')}</Muted>}
      {published && canChange && (
        <ActionForm
          action={changeAddress}
          variant="secondary"
          submitLabel={t('change')}
          doneMessage={t('changed')}
          fields={[
            { name: 'releaseId', type: 'hidden', label: '', defaultValue: release.id },
            {
              name: 'slug',
              type: 'text',
              label: t('slugLabel', { prefix: portalPaths.release(release.language, '') }),
              defaultValue: release.slug,
              hint: t('slugHint', { max: MAX_SLUG_LENGTH }),
            },
          ]}
          confirm={{
            title: t('confirm.title'),
            consequence: t('confirm.consequence', { old: path }),
            confirmLabel: t('confirm.confirm'),
            cancelLabel: t('confirm.cancel'),
          }}
        />
      )}
    </Panel>
  );
}
