import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';
import { TextLink } from '@/components/ui/text-link';
import type { Locale } from '@/lib/i18n/locales';

/** A working copy shown as the portal will show it, under a banner saying it is a preview. */
export function PreviewFrame({
  banner,
  back,
  lang,
  children,
}: {
  banner: string;
  back: { href: string; label: string };
  lang: Locale;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-6">
      <div
        role="note"
        className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 px-4 py-3"
      >
        <p className="font-semibold text-amber-950">{banner}</p>
        <TextLink href={back.href} className="text-sm">
          {back.label}
        </TextLink>
      </div>
      <Panel as="div" padding="none" lang={lang} className="px-4 py-8">
        {children}
      </Panel>
    </div>
  );
}
