'use client';
import { useActionState } from 'react';
import { IDLE, type FormState } from '@/lib/form-state';
import { ConfirmButton } from './confirm-button.client';

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  confirm: { title: string; consequence: string; confirmLabel: string; cancelLabel: string };
};

/** A step that cannot be taken back (erasing a contact, deleting a list), asked first in a dialog. */
export function ConfirmedAction({ action, fields, label, confirm }: Props) {
  const [, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmButton disabled={pending} {...confirm}>
        {label}
      </ConfirmButton>
    </form>
  );
}
