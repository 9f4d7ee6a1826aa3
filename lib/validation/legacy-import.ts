import { z } from 'zod';
import { decodeDump } from '@/lib/importer/decode';

/** What one upload may hold; the upload route (app/api/import) reads a body of this size and no more. */
export const UPLOAD_LIMITS = { fileBytes: 2 * 1024 * 1024, files: 200, uploadBytes: 20 * 1024 * 1024 } as const;

const isBinary = (bytes: Uint8Array) => {
  const decoded = decodeDump(bytes);
  return !decoded.ok && decoded.reason === 'binary';
};
const checkbox = z.literal('on').optional().transform(Boolean);

const uploadedFiles = z
  .array(z.instanceof(File, { message: 'not_a_file' }))
  // A browser sends an empty, nameless file when the picker was left empty.
  .transform((files) => files.filter((file) => file.name !== '' || file.size > 0))
  .pipe(
    z
      .array(z.instanceof(File))
      .min(1, 'no_file')
      .max(UPLOAD_LIMITS.files, 'too_many_files')
      .refine((files) => files.every((file) => file.size <= UPLOAD_LIMITS.fileBytes), 'file_too_large')
      .refine(
        (files) => files.reduce((total, file) => total + file.size, 0) <= UPLOAD_LIMITS.uploadBytes,
        'upload_too_large',
      ),
  )
  .transform((files) =>
    Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))),
  )
  // One binary file means the wrong folder was picked: nothing of the upload is imported.
  .refine((files) => !files.some((file) => isBinary(file.bytes)), 'binary_file');

/** An admin's upload of legacy page dumps; parse it with `safeParseAsync` (the files are read). */
export const ImportUploadInput = z.object({
  files: uploadedFiles,
  draft: checkbox,
  dryRun: checkbox,
  officeCode: z
    .string()
    .trim()
    .max(60, 'too_long')
    .optional()
    .transform((code) => code || undefined),
});
export type ImportUploadInput = z.infer<typeof ImportUploadInput>;
