'use client';
import { useTranslations } from 'next-intl';
import { CHECKLIST_LIMITS, type ChecklistItem } from '@/lib/validation/checklist';

/** The pre-submit checklist, rule by rule, as the server will check it on submit. */
export function DraftChecklist({ items, headingId }: { items: ChecklistItem[]; headingId: string }) {
  const t = useTranslations('ReleaseEditor.checklist');
  const passed = items.filter((item) => item.passed).length;
  return (
    <section aria-labelledby={headingId} id="checklist" className="rounded-lg border border-brand-100 bg-white p-4">
      <h2 id={headingId} className="mb-1 font-semibold text-brand-800">
        {t('heading')}
      </h2>
      <p className="mb-3 text-sm text-muted">{t('summary', { passed, total: items.length })}</p>
      <ul className="flex flex-col gap-2 text-sm">
        {items.map((item) => (
          <li key={item.rule} data-rule={item.rule} data-passed={item.passed} className="flex gap-2">
            <span aria-hidden="true" className={`font-bold ${item.passed ? 'text-green-700' : 'text-red-700'}`}>
              {item.passed ? '✓' : '✗'}
            </span>
            <span>
              <span className="sr-only">{t(item.passed ? 'passed' : 'failed')} </span>
              {t(`rules.${item.rule}`, { count: item.count ?? 0, ...CHECKLIST_LIMITS })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
