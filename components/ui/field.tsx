import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from './class-names';
import { Muted } from './muted';

/** Every text box, text area and select of the workspace; a refused one gets a red border. */
export const INPUT = 'w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';

/** A file chooser: a text box whose "choose" button wears the brand. */
export const FILE_INPUT = cx(
  INPUT,
  'file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-medium file:text-brand-800',
);

/** What a control needs to be tied to its label, its hint and its error. */
export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type Props = {
  id: string;
  label: ReactNode;
  /** A sentence under the control saying what it takes. */
  hint?: ReactNode;
  /** Why the value was refused, already translated; the control is then marked invalid. */
  error?: ReactNode;
  /** `sm` for the compact fields of a group (a contact, a filter): a smaller label, the same control. */
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
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {hint && <FieldHint id={hintId!}>{hint}</FieldHint>}
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </div>
  );
}

/** What a field takes, under its control. */
export function FieldHint(props: ComponentPropsWithoutRef<'p'>) {
  return <Muted {...props} />;
}

/** Why a value was refused, under its control (`role="alert"` where it appears without a submit). */
export function FieldError({ className, ...props }: ComponentPropsWithoutRef<'p'>) {
  return <p className={cx('text-sm text-red-800', className)} {...props} />;
}

/** The name of a group of fields (a dateline, the topics, the contacts). */
export function Legend({ className, ...props }: ComponentPropsWithoutRef<'legend'>) {
  return <legend className={cx('mb-1 font-medium', className)} {...props} />;
}
