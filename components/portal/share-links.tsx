import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** Plain links to share a release: no third-party script is loaded. */
export async function ShareLinks({ url, title, locale }: { url: string; title: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Release' });
  const encodedUrl = encodeURIComponent(url);
  const encodedTitle = encodeURIComponent(title);
  const targets = [
    { key: 'shareEmail', href: `mailto:?subject=${encodedTitle}&body=${encodedUrl}` },
    { key: 'shareX', href: `https://twitter.com/intent/tweet?url=${encodedUrl}&text=${encodedTitle}` },
    { key: 'shareFacebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
    { key: 'shareLinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}` },
    { key: 'shareWhatsApp', href: `https://wa.me/?text=${encodedTitle}%20${encodedUrl}` },
  ] as const;
  return (
    <nav aria-label={t('share')} className="mt-8 no-print">
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t('share')}</h2>
      <ul className="flex flex-wrap gap-3 text-sm">
        {targets.map((target) => (
          <li key={target.key}>
            <a
              href={target.href}
              rel="noopener noreferrer"
              className="inline-block rounded border border-brand-100 px-3 py-1.5 text-brand-700 hover:bg-brand-50"
            >
              {t(target.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
