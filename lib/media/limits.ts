/** The image types the newsroom accepts, told apart by their bytes (lib/media/process.ts). */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const MAX_MEDIA_BYTES = 15 * 1024 * 1024;
