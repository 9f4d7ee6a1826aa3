'use client';
import { useTranslations } from 'next-intl';
import { FieldError, Legend } from '@/components/ui/field';
import { DRAFT_LIMITS } from '@/lib/validation/release-draft';

/** The release's topics, ticked from the newsroom's list. */
export function TopicsFieldSet({
  id,
  topics,
  selected,
  onChange,
  error,
}: {
  id: string;
  topics: { id: string; label: string }[];
  selected: string[];
  onChange: (change: (selected: string[]) => string[]) => void;
  error: string | undefined;
}) {
  const t = useTranslations('ReleaseEditor');
  const full = selected.length >= DRAFT_LIMITS.topics;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-topics-error` : undefined}>
      <Legend>{t('fields.topics')}</Legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {topics.map((topic) => {
          const checked = selected.includes(topic.id);
          return (
            <label key={topic.id} className="flex items-center gap-2 py-1">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && full}
                onChange={(event) =>
                  onChange((current) =>
                    event.target.checked ? [...current, topic.id] : current.filter((other) => other !== topic.id),
                  )
                }
                className="size-5"
              />
              {topic.label}
            </label>
          );
        })}
      </div>
      {error && <FieldError id={`${id}-topics-error`}>{error}</FieldError>}
    </fieldset>
  );
}
