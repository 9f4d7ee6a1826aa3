'use server';
import { revalidatePath } from 'next/cache';
import { invalidatePortal } from '@/lib/cache/revalidate';
import { CACHE_TAGS } from '@/lib/cache/tags';
import {
  addMenuItem,
  deleteMenuItem,
  moveMenuItem,
  placeMenuItem,
  updateMenuItem,
  type MenuChangeResult,
} from '@/lib/dal/menu-admin';
import { invalidInput, type FormState } from '@/lib/form-state';
import {
  AddMenuItemInput,
  DeleteMenuItemInput,
  MoveMenuItemInput,
  PlaceMenuItemInput,
  UpdateMenuItemInput,
} from '@/lib/validation/menus';

/** The portal's header and footer read every menu through one tag. */
async function settled(result: MenuChangeResult): Promise<FormState> {
  if (!result.ok) return { status: 'refused', reason: result.reason };
  await invalidatePortal([CACHE_TAGS.menus], 'server-action');
  revalidatePath('/workspace/admin/menus');
  return { status: 'done' };
}

export async function addItem(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = AddMenuItemInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await addMenuItem(parsed.data));
}

export async function saveItem(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = UpdateMenuItemInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await updateMenuItem(parsed.data));
}

export async function deleteItem(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = DeleteMenuItemInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await deleteMenuItem(parsed.data));
}

export async function moveItem(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = MoveMenuItemInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await moveMenuItem(parsed.data));
}

export async function placeItem(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = PlaceMenuItemInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  return settled(await placeMenuItem(parsed.data));
}
