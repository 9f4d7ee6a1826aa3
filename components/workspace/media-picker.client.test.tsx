// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '@/messages/en.json';
import type { PickedImage } from '@/lib/media/types';
import { MediaPicker } from './media-picker.client';

// React checks this flag before letting act() flush effects outside its own test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LIBRARY = {
  items: [
    {
      id: '4d7c1a52-7f0e-4c2a-9d59-0d7a4bb1c001',
      src: '/media/ab/one/w960.webp',
      thumbnailSrc: '/media/ab/one/w480.webp',
      originalName: 'harbour.jpg',
      alt: { en: 'Fishing boats in the harbour at dawn' },
      credit: 'Jorge Ruiz',
      width: 1600,
      height: 1067,
      uploadedBy: 'Ana',
      createdAt: '2026-03-02T10:00:00.000Z',
    },
    {
      id: '4d7c1a52-7f0e-4c2a-9d59-0d7a4bb1c002',
      src: '/media/cd/two/w960.webp',
      thumbnailSrc: '/media/cd/two/w480.webp',
      originalName: 'IMG_2041.jpg',
      alt: { fr: 'Élèves devant l’école' },
      credit: '',
      width: 1200,
      height: 800,
      uploadedBy: 'Luis',
      createdAt: '2026-03-01T10:00:00.000Z',
    },
  ],
};

let container: HTMLDivElement;
let root: Root;
let onPick: ReturnType<typeof vi.fn<(image: PickedImage) => void>>;
let onCancel: ReturnType<typeof vi.fn<() => void>>;
let fetched: string[];

beforeEach(async () => {
  fetched = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(url.includes('q=') ? { items: [] } : LIBRARY), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  onPick = vi.fn<(image: PickedImage) => void>();
  onCancel = vi.fn<() => void>();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <NextIntlClientProvider locale="en" messages={messages}>
        <MediaPicker language="en" onPick={onPick} onCancel={onCancel} />
      </NextIntlClientProvider>,
    ),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

const dialog = () => container.querySelector('dialog')!;
const tab = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((element) => element.textContent === name)!;
const button = (name: string) =>
  [...dialog().querySelectorAll<HTMLButtonElement>('button')].find(
    (element) => element.textContent?.includes(name) && !element.closest('[hidden]'),
  )!;
const alerts = () =>
  [...dialog().querySelectorAll('[role="alert"]')]
    .filter((element) => !element.closest('[hidden]'))
    .map((element) => element.textContent);
const click = (element: HTMLElement) => act(async () => element.click());
const submit = (form: HTMLFormElement) => act(async () => form.requestSubmit());
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the media picker', () => {
  it('opens as a modal dialog named by its heading, on the upload tab', () => {
    expect(dialog().open).toBe(true);
    const heading = document.getElementById(dialog().getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Insert an image');
    expect(tab('Upload').getAttribute('aria-selected')).toBe('true');
    expect(tab('Library').getAttribute('aria-selected')).toBe('false');
    expect(dialog().querySelector<HTMLInputElement>('input[type="file"]')?.accept).toBe(
      'image/jpeg,image/png,image/webp',
    );
  });

  it('refuses to upload without a file and without alt text, saying why, and sends nothing', async () => {
    const form = dialog().querySelector<HTMLFormElement>('input[type="file"]')!.form!;
    await submit(form);
    expect(alerts()).toEqual(['Choose an image file.', 'Describe the image: alternative text is required.']);
    expect(form.querySelector('textarea')?.getAttribute('aria-invalid')).toBe('true');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('moves to the library with the arrow key, lists recent images, and inserts the chosen one with the alt text typed', async () => {
    await act(async () =>
      tab('Upload').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
    );
    await flush();
    expect(tab('Library').getAttribute('aria-selected')).toBe('true');
    expect(fetched).toEqual(['/api/media?']);
    expect(dialog().textContent).toContain('2 images');

    await click(button('IMG_2041.jpg'));
    const caption = dialog().querySelector<HTMLFormElement>('form[aria-labelledby]')!;
    const alt = caption.querySelector('textarea')!;
    expect(alt.value).toBe('');
    await submit(caption);
    expect(alerts()).toEqual(['Describe the image: alternative text is required.']);
    expect(onPick).not.toHaveBeenCalled();

    await click(button('Fishing boats in the harbour at dawn'));
    const again = dialog().querySelector<HTMLFormElement>('form[aria-labelledby]')!;
    expect(again.querySelector('textarea')!.value).toBe('Fishing boats in the harbour at dawn');
    await submit(again);
    expect(onPick).toHaveBeenCalledWith({
      mediaId: LIBRARY.items[0]!.id,
      src: '/media/ab/one/w960.webp',
      alt: 'Fishing boats in the harbour at dawn',
      credit: 'Jorge Ruiz',
      width: 1600,
      height: 1067,
    });
  });

  it('searches the library and says when nothing matches', async () => {
    await click(tab('Library'));
    await flush();
    const search = dialog().querySelector<HTMLFormElement>('form[role="search"]')!;
    search.querySelector('input')!.value = 'volcano';
    await submit(search);
    await flush();
    expect(fetched.at(-1)).toBe('/api/media?q=volcano');
    expect(dialog().textContent).toContain('No image matches “volcano”.');
  });

  it('calls onCancel from its Cancel button and from Escape', async () => {
    await click(button('Cancel'));
    await act(async () => dialog().dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
