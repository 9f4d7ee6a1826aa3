import type { ReactNode } from 'react';
import { Muted } from '@/components/ui/muted';
import { TextLink } from '@/components/ui/text-link';

/**
 * The heading of a screen about one release or page (its history, previews, languages): the way
 * back to it, what the screen shows, and the subject's title with its state.
 */
export function SubjectHeading({
  back,
  heading,
  title,
  badge,
}: {
  back: { href: string; label: string };
  heading: string;
  title: string;
  badge: ReactNode;
}) {
  return (
    <header className="mb-6">
      <p className="mb-2 text-sm">
        <TextLink href={back.href}>{back.label}</TextLink>
      </p>
      <h1 className="text-2xl font-bold leading-tight text-brand-800">{heading}</h1>
      <Muted size="base" className="mt-1 flex flex-wrap items-center gap-2">
        <span className="break-words">{title}</span>
        {badge}
      </Muted>
    </header>
  );
}
