import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export type FilterField =
  | { name: string; label: string; type: 'select'; value?: string; options: { value: string; label: string }[] }
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
              <label key={field.name} className="flex flex-col gap-1 text-sm font-medium">
                {field.label}
                {field.type === 'select' ? (
                  <select name={field.name} defaultValue={field.value ?? ''} className="rounded border border-slate-400 bg-white px-2 py-2 font-normal">
                    <option value="">{t('any')}</option>
                    {field.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input name={field.name} type={field.type} defaultValue={field.value ?? ''} className="rounded border border-slate-400 px-2 py-2 font-normal" />
                )}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t('apply')}</button>
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
