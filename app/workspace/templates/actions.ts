'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createReleaseTemplate, deleteReleaseTemplate, updateReleaseTemplate } from '@/lib/dal/release-templates';
import { invalidInput, type FormState } from '@/lib/form-state';
import {
  ReleaseTemplateIdInput,
  ReleaseTemplateInput,
  UpdateReleaseTemplateInput,
} from '@/lib/validation/press-directory';

// Sections come as repeated heading and text fields, in order; topics and contacts as check boxes.
const templateFields = (form: FormData) => {
  const headings = form.getAll('sectionHeading');
  const texts = form.getAll('sectionText');
  return {
    ...Object.fromEntries(form),
    sections: headings.map((heading, index) => ({ heading, text: texts[index] ?? '' })),
    topicIds: form.getAll('topicIds'),
    officerIds: form.getAll('officerIds'),
  };
};

export async function addReleaseTemplate(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ReleaseTemplateInput.safeParse(templateFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await createReleaseTemplate(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/templates');
  redirect(`/workspace/templates/${result.id}`);
}

export async function saveReleaseTemplate(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UpdateReleaseTemplateInput.safeParse(templateFields(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updateReleaseTemplate(parsed.data);
  if (!result.ok) return { status: 'refused', reason: result.reason };
  revalidatePath('/workspace/templates');
  return { status: 'done' };
}

export async function removeReleaseTemplate(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ReleaseTemplateIdInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  await deleteReleaseTemplate(parsed.data);
  revalidatePath('/workspace/templates');
  redirect('/workspace/templates?removed=1');
}
