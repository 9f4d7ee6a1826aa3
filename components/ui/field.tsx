import type { ReactNode } from 'react';
import { cx } from './class-names';

/** Every text box, text area and select of the workspace; a refused one gets a red border. */
export const INPUT = 'w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';

/** What a control needs to be tied to its label, its hint and its error. */
export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type Props = {
  id: string;
  label: ReactNode;
  /** A sentence under the control saying what it takes. */
  hint?: ReactNode;
  /** Why the value was refused, already translated; the control is then marked invalid. */
  error?: ReactNode;
  /** `sm` for the compact fields of a group (a contact, a filter). */
  size?: 'md' | 'sm';
  className?: string;
  /** The control, given the id and `aria-*` attributes that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
};

/**
 * A label, its control, a hint and an error. The control is named by the label and described by
 * the hint and the error (`aria-describedby`), and marked `aria-invalid` while there is an error.
 */
export function Field({ id, label, hint, error, size = 'md', className, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('flex flex-col gap-1', size === 'sm' && 'text-sm', className)}>
      <label htmlFor={id} className={size === 'md' ? 'font-medium' : undefined}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {hint && <FieldHint id={hintId!}>{hint}</FieldHint>}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </div>
  );
}

export function FieldHint({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-red-800">
      {children}
    </p>
  );
}
