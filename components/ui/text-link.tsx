import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from './class-names';

export const LINK = 'text-brand-700 underline';

/** A link inside the workspace's text: underlined, in the brand's colour. */
export function TextLink({ className, ...props }: ComponentPropsWithoutRef<typeof Link>) {
  return <Link className={cx(LINK, className)} {...props} />;
}
