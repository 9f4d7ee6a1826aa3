'use client';
import { useTranslations } from 'next-intl';
import { CHECKLIST_LIMITS, type ChecklistItem } from '@/lib/validation/checklist';
import { Panel, PanelTitle } from '@/components/ui/panel';
import { Muted } from '@/components/ui/muted';

/** The pre-submit checklist, rule by rule, as the server will check it on submit. */
export function DraftChecklist({ items, headingId }: { items: ChecklistItem[]; headingId: string }) {
  const t = useTranslations('ReleaseEditor.checklist');
  const languages = useTranslations('Translation.languages');
  const passed = items.filter((item) => item.passed).length;
  return (
    <Panel aria-labelledby={headingId} id="checklist">
      <PanelTitle id={headingId} spacing="mb-1">
        {t('heading')}
      </PanelTitle>
      <Muted className="mb-3">{t('summary', { passed, total: items.length })}</Muted>
      <ul className="flex flex-col gap-2 text-sm">
        {items.map((item) => (
          <li key={item.rule} data-rule={item.rule} data-passed={item.passed} className="flex gap-2">
            <span aria-hidden="true" className={`font-bold ${item.passed ? 'text-green-700' : 'text-red-700'}`}>
              {item.passed ? '✓' : '✗'}
            </span>
            <span>
              <span className="sr-only">{t(item.passed ? 'passed' : 'failed')} </span>
              {item.found
                ? t('rules.language_found', {
                    field: t(`fields.${item.found.field}`),
                    language: languages(item.found.language),
                  })
                : t(`rules.${item.rule}`, { count: item.count ?? 0, ...CHECKLIST_LIMITS })}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
