import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** For a section the heading names (`aria-labelledby`). */
  id?: string;
  /** A sentence under the heading saying what the screen is for. */
  intro?: ReactNode;
  /** The screen's main step beside the heading ("New release"). */
  action?: ReactNode;
  /** The space under the heading, `mb-6` unless a screen needs its content closer. */
  spacing?: 'mb-0' | 'mb-4' | 'mb-6';
};

/** A workspace screen's `h1`, with its introduction and main step. */
export function PageHeading({ children, id, intro, action, spacing = 'mb-6' }: Props) {
  const heading = (
    <h1 id={id} className="text-2xl font-bold text-brand-800">
      {children}
    </h1>
  );
  return (
    <div className={spacing}>
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
