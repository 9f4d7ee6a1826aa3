import type { ComponentPropsWithoutRef } from 'react';
import { cx } from './class-names';

const TONE = {
  info: 'border-brand-100 bg-brand-50',
  success: 'border-green-300 bg-green-50 text-green-900',
  warning: 'border-amber-300 bg-amber-50',
  error: 'border-red-300 bg-red-50 text-red-900',
} as const;

type NoticeProps = ComponentPropsWithoutRef<'div'> & {
  tone?: keyof typeof TONE;
  as?: 'p' | 'div';
};

/**
 * A message in a tinted box. An error is an `alert` and a success a `status`, so that screen
 * readers announce them when they appear; a standing note (info, warning) is neither unless `role`
 * says so, and a past error shown for the record is a `note`.
 */
export function Notice({
  tone = 'info',
  as: Element = 'p',
  role = tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined,
  className,
  ...props
}: NoticeProps) {
  return <Element role={role} className={cx('rounded border p-3', TONE[tone], className)} {...props} />;
}
