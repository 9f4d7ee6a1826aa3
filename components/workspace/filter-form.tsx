import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/class-names';
import { Field, INPUT } from '@/components/ui/field';
import { panelClass } from '@/components/ui/panel';
import { Notice } from '@/components/ui/notice';

export type FilterField =
  | {
      name: string;
      label: string;
      type: 'select';
      value?: string;
      options: { value: string; label: string }[];
      /** Whether "any" is a choice; when it is not, `value` must say what the page shows by default. */
      anyAllowed?: boolean;
    }
  | { name: string; label: string; type: 'text' | 'search' | 'date'; value?: string };

type Props = {
  /** The page the form reloads: filters travel in its query string, so a filtered view can be shared. */
  action: string;
  fields: FilterField[];
  /** Filters the page dropped, already translated, to say so above the form. */
  ignored: string[];
  active: boolean;
  /** Parameters the form carries unchanged (a GET form drops its action's query string). */
  keep?: Record<string, string>;
};

/** A plain GET form: works without JavaScript and keeps every filter in the URL. */
export async function FilterForm({ action, fields, ignored, active, keep = {} }: Props) {
  const t = await getTranslations('Filters');
  const kept = new URLSearchParams(keep).toString();
  return (
    <>
      {ignored.length > 0 && (
        <Notice tone="warning" role="status" className="mb-4">
          {t('ignored', { fields: ignored.join(', ') })}
        </Notice>
      )}
      <form action={action} method="get" className={cx(panelClass(), 'mb-6')}>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset>
          <legend className="sr-only">{t('legend')}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {fields.map((field) => (
              <Field
                key={field.name}
                id={`filter-${field.name}`}
                label={field.label}
                size="sm"
                className="min-w-0 justify-end"
              >
                {(control) =>
                  field.type === 'select' ? (
                    <select {...control} name={field.name} defaultValue={field.value ?? ''} className={INPUT}>
                      {field.anyAllowed !== false && <option value="">{t('any')}</option>}
                      {field.options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      {...control}
                      name={field.name}
                      type={field.type}
                      defaultValue={field.value ?? ''}
                      className={INPUT}
                    />
                  )
                }
              </Field>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit">{t('apply')}</Button>
          {active && <TextLink href={kept ? `${action}?${kept}` : action}>{t('clear')}</TextLink>}
        </div>
      </form>
    </>
  );
}
