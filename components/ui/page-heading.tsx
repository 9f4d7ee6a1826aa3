import type { ReactNode } from 'react';
import { cx } from './class-names';

type Props = {
  children: ReactNode;
  /** A sentence under the heading saying what the screen is for. */
  intro?: ReactNode;
  /** The screen's main step beside the heading ("New release"). */
  action?: ReactNode;
  className?: string;
};

/** A workspace screen's `h1`, with its introduction and main step. */
export function PageHeading({ children, intro, action, className }: Props) {
  const heading = <h1 className="text-2xl font-bold text-brand-800">{children}</h1>;
  return (
    <div className={cx('mb-6', className)}>
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {intro && <p className="mt-2 text-muted">{intro}</p>}
    </div>
  );
}
