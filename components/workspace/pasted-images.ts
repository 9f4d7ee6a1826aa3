import type { EditorView } from '@tiptap/pm/view';
import type { Locale } from '@/lib/i18n/locales';
import type { PickedImage } from '@/lib/media/types';
import type { PastedImage } from '@/lib/rich-text/paste-cleanup';

export type ImportOutcome = { ok: true; image: PickedImage } | { ok: false; reason: string };

/** A `data:` image as a file to upload; decoded here, since the page's CSP forbids fetching `data:`. */
function fileOfDataUri(dataUri: string): File {
  const [head = '', data = ''] = dataUri.split(',', 2);
  const type = /^data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new File([bytes], `pasted-image.${type.split('/')[1] ?? 'bin'}`, { type });
}

/** Asks the server to bring one pasted image into the media library for this release. */
export async function importPastedImage(
  releaseId: string,
  language: Locale,
  image: PastedImage,
): Promise<ImportOutcome> {
  const body = new FormData();
  body.set('language', language);
  try {
    if ('url' in image.source) body.set('url', image.source.url);
    else body.set('file', fileOfDataUri(image.source.dataUri));
    const response = await fetch(`/api/releases/${releaseId}/pasted-images`, { method: 'POST', body });
    const answer = (await response.json().catch(() => ({}))) as PickedImage & { error?: string };
    return response.ok ? { ok: true, image: answer } : { ok: false, reason: answer.error ?? 'other' };
  } catch {
    return { ok: false, reason: 'offline' };
  }
}

/** Puts the imported image where its placeholder is, or removes the placeholder when there is none. */
export function settlePlaceholder(view: EditorView, placeholder: string, image?: PickedImage): void {
  if (view.isDestroyed) return;
  const found: { pos: number; size: number; attrs: Record<string, unknown> }[] = [];
  view.state.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && node.attrs.src === placeholder)
      found.push({ pos, size: node.nodeSize, attrs: node.attrs });
  });
  if (found.length === 0) return;
  const tr = view.state.tr;
  // From the end, so that each deletion leaves the earlier positions where they were.
  for (const { pos, size, attrs } of found.reverse()) {
    if (image)
      tr.setNodeMarkup(pos, undefined, {
        ...attrs,
        src: image.src,
        alt: image.alt || null,
        credit: image.credit || null,
        mediaId: image.mediaId,
      });
    else tr.delete(pos, pos + size);
  }
  view.dispatch(tr);
}
