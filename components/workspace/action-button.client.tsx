'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE, type FormState } from '@/lib/form-state';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** A longer name for screen readers when the visible label is short ("Move up" → "Move up: About"). */
  accessibleName?: string;
  disabled?: boolean;
  tone?: 'quiet' | 'danger' | 'primary';
};

const TONE = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  quiet: 'border border-brand-600 text-brand-800 hover:bg-brand-50',
  danger: 'border border-red-700 text-red-800 hover:bg-red-50',
};

/** One button posting a few hidden fields to a server action, with its refusal shown beside it. */
export function ActionButton({ action, fields, label, accessibleName, disabled, tone = 'quiet' }: Props) {
  const t = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={disabled || pending}
        aria-label={accessibleName}
        className={`rounded px-2 py-1 text-sm font-medium disabled:opacity-40 ${TONE[tone]}`}
      >
        {label}
      </button>
      {state.status === 'refused' && (
        <span role="alert" className="text-sm text-red-800">
          {t(`refused.${state.reason}`)}
        </span>
      )}
    </form>
  );
}
