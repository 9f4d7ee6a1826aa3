import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from './class-names';

const VARIANT = {
  /** A link in running text or under a heading: always underlined. */
  inline: 'text-brand-700 underline',
  /** The title of a row in a list, underlined on hover. */
  title: 'font-medium text-brand-800 hover:underline',
} as const;

/** The classes of an inline link, for an `<a>` that cannot be a `next/link` (a download, a new id). */
export const LINK = VARIANT.inline;

type Props = ComponentPropsWithoutRef<typeof Link> & { variant?: keyof typeof VARIANT };

/** A link inside the workspace, in the brand's colour. */
export function TextLink({ variant = 'inline', className, ...props }: Props) {
  return <Link className={cx(VARIANT[variant], className)} {...props} />;
}
