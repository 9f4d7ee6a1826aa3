'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button, type ButtonLook } from '@/components/ui/button';
import { IDLE, type FormState } from '@/lib/form-state';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** A longer name for screen readers when the visible label is short ("Move up" → "Move up: About"). */
  accessibleName?: string;
  disabled?: boolean;
  variant?: ButtonLook['variant'];
};

/** One button posting a few hidden fields to a server action, with its refusal shown beside it. */
export function ActionButton({ action, fields, label, accessibleName, disabled, variant = 'secondary' }: Props) {
  const t = useTranslations('Forms');
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size="xs" disabled={disabled || pending} aria-label={accessibleName}>
        {label}
      </Button>
      {state.status === 'refused' && (
        <span role="alert" className="text-sm text-red-800">
          {t(`refused.${state.reason}`)}
        </span>
      )}
    </form>
  );
}
