import { z } from 'zod';
import { MENU_KEYS, MENU_TARGET_KINDS } from '@/db/schema/pages';
import { TREE_MOVES } from '@/lib/menus/tree';

const label = z.string().trim().min(1, 'required').max(80, 'too_long');
const optionalId = z.union([z.uuid(), z.literal('').transform(() => null)]).default(null);
const slug = z
  .union([
    z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_slug')
      .max(60, 'too_long'),
    z.literal('').transform(() => null),
  ])
  .default(null);

/** What a menu entry points at, read from the form's target fields; each kind needs its one field. */
const targetFields = z
  .object({
    targetKind: z.enum(MENU_TARGET_KINDS, 'required'),
    pageId: optionalId,
    officeId: optionalId,
    listingRegion: slug,
    listingTopic: slug,
    url: z.string().trim().max(500, 'too_long').default(''),
  })
  .transform((fields, context) => {
    const needs = (field: string) => {
      context.addIssue({ code: 'custom', path: [field], message: 'required' });
      return z.NEVER;
    };
    switch (fields.targetKind) {
      case 'none':
        return { kind: 'none' as const };
      case 'page':
        return fields.pageId ? { kind: 'page' as const, pageId: fields.pageId } : needs('pageId');
      case 'office':
        return fields.officeId ? { kind: 'office' as const, officeId: fields.officeId } : needs('officeId');
      case 'listing': {
        const query = new URLSearchParams();
        if (fields.listingRegion) query.set('region', fields.listingRegion);
        if (fields.listingTopic) query.set('topic', fields.listingTopic);
        return { kind: 'listing' as const, listingQuery: query.toString() };
      }
      case 'url': {
        const parsed = URL.canParse(fields.url) ? new URL(fields.url) : undefined;
        if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname.includes('.')) {
          context.addIssue({ code: 'custom', path: ['url'], message: 'invalid_url' });
          return z.NEVER;
        }
        return { kind: 'url' as const, url: parsed.toString() };
      }
    }
  });
export type MenuTarget = z.output<typeof targetFields>;

const itemFields = z.object({ labelFr: label, labelEn: label, labelEs: label });

export const AddMenuItemInput = z.intersection(
  itemFields.extend({ menuKey: z.enum(MENU_KEYS, 'required') }),
  targetFields,
);
export type AddMenuItemInput = z.infer<typeof AddMenuItemInput>;

export const UpdateMenuItemInput = z.intersection(itemFields.extend({ itemId: z.uuid() }), targetFields);
export type UpdateMenuItemInput = z.infer<typeof UpdateMenuItemInput>;

export const DeleteMenuItemInput = z.object({ itemId: z.uuid() });
export type DeleteMenuItemInput = z.infer<typeof DeleteMenuItemInput>;

/** A keyboard move, made against the tree the admin saw (`shape`), so a move on a changed tree is refused. */
export const MoveMenuItemInput = z.object({
  itemId: z.uuid(),
  move: z.enum(TREE_MOVES),
  shape: z.string().min(1).max(100),
});
export type MoveMenuItemInput = z.infer<typeof MoveMenuItemInput>;

/** A drag and drop: the entry's new parent (empty: top level) and place among that parent's children. */
export const PlaceMenuItemInput = z.object({
  itemId: z.uuid(),
  parentId: z.union([z.uuid(), z.literal('').transform(() => null)]),
  index: z.coerce.number().int().min(0).max(200),
  shape: z.string().min(1).max(100),
});
export type PlaceMenuItemInput = z.infer<typeof PlaceMenuItemInput>;
