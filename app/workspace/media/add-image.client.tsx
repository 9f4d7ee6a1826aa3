'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { MediaPicker } from '@/components/workspace/media-picker.client';
import type { Locale } from '@/lib/i18n/locales';
import { Button } from '@/components/ui/button';

/** Opens the picker from the library page; an uploaded image then shows at the top of the list. */
export function AddImage({ language }: { language: Locale }) {
  const t = useTranslations('Media');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(false);
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        {t('page.add')}
      </Button>
      <p role="status" className="w-full text-green-900 empty:hidden">
        {added && t('page.added')}
      </p>
      {open && (
        <MediaPicker
          language={language}
          onCancel={() => setOpen(false)}
          onPick={() => {
            setOpen(false);
            setAdded(true);
            router.refresh();
          }}
        />
      )}
    </>
  );
}
