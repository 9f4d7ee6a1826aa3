import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from './class-names';

const PADDING = { none: '', md: 'p-4', lg: 'p-5 sm:p-6', xl: 'p-6 sm:p-8' } as const;
const TONE = {
  plain: 'border border-brand-100',
  /** What cannot be undone (deleting a file), or an error screen. */
  danger: 'border border-red-200',
  /** Two texts wait for the writer's choice (a conflict, text found in the browser). */
  attention: 'border-2 border-amber-500',
} as const;

type PanelProps = ComponentPropsWithoutRef<'section'> & {
  as?: 'section' | 'div' | 'article' | 'aside' | 'li' | 'dl' | 'figure' | 'p';
  /**
   * `md` for the sidebars' cards, `lg` for a page's main form or text, `xl` for a card alone on its
   * screen (signing in, a release's text), `none` when the rows bring their own.
   */
  padding?: keyof typeof PADDING;
  tone?: keyof typeof TONE;
};

/** A card's classes, for an element that is not one of these components (a form). */
export const panelClass = ({ padding = 'md', tone = 'plain' }: Pick<PanelProps, 'padding' | 'tone'> = {}) =>
  cx('rounded-lg bg-white', TONE[tone], PADDING[padding]);

/** The white card every workspace screen is built of. */
export function Panel({ as: Element = 'section', padding, tone, className, ...props }: PanelProps) {
  return <Element className={cx(panelClass({ padding, tone }), className)} {...props} />;
}

type ListProps = ComponentPropsWithoutRef<'ul'> & { as?: 'ul' | 'ol' };

/** A card of rows separated by thin lines: people, releases, pages, files. */
export function PanelList({ as: Element = 'ul', className, ...props }: ListProps) {
  return <Element className={cx('divide-y divide-brand-50', panelClass({ padding: 'none' }), className)} {...props} />;
}

/** The rows inside a card that holds a heading above them (`PanelBar` then `PanelRows`). */
export function PanelRows({ as: Element = 'ul', className, ...props }: ListProps) {
  return <Element className={cx('divide-y divide-brand-50', className)} {...props} />;
}

/** One row of a `PanelList` or `PanelRows`. */
export function PanelRow({ className, ...props }: ComponentPropsWithoutRef<'li'>) {
  return <li className={cx('px-4 py-3', className)} {...props} />;
}

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { as?: 'h2' | 'h3'; children: ReactNode };

/** A card's heading, above its content (`spacing` replaces the space under it). */
export function PanelTitle({
  as: Element = 'h2',
  spacing = 'mb-3',
  className,
  ...props
}: HeadingProps & { spacing?: 'mb-3' | 'mb-2' | 'mb-1' | '' }) {
  return <Element className={cx(spacing, 'font-semibold text-brand-800', className)} {...props} />;
}

/** A list card's heading, ruled off from the rows under it. */
export function PanelBar({ as: Element = 'h2', className, ...props }: HeadingProps) {
  return (
    <Element
      className={cx('border-b border-brand-100 px-4 py-3 text-lg font-semibold text-brand-800', className)}
      {...props}
    />
  );
}

type SectionHeadingProps = ComponentPropsWithoutRef<'h2'> & { as?: 'h2' | 'h3'; size?: 'lg' | 'xl' };

/** The heading of a section of a screen, outside a card or over a wide one. */
export function SectionHeading({ as: Element = 'h2', size = 'lg', className, ...props }: SectionHeadingProps) {
  return (
    <Element
      className={cx(size === 'xl' ? 'text-xl' : 'text-lg', 'font-semibold text-brand-800', className)}
      {...props}
    />
  );
}

/** Content inside a list card that is not a row: "nothing here", a link to clear the filters. */
export function PanelBody({ className, ...props }: ComponentPropsWithoutRef<'div'>) {
  return <div className={cx('px-4 py-4', className)} {...props} />;
}
