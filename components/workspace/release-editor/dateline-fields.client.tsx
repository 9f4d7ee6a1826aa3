'use client';
import { useTranslations } from 'next-intl';
import { Field, INPUT, Legend } from '@/components/ui/field';
import { DRAFT_LIMITS } from '@/lib/validation/release-draft';

type Dateline = { datelineCity: string; datelineCountry: string };

/** Where the release is datelined: the city and country its first line names. */
export function DatelineFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Dateline;
  onChange: (change: Partial<Dateline>) => void;
}) {
  const t = useTranslations('ReleaseEditor');
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <Legend>{t('fields.dateline')}</Legend>
      {(['datelineCity', 'datelineCountry'] as const).map((field) => (
        <Field key={field} id={`${id}-${field}`} label={t(`fields.${field}`)} size="sm">
          {(control) => (
            <input
              {...control}
              value={value[field]}
              maxLength={DRAFT_LIMITS[field]}
              onChange={(event) => onChange({ [field]: event.target.value })}
              className={INPUT}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}
