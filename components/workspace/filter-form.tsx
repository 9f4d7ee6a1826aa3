import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

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
  | { name: string; label: string; type: 'text' | 'date'; value?: string };

type Props = {
  /** The page the form reloads: filters travel in its query string, so a filtered view can be shared. */
  action: string;
  fields: FilterField[];
  /** Filters the page dropped, already translated, to say so above the form. */
  ignored: string[];
  active: boolean;
};

/** A plain GET form: works without JavaScript and keeps every filter in the URL. */
export async function FilterForm({ action, fields, ignored, active }: Props) {
  const t = await getTranslations('Filters');
  return (
    <>
      {ignored.length > 0 && (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2">
          {t('ignored', { fields: ignored.join(', ') })}
        </p>
      )}
      <form action={action} method="get" className="mb-6 rounded-lg border border-brand-100 bg-white p-4">
        <fieldset>
          <legend className="sr-only">{t('legend')}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {fields.map((field) => (
              <div key={field.name} className="flex min-w-0 flex-col justify-end gap-1 text-sm">
                <label htmlFor={`filter-${field.name}`} className="font-medium">
                  {field.label}
                </label>
                {field.type === 'select' ? (
                  <select
                    id={`filter-${field.name}`}
                    name={field.name}
                    defaultValue={field.value ?? ''}
                    className="w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-2"
                  >
                    {field.anyAllowed !== false && <option value="">{t('any')}</option>}
                    {field.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={`filter-${field.name}`}
                    name={field.name}
                    type={field.type}
                    defaultValue={field.value ?? ''}
                    className="w-full min-w-0 rounded border border-slate-400 px-2 py-2"
                  />
                )}
              </div>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t('apply')}
          </button>
          {active && (
            <Link href={action} className="text-brand-700 underline">
              {t('clear')}
            </Link>
          )}
        </div>
      </form>
    </>
  );
}
