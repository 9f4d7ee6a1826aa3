import { useTranslations } from 'next-intl';

/** The `Forms.errors` sentence for each refusal code of a field, joined; unknown codes read as "invalid". */
export function useFormErrorText() {
  const t = useTranslations('Forms');
  return (codes: string[] | undefined) =>
    codes?.map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.invalid'))).join(' ');
}
