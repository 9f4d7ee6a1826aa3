import type { ComponentPropsWithoutRef } from 'react';
import { cx } from './class-names';

type Props = ComponentPropsWithoutRef<'p'> & { as?: 'p' | 'span' | 'div'; size?: 'sm' | 'base' | 'xs' };

/** Secondary text: counts, dates, "nothing here yet", explanations under a heading. */
export function Muted({ as: Element = 'p', size = 'sm', className, ...props }: Props) {
  return (
    <Element
      className={cx(size === 'sm' ? 'text-sm' : size === 'xs' && 'text-xs', 'text-muted', className)}
      {...props}
    />
  );
}
