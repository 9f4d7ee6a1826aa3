import 'server-only';
import type { MediaRefusal } from '@/lib/media/process';
import {
  fetchRemoteImage,
  importAllowance,
  type RemoteImageOptions,
  type RemoteImageRefusal,
} from '@/lib/media/remote-image';
import type { PickedImage } from '@/lib/media/types';
import type { PastedImageInput } from '@/lib/validation/media';
import { mayAttachToRelease } from './attachments';
import { storeImage } from './media';
import { getCurrentUser } from './session';

export type PastedImageRefusal = MediaRefusal | RemoteImageRefusal;
export type ImportPastedImageResult = { ok: true; image: PickedImage } | { ok: false; reason: PastedImageRefusal };

/**
 * Brings an image pasted into a release's text into the media library: fetched from its site
 * (public addresses only, lib/media/remote-image.ts) or, for a picture the clipboard carried
 * itself (Word's `data:` images), from the bytes the editor posts. Both then go the way of an
 * upload: checked by content, re-encoded, stored once. The alt text is left for the writer to give
 * in the editor, unless the library already has it in this language. Only a person who may edit
 * the release may import into it; anyone else gets `not_found`.
 * `fetchOptions` is for tests; the allowance of non-public hosts comes from MEDIA_IMPORT_ALLOW_HOSTS.
 */
export async function importPastedImage(
  input: PastedImageInput,
  fetchOptions: RemoteImageOptions = { allowHosts: importAllowance() },
): Promise<ImportPastedImageResult | 'not_found'> {
  const user = await getCurrentUser();
  if (!(await mayAttachToRelease(input.releaseId))) return 'not_found';
  let bytes: Uint8Array;
  let name: string;
  let source: Record<string, unknown>;
  if (input.file) {
    bytes = new Uint8Array(await input.file.arrayBuffer());
    name = input.file.name;
    source = { source: 'clipboard' };
  } else {
    const fetched = await fetchRemoteImage(input.url, fetchOptions);
    if (!fetched.ok) return fetched;
    ({ bytes, name } = fetched);
    source = { source: new URL(input.url).origin };
  }
  return storeImage(user, bytes, {
    name,
    alt: '',
    credit: '',
    language: input.language,
    audit: { ...source, releaseId: input.releaseId },
  });
}
