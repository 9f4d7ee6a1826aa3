import { getTranslations } from 'next-intl/server';
import type { ReleaseState } from '@/lib/workflow/states';
import { Badge } from '@/components/ui/badge';

const TONE: Record<ReleaseState, string> = {
  draft: 'bg-slate-100 text-slate-800',
  in_review: 'bg-amber-100 text-amber-900',
  changes_requested: 'bg-orange-100 text-orange-900',
  approved: 'bg-sky-100 text-sky-900',
  scheduled: 'bg-indigo-100 text-indigo-900',
  published: 'bg-green-100 text-green-900',
  unpublished: 'bg-red-100 text-red-900',
  archived: 'bg-slate-200 text-slate-700',
};

export async function StateBadge({ state }: { state: ReleaseState }) {
  const t = await getTranslations('ReleaseState');
  return <Badge className={`shrink-0 text-xs ${TONE[state]}`}>{t(state)}</Badge>;
}
