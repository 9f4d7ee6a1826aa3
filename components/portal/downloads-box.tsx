import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { PickedAttachment } from '@/lib/media/attachment-types';
import { formatFileSize } from '@/lib/media/file-size';

/** The documents a release offers, each link saying what it is, its format and its size. */
export async function DownloadsBox({ downloads, locale }: { downloads: PickedAttachment[]; locale: Locale }) {
  if (downloads.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Downloads' });
  return (
    <section aria-labelledby="downloads" className="mt-10 rounded-lg border border-brand-100 p-5 print:border-black">
      <h2 id="downloads" className="mb-3 text-xl font-bold text-brand-800">
        {t('heading', { count: downloads.length })}
      </h2>
      <ul className="space-y-2">
        {downloads.map((file) => (
          <li key={file.href}>
            <a
              href={file.href}
              download
              type={file.format === 'csv' ? 'text/csv' : undefined}
              className="inline-flex min-h-11 items-center gap-2 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
            >
              {t('link', {
                title: file.title,
                format: t(`formats.${file.format}`),
                size: formatFileSize(file.bytes, locale),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
