import Link from 'next/link';
import type { ComponentProps, ComponentPropsWithoutRef } from 'react';
import { cx } from './class-names';

const VARIANT = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-brand-600 text-brand-800 hover:bg-brand-50',
  danger: 'border border-red-700 text-red-800 hover:bg-red-50',
} as const;

const SIZE = {
  md: 'px-4 py-2 font-medium',
  sm: 'px-3 py-1.5 text-sm font-medium',
  xs: 'px-2 py-1 text-sm font-medium',
} as const;

export type ButtonLook = { variant?: keyof typeof VARIANT; size?: keyof typeof SIZE };

/** The classes of a button, for the rare control that must look like one without being a `Button`. */
export const buttonClass = ({ variant = 'primary', size = 'md' }: ButtonLook = {}, className?: string) =>
  cx('rounded disabled:opacity-60', VARIANT[variant], SIZE[size], className);

type ButtonProps = ComponentProps<'button'> & ButtonLook;

/** A button: `primary` for the one step a screen is for, `secondary` beside it, `danger` for what removes. */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...props} />;
}

type ButtonLinkProps = ComponentPropsWithoutRef<typeof Link> & ButtonLook;

/** A link that leads to a screen where something is done ("New release"), shown as a button. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClass({ variant, size }, cx('inline-block', className))} {...props} />;
}
