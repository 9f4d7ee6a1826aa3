import { FieldError, FieldHint } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/locales';

export type ChoiceOption = { value: string; label: string };
/** An office to tick; a region's country offices come under it. */
export type OfficeOption = ChoiceOption & { countries: ChoiceOption[] };

export type SubscriptionChoicesText = {
  languages: string;
  languagesHint: string;
  languageChoices: [string, string, string];
  noLanguage: string;
  languageNames: Record<Locale, string>;
  offices: string;
  officesHint: string;
  topics: string;
  topicsHint: string;
};

export type SubscriptionChoicesValues = { languages: string[]; offices: string[]; topics: string[] };

const SELECT = 'w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';
const LEGEND = 'mb-1 font-semibold text-brand-800';

function Checkbox({ name, option, checked }: { name: string; option: ChoiceOption; checked: boolean }) {
  return (
    <label className="flex items-start gap-2 py-0.5">
      <input
        type="checkbox"
        name={name}
        value={option.value}
        defaultChecked={checked}
        className="mt-1 size-4 shrink-0 accent-brand-700"
      />
      <span>{option.label}</span>
    </label>
  );
}

/**
 * The languages (three selects: first, second, third choice, so that the order is chosen without
 * JavaScript), offices and topics of a subscription: the sign-up form and the preferences page.
 * Field errors come already translated.
 */
export function SubscriptionChoices({
  text,
  offices,
  topics,
  values,
  errors = {},
}: {
  text: SubscriptionChoicesText;
  offices: OfficeOption[];
  topics: ChoiceOption[];
  values: SubscriptionChoicesValues;
  errors?: Partial<Record<'languages' | 'offices' | 'topics', string>>;
}) {
  const languages = Object.entries(text.languageNames) as [Locale, string][];
  const checked = (name: 'offices' | 'topics', value: string) => values[name].includes(value);
  return (
    <>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={errors.languages ? 'languages-error' : 'languages-hint'}
      >
        <legend className={LEGEND}>{text.languages}</legend>
        <FieldHint id="languages-hint">{text.languagesHint}</FieldHint>
        <div className="grid gap-3 sm:grid-cols-3">
          {text.languageChoices.map((label, index) => (
            <div key={label} className="flex flex-col gap-1">
              <label htmlFor={`language-${index}`} className="text-sm font-medium">
                {label}
              </label>
              <select
                id={`language-${index}`}
                name="languages"
                defaultValue={values.languages[index] ?? ''}
                aria-invalid={errors.languages ? true : undefined}
                className={SELECT}
              >
                {index > 0 && <option value="">{text.noLanguage}</option>}
                {languages.map(([code, name]) => (
                  <option key={code} value={code} lang={code}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {errors.languages && <FieldError id="languages-error">{errors.languages}</FieldError>}
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={errors.offices ? 'offices-error' : 'offices-hint'}>
        <legend className={LEGEND}>{text.offices}</legend>
        <FieldHint id="offices-hint">{text.officesHint}</FieldHint>
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {offices.map((office) => (
            <li key={office.value}>
              <Checkbox name="offices" option={office} checked={checked('offices', office.value)} />
              {office.countries.length > 0 && (
                <ul className="ml-6 border-l border-brand-100 pl-3">
                  {office.countries.map((country) => (
                    <li key={country.value}>
                      <Checkbox name="offices" option={country} checked={checked('offices', country.value)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {errors.offices && <FieldError id="offices-error">{errors.offices}</FieldError>}
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={errors.topics ? 'topics-error' : 'topics-hint'}>
        <legend className={LEGEND}>{text.topics}</legend>
        <FieldHint id="topics-hint">{text.topicsHint}</FieldHint>
        <ul className="grid gap-x-6 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.value}>
              <Checkbox name="topics" option={topic} checked={checked('topics', topic.value)} />
            </li>
          ))}
        </ul>
        {errors.topics && <FieldError id="topics-error">{errors.topics}</FieldError>}
      </fieldset>
    </>
  );
}
