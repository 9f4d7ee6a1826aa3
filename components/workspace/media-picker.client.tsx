'use client';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_MEDIA_BYTES, MEDIA_TYPES } from '@/lib/media/limits';
import type { MediaItemDTO, PickedImage } from '@/lib/media/types';
import { ALT_MAX, CREDIT_MAX, MediaCaptionInput } from '@/lib/validation/media';
import { buttonClass } from '@/components/ui/button';
import { FILE_INPUT, FieldError, INPUT } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Muted } from '@/components/ui/muted';

type Props = { language: Locale; onPick: (image: PickedImage) => void; onCancel: () => void };
type Tab = 'upload' | 'library';
type FieldErrors = Partial<Record<'file' | 'alt' | 'credit', string[]>>;
/** A library item as JSON brings it: dates are strings. */
type LibraryItem = Omit<MediaItemDTO, 'createdAt'> & { createdAt: string };

const TABS: Tab[] = ['upload', 'library'];
const LIMITS: Record<string, number> = {
  too_large: MAX_MEDIA_BYTES / (1024 * 1024),
  alt_too_long: ALT_MAX,
  credit_too_long: CREDIT_MAX,
};
const PRIMARY = buttonClass();
const QUIET = buttonClass({ variant: 'secondary' });

/**
 * The image picker of the release editor. It is the whole modal dialog, not only its body: it
 * opens itself with `showModal()` when mounted (the browser then keeps focus inside, makes the
 * page behind inert, and Escape cancels). The caller mounts it to ask for an image and unmounts it
 * after `onPick` or `onCancel`. `language` is the release's: the alt text is asked in that language.
 */
export function MediaPicker({ language, onPick, onCancel }: Props) {
  const t = useTranslations('Media');
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [tab, setTab] = useState<Tab>('upload');
  const [libraryOpened, setLibraryOpened] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const select = (next: Tab) => {
    setTab(next);
    if (next === 'library') setLibraryOpened(true);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  };
  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (event.key === 'Home' || event.key === 'End') select(event.key === 'Home' ? TABS[0]! : TABS[TABS.length - 1]!);
    else if (step) select(TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!);
    else return;
    event.preventDefault();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(56rem,calc(100vw-1rem))] max-h-[calc(100dvh-1rem)] overflow-y-auto rounded-lg border border-brand-100 bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="flex items-center justify-between gap-4 border-b border-brand-100 px-4 py-3 sm:px-6">
        <h2 id={`${ids}-heading`} className="text-xl font-bold text-brand-800">
          {t('heading')}
        </h2>
        <button type="button" onClick={onCancel} className={QUIET}>
          {t('close')}
        </button>
      </div>
      <div className="px-4 pt-3 sm:px-6">
        <div role="tablist" aria-label={t('tabs.label')} className="flex gap-1 border-b border-slate-300">
          {TABS.map((name) => (
            <button
              key={name}
              id={`${ids}-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`${ids}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => select(name)}
              onKeyDown={onTabKey}
              className={`-mb-px rounded-t border px-4 py-2 font-medium ${tab === name ? 'border-slate-300 border-b-white bg-white text-brand-800' : 'border-transparent text-muted hover:text-brand-700'}`}
            >
              {t(`tabs.${name}`)}
            </button>
          ))}
        </div>
      </div>
      {/* Both panels stay mounted, so switching tabs keeps what was typed. */}
      <div
        id={`${ids}-panel-upload`}
        role="tabpanel"
        aria-labelledby={`${ids}-tab-upload`}
        hidden={tab !== 'upload'}
        className="px-4 py-4 sm:px-6"
      >
        <UploadPanel language={language} onPick={onPick} onCancel={onCancel} />
      </div>
      <div
        id={`${ids}-panel-library`}
        role="tabpanel"
        aria-labelledby={`${ids}-tab-library`}
        hidden={tab !== 'library'}
        className="px-4 py-4 sm:px-6"
      >
        {libraryOpened && <LibraryPanel language={language} onPick={onPick} onCancel={onCancel} />}
      </div>
    </dialog>
  );
}

function useErrorText() {
  const t = useTranslations('Media');
  return (code: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}`, { limit: LIMITS[code] ?? 0 }) : t('errors.invalid');
}

/** Alt text (required, in the release's language) and credit, checked with the server's own schema. */
function CaptionFields({
  language,
  alt,
  credit,
  errors,
}: {
  language: Locale;
  alt?: string;
  credit?: string;
  errors: FieldErrors;
}) {
  const t = useTranslations('Media');
  const errorText = useErrorText();
  const ids = useId();
  return (
    <>
      {(['alt', 'credit'] as const).map((name) => {
        const message = errors[name]?.map(errorText).join(' ');
        const describedBy = `${ids}-${name}-hint${message ? ` ${ids}-${name}-error` : ''}`;
        const common = {
          id: `${ids}-${name}`,
          name,
          defaultValue: name === 'alt' ? alt : credit,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': describedBy,
          className: INPUT,
        };
        return (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`${ids}-${name}`} className="font-medium">
              {name === 'alt' ? t('alt', { language: t(`languages.${language}`) }) : t('credit')}
            </label>
            {name === 'alt' ? (
              <textarea {...common} rows={2} required maxLength={ALT_MAX} />
            ) : (
              <input {...common} type="text" maxLength={CREDIT_MAX} />
            )}
            <Muted id={`${ids}-${name}-hint`}>
              {name === 'alt' ? t('altHint', { limit: ALT_MAX }) : t('creditHint')}
            </Muted>
            {message && (
              <FieldError id={`${ids}-${name}-error`} role="alert">
                {message}
              </FieldError>
            )}
          </div>
        );
      })}
    </>
  );
}

const captionErrors = (
  form: FormData,
): { ok: true; alt: string; credit: string } | { ok: false; errors: FieldErrors } => {
  const parsed = MediaCaptionInput.safeParse({ alt: form.get('alt') ?? '', credit: form.get('credit') ?? '' });
  return parsed.success
    ? { ok: true, ...parsed.data }
    : { ok: false, errors: z.flattenError(parsed.error).fieldErrors };
};

function UploadPanel({ language, onPick, onCancel }: Props) {
  const t = useTranslations('Media');
  const errorText = useErrorText();
  const ids = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const caption = captionErrors(form);
    const fileErrors =
      !(file instanceof File) || file.size === 0
        ? ['no_file']
        : file.size > MAX_MEDIA_BYTES
          ? ['too_large']
          : undefined;
    setProblem(undefined);
    setErrors({ ...(caption.ok ? {} : caption.errors), ...(fileErrors ? { file: fileErrors } : {}) });
    if (!caption.ok || fileErrors) return;
    form.set('language', language);
    // XMLHttpRequest, not fetch: only it reports how much of a large photo has been sent.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/media');
    request.responseType = 'json';
    request.upload.onprogress = (progressEvent) =>
      progressEvent.lengthComputable && setProgress(Math.round((progressEvent.loaded / progressEvent.total) * 100));
    request.onerror = () => {
      setProgress(undefined);
      setProblem(errorText('network'));
    };
    request.onload = () => {
      setProgress(undefined);
      const body = request.response as
        (PickedImage & { error?: undefined }) | { error: string; fieldErrors?: FieldErrors } | null;
      // The server sends a signed-out person to the sign-in page instead of answering JSON.
      if (request.responseURL.includes('/login') || !body) return setProblem(errorText('signed_out'));
      if (request.status === 201 && !body.error) return onPick(body as PickedImage);
      if (body.error === 'invalid' && 'fieldErrors' in body && body.fieldErrors) return setErrors(body.fieldErrors);
      setProblem(errorText(body.error ?? 'invalid'));
    };
    setProgress(0);
    request.send(form);
  };
  const busy = progress !== undefined;
  const fileMessage = errors.file?.map(errorText).join(' ');

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${ids}-file`} className="font-medium">
          {t('file')}
        </label>
        <input
          id={`${ids}-file`}
          name="file"
          type="file"
          accept={MEDIA_TYPES.join(',')}
          required
          aria-invalid={fileMessage ? true : undefined}
          aria-describedby={`${ids}-file-hint${fileMessage ? ` ${ids}-file-error` : ''}`}
          className={FILE_INPUT}
        />
        <Muted id={`${ids}-file-hint`}>{t('fileHint', { limit: LIMITS.too_large! })}</Muted>
        {fileMessage && (
          <FieldError id={`${ids}-file-error`} role="alert">
            {fileMessage}
          </FieldError>
        )}
      </div>
      <CaptionFields language={language} errors={errors} />
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={PRIMARY}>
          {t('upload')}
        </button>
        <button type="button" onClick={onCancel} className={QUIET}>
          {t('cancel')}
        </button>
        <p aria-live="polite" className="flex items-center gap-2 text-sm">
          {progress !== undefined && (
            <>
              <progress max={100} value={progress} className="w-32" aria-hidden="true" />
              {progress < 100 ? t('uploading', { percent: progress }) : t('processing')}
            </>
          )}
        </p>
      </div>
    </form>
  );
}

function LibraryPanel({ language, onPick, onCancel }: Props) {
  const t = useTranslations('Media');
  const errorText = useErrorText();
  const ids = useId();
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<LibraryItem[] | undefined>();
  const [problem, setProblem] = useState<'signed_out' | 'library' | undefined>();
  const [chosen, setChosen] = useState<LibraryItem | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const caption = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/media?${new URLSearchParams(query ? { q: query } : {})}`, { signal: controller.signal })
      .then(async (response) => {
        if (response.redirected || !response.ok) throw new Error(response.redirected ? 'signed_out' : 'library');
        setItems(((await response.json()) as { items: LibraryItem[] }).items);
        setProblem(undefined);
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setProblem(error.message === 'signed_out' ? 'signed_out' : 'library');
      });
    return () => controller.abort();
  }, [query]);

  useEffect(() => {
    if (chosen) caption.current?.querySelector('textarea')?.focus();
  }, [chosen]);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setItems(undefined);
    setQuery(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  };
  const use = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    const checked = captionErrors(new FormData(event.currentTarget));
    if (!checked.ok) return setErrors(checked.errors);
    onPick({
      mediaId: chosen.id,
      src: chosen.src,
      alt: checked.alt,
      credit: checked.credit,
      width: chosen.width,
      height: chosen.height,
    });
  };

  return (
    <div className="flex flex-col gap-4">
      <form role="search" onSubmit={search} className="flex flex-col gap-1">
        <label htmlFor={`${ids}-q`} className="font-medium">
          {t('search')}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={`${ids}-q`}
            name="q"
            type="search"
            maxLength={200}
            aria-describedby={`${ids}-q-hint`}
            className={`${INPUT} min-w-0 flex-1`}
          />
          <button type="submit" className={QUIET}>
            {t('searchButton')}
          </button>
        </div>
        <Muted id={`${ids}-q-hint`}>{t('searchHint')}</Muted>
      </form>
      {problem && <Notice tone="error">{errorText(problem)}</Notice>}
      <Muted aria-live="polite">
        {items === undefined
          ? problem
            ? null
            : t('loading')
          : items.length === 0
            ? query
              ? t('noMatch', { q: query })
              : t('empty')
            : t('results', { count: items.length })}
      </Muted>
      {items && items.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {items.map((item) => {
            const alt = item.alt[language];
            return (
              <li key={item.id}>
                <button
                  type="button"
                  aria-pressed={chosen?.id === item.id}
                  onClick={() => {
                    setChosen(item);
                    setErrors({});
                  }}
                  className={`flex h-full w-full flex-col overflow-hidden rounded border text-left ${chosen?.id === item.id ? 'border-brand-700 ring-2 ring-brand-600' : 'border-slate-300 hover:border-brand-600'}`}
                >
                  {/* A plain img: the stored WebP versions are already sized, Next's optimiser would resize them again. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={item.thumbnailSrc}
                    alt=""
                    width={item.width}
                    height={item.height}
                    loading="lazy"
                    className="aspect-[4/3] w-full bg-slate-100 object-cover"
                  />
                  <span className="break-words px-2 pt-1 text-sm">
                    {alt ?? <span className="italic text-muted">{t('noAlt')}</span>}
                  </span>
                  <Muted as="span" size="xs" className="break-all px-2 pb-1">
                    {item.originalName}
                  </Muted>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {chosen && (
        <form
          ref={caption}
          key={chosen.id}
          onSubmit={use}
          noValidate
          aria-labelledby={`${ids}-chosen`}
          className="flex flex-col gap-4 rounded border border-brand-100 bg-brand-50/40 p-4"
        >
          <h3 id={`${ids}-chosen`} className="font-semibold">
            {t('chosen')}: <span className="break-words font-normal">{chosen.originalName}</span>
          </h3>
          <CaptionFields language={language} alt={chosen.alt[language]} credit={chosen.credit} errors={errors} />
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={PRIMARY}>
              {t('use')}
            </button>
            <button type="button" onClick={onCancel} className={QUIET}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
