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
      <Field id={`${id}-city`} label={t('fields.datelineCity')} size="sm">
        {(control) => (
          <input
            {...control}
            value={value.datelineCity}
            maxLength={DRAFT_LIMITS.datelineCity}
            onChange={(event) => onChange({ datelineCity: event.target.value })}
            className={INPUT}
          />
        )}
      </Field>
      <Field id={`${id}-country`} label={t('fields.datelineCountry')} size="sm">
        {(control) => (
          <input
            {...control}
            value={value.datelineCountry}
            maxLength={DRAFT_LIMITS.datelineCountry}
            onChange={(event) => onChange({ datelineCountry: event.target.value })}
            className={INPUT}
          />
        )}
      </Field>
    </fieldset>
  );
}
