import type { ComponentPropsWithoutRef } from 'react';
import { cx } from './class-names';

const TONE = {
  neutral: 'bg-slate-200',
  warning: 'bg-amber-100 text-amber-950',
  danger: 'bg-red-100 text-red-900',
} as const;

type Props = ComponentPropsWithoutRef<'span'> & {
  /** Left out when the caller colours the badge itself (a release's state). */
  tone?: keyof typeof TONE;
};

/** A short label on a tinted background: a state, "inactive", "locked". */
export function Badge({ tone, className, ...props }: Props) {
  return <span className={cx('rounded px-2 py-0.5 font-semibold', tone && TONE[tone], className)} {...props} />;
}
