'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { chooseDistributionLists } from '@/app/workspace/releases/[id]/distribution/actions';
import { Button } from '@/components/ui/button';
import { Legend } from '@/components/ui/field';
import { IDLE } from '@/lib/form-state';

export type ListGroup = {
  officeId: string;
  officeName: string;
  lists: { id: string; name: string; kind: 'static' | 'filter'; chosen: boolean }[];
};

/** The check boxes of the lists a release goes to, by office; posts the whole choice at once. */
export function DistributionListsForm({ releaseId, groups }: { releaseId: string; groups: ListGroup[] }) {
  const t = useTranslations('Distribution');
  const [state, formAction, pending] = useActionState(chooseDistributionLists, IDLE);
  const grouped = groups.length > 1;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="releaseId" value={releaseId} />
      <fieldset className="flex flex-col gap-3">
        <Legend className="text-sm">{t('listsLegend')}</Legend>
        {groups.map((group) => {
          const boxes = group.lists.map((list) => (
            <li key={list.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="listIds"
                  value={list.id}
                  defaultChecked={list.chosen}
                  className="mt-1 size-4 shrink-0 accent-brand-700"
                />
                <span className="min-w-0 break-words">
                  {list.name} <span className="text-muted">({t(`kinds.${list.kind}`)})</span>
                </span>
              </label>
            </li>
          ));
          return grouped ? (
            <fieldset key={group.officeId} className="flex flex-col gap-1">
              <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">
                {group.officeName}
              </legend>
              <ul className="flex flex-col gap-1">{boxes}</ul>
            </fieldset>
          ) : (
            <ul key={group.officeId} className="flex flex-col gap-1">
              {boxes}
            </ul>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" className="text-sm" disabled={pending}>
          {t('save')}
        </Button>
        <p role="status" aria-live="polite" className="text-sm empty:hidden">
          {!pending && state.status === 'done' && t('saved')}
          {!pending && state.status === 'invalid' && <span className="text-red-800">{t('invalid')}</span>}
        </p>
      </div>
    </form>
  );
}
