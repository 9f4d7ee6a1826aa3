'use server';
import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { importUploadedDumps } from '@/lib/dal/uploaded-import';
import { invalidInput, type FormState } from '@/lib/form-state';
import { ImportUploadInput } from '@/lib/validation/legacy-import';

export async function importDumps(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = await ImportUploadInput.safeParseAsync({ ...Object.fromEntries(form), files: form.getAll('files') });
  if (!parsed.success) return invalidInput(parsed.error);
  const { report, tags } = await importUploadedDumps(parsed.data);
  await invalidatePortal(tags, 'server-action');
  if (!report.dryRun) revalidatePath('/workspace', 'layout');
  return { status: 'imported', report };
}
