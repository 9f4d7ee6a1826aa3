import { PortalPage } from '@/components/portal/portal-page';
import type { Locale } from '@/lib/i18n/locales';
import { portalPaths } from '@/lib/portal/urls';

type Props = {
  locale: Locale;
  status: string;
  title: string;
  explanation: string;
  /** The ways on, in the caller's words; search is offered only when labelled. */
  labels: { search?: string; latestNews: string; home: string };
  /** A way on that comes before the others (subscribing again after a dead link). */
  lead?: { href: string; label: string };
};

/** What an address that leads nowhere shows (404, 410): what happened, and where to go from here. */
export function StatusNotice({ locale, status, title, explanation, labels, lead }: Props) {
  const links = [
    ...(lead ? [lead] : []),
    ...(labels.search ? [{ href: portalPaths.search(locale), label: labels.search }] : []),
    { href: portalPaths.news(locale), label: labels.latestNews },
    { href: portalPaths.home(locale), label: labels.home },
  ];
  return (
    <PortalPage locale={locale}>
      <div className="mx-auto max-w-2xl py-8">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{status}</p>
        <h1 className="mb-4 text-3xl font-bold text-brand-800">{title}</h1>
        <p className="mb-6">{explanation}</p>
        <p className="flex flex-wrap gap-4">
          {links.map((link) => (
            <a key={link.href} href={link.href} className="font-medium text-brand-700 underline">
              {link.label}
            </a>
          ))}
        </p>
      </div>
    </PortalPage>
  );
}
