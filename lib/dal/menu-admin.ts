import 'server-only';
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { db, type Transaction } from '@/db/client';
import { MENU_KEYS, menuItems, menus, offices, pages, type MenuKey, type MenuTargetKind } from '@/db/schema';
import { LOCALES, type Locale, type LocalizedText } from '@/lib/i18n/locales';
import {
  depthOf,
  moveItem,
  placeItem,
  possibleMoves,
  siblingsOf,
  treeShape,
  type TreeMove,
  type TreeNode,
} from '@/lib/menus/tree';
import type {
  AddMenuItemInput,
  DeleteMenuItemInput,
  MenuTarget,
  MoveMenuItemInput,
  PlaceMenuItemInput,
  UpdateMenuItemInput,
} from '@/lib/validation/menus';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { recordAudit } from './audit';
import { jobs } from './job-system';
import { sendPortalRefresh } from './jobs';
import { getCurrentAdmin } from './session';

export type MenuItemAdminDTO = {
  id: string;
  parentId: string | null;
  position: number;
  depth: number;
  labels: LocalizedText;
  targetKind: MenuTargetKind;
  pageId: string | null;
  officeId: string | null;
  listingQuery: string | null;
  url: string | null;
  /** For a page target: the languages in which the page is not published, so the portal hides the entry there. */
  unpublishedIn: Locale[];
  moves: Record<TreeMove, boolean>;
};
/** One menu in display order; `shape` names the tree as read, for moves made against it. */
export type MenuAdminDTO = { key: MenuKey; shape: string; items: MenuItemAdminDTO[] };
export type MenuChangeResult =
  { ok: true } | { ok: false; reason: 'stale_tree' | 'invalid_move' | 'has_children' | 'invalid_target' };

const shapeOf = (items: readonly TreeNode[]) =>
  createHash('sha256').update(treeShape(items)).digest('base64url').slice(0, 24);

const itemColumns = {
  id: menuItems.id,
  parentId: menuItems.parentId,
  position: menuItems.position,
  labels: menuItems.labels,
  targetKind: menuItems.targetKind,
  pageId: menuItems.pageId,
  officeId: menuItems.officeId,
  listingQuery: menuItems.listingQuery,
  url: menuItems.url,
};

/** The header and footer menus, each as a two-level tree in order, for admins. */
export async function listMenusForAdmin(): Promise<MenuAdminDTO[]> {
  await getCurrentAdmin();
  const [rows, pageRows] = await Promise.all([
    db
      .select({ ...itemColumns, key: menus.key })
      .from(menuItems)
      .innerJoin(menus, eq(menus.id, menuItems.menuId)),
    db
      .select({ id: pages.id, group: pages.translationGroupId, language: pages.language, state: pages.state })
      .from(pages),
  ]);
  const published = pageRows.filter((page) => page.state === 'published');
  const groupOf = new Map(pageRows.map((page) => [page.id, page.group]));
  const unpublishedIn = (pageId: string | null): Locale[] => {
    if (!pageId) return [];
    const group = groupOf.get(pageId);
    const live = new Set(published.filter((page) => page.group === group).map((page) => page.language));
    return LOCALES.filter((language) => !live.has(language));
  };
  return MENU_KEYS.map((key) => {
    const items = rows.filter((row) => row.key === key);
    const ordered = (parentId: string | null): typeof items =>
      siblingsOf(items, parentId).flatMap((item) => [items.find((row) => row.id === item.id)!, ...ordered(item.id)]);
    return {
      key,
      shape: shapeOf(items),
      items: ordered(null).map(({ key: _key, ...item }) => ({
        ...item,
        depth: depthOf(items, item.id),
        unpublishedIn: unpublishedIn(item.pageId),
        moves: possibleMoves(items, item.id),
      })),
    };
  });
}

/** The pages and offices a menu entry can point at, for the editor's pickers. */
export async function listMenuTargets() {
  await getCurrentAdmin();
  const [pageRows, officeRows] = await Promise.all([
    db
      .select({ id: pages.id, language: pages.language, path: pages.path, title: pages.title, state: pages.state })
      .from(pages)
      .orderBy(asc(pages.language), asc(pages.path)),
    db
      .select({ id: offices.id, code: offices.code, names: offices.names, kind: offices.kind })
      .from(offices)
      .orderBy(asc(offices.code)),
  ]);
  return { pages: pageRows, offices: officeRows };
}

const targetColumns = (target: MenuTarget) => ({
  targetKind: target.kind,
  pageId: target.kind === 'page' ? target.pageId : null,
  officeId: target.kind === 'office' ? target.officeId : null,
  listingQuery: target.kind === 'listing' ? target.listingQuery : null,
  url: target.kind === 'url' ? target.url : null,
});

async function targetExists(tx: Transaction, target: MenuTarget): Promise<boolean> {
  if (target.kind === 'page')
    return (await tx.select({ id: pages.id }).from(pages).where(eq(pages.id, target.pageId))).length === 1;
  if (target.kind === 'office')
    return (await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, target.officeId))).length === 1;
  return true;
}

const labelsOf = (input: { labelFr: string; labelEn: string; labelEs: string }): LocalizedText => ({
  fr: input.labelFr,
  en: input.labelEn,
  es: input.labelEs,
});

/** Locks a menu for one change; every change to a menu's tree goes through this lock. */
async function lockMenu(tx: Transaction, menuId: string): Promise<TreeNode[]> {
  await tx.select({ id: menus.id }).from(menus).where(eq(menus.id, menuId)).for('update');
  return tx
    .select({ id: menuItems.id, parentId: menuItems.parentId, position: menuItems.position })
    .from(menuItems)
    .where(eq(menuItems.menuId, menuId));
}

async function menuOfItem(tx: Transaction, itemId: string) {
  const [item] = await tx
    .select({ menuId: menuItems.menuId, labels: menuItems.labels })
    .from(menuItems)
    .where(eq(menuItems.id, itemId));
  if (!item) notFound();
  return item;
}

/** Adds an entry at the end of a menu's top level. */
export async function addMenuItem(input: AddMenuItemInput): Promise<MenuChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    if (!(await targetExists(tx, input))) return { ok: false, reason: 'invalid_target' } as const;
    await tx.insert(menus).values({ key: input.menuKey }).onConflictDoNothing();
    const [menu] = await tx.select({ id: menus.id }).from(menus).where(eq(menus.key, input.menuKey));
    const items = await lockMenu(tx, menu!.id);
    const [created] = await tx
      .insert(menuItems)
      .values({
        menuId: menu!.id,
        parentId: null,
        position: siblingsOf(items, null).length,
        labels: labelsOf(input),
        ...targetColumns(input),
      })
      .returning({ id: menuItems.id });
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'menu.item_added',
      subjectType: 'menu_item',
      subjectId: created!.id,
      data: { menu: input.menuKey, labels: labelsOf(input), target: input },
    });
    await sendPortalRefresh(tx, [CACHE_TAGS.menus]);
    return { ok: true } as const;
  });
}

export async function updateMenuItem(input: UpdateMenuItemInput): Promise<MenuChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const before = await menuOfItem(tx, input.itemId);
    if (!(await targetExists(tx, input))) return { ok: false, reason: 'invalid_target' } as const;
    await tx
      .update(menuItems)
      .set({ labels: labelsOf(input), ...targetColumns(input) })
      .where(eq(menuItems.id, input.itemId));
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'menu.item_updated',
      subjectType: 'menu_item',
      subjectId: input.itemId,
      data: { before: before.labels, after: labelsOf(input), target: input },
    });
    await sendPortalRefresh(tx, [CACHE_TAGS.menus]);
    return { ok: true } as const;
  });
}

/**
 * Deletes an entry that has no children. An entry with children is refused rather than taking its
 * children with it (the database would cascade) or promoting them: the admin moves or deletes
 * them first, so nothing leaves the menu by surprise.
 */
export async function deleteMenuItem(input: DeleteMenuItemInput): Promise<MenuChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const { menuId, labels } = await menuOfItem(tx, input.itemId);
    const items = await lockMenu(tx, menuId);
    const item = items.find((candidate) => candidate.id === input.itemId);
    if (!item) notFound();
    if (items.some((candidate) => candidate.parentId === item.id))
      return { ok: false, reason: 'has_children' } as const;
    await tx.delete(menuItems).where(eq(menuItems.id, item.id));
    await writeTree(
      tx,
      items.filter((candidate) => candidate.id !== item.id),
      siblingsOf(items, item.parentId)
        .filter((sibling) => sibling.id !== item.id)
        .map((sibling, position) => ({ ...sibling, position })),
    );
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'menu.item_deleted',
      subjectType: 'menu_item',
      subjectId: item.id,
      data: { labels },
    });
    await sendPortalRefresh(tx, [CACHE_TAGS.menus]);
    return { ok: true } as const;
  });
}

/** Writes the rows whose parent or position differ from `before`. */
async function writeTree(tx: Transaction, before: readonly TreeNode[], after: readonly TreeNode[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  for (const item of after) {
    const was = old.get(item.id);
    if (was && was.parentId === item.parentId && was.position === item.position) continue;
    await tx
      .update(menuItems)
      .set({ parentId: item.parentId, position: item.position })
      .where(eq(menuItems.id, item.id));
  }
}

/** Applies one tree operation to the tree the admin saw; a tree changed in between is refused. */
async function rearrange(
  itemId: string,
  shape: string,
  operation: (items: TreeNode[]) => TreeNode[] | undefined,
  data: Record<string, unknown>,
): Promise<MenuChangeResult> {
  const admin = await getCurrentAdmin();
  await jobs();
  return db.transaction(async (tx) => {
    const { menuId } = await menuOfItem(tx, itemId);
    const items = await lockMenu(tx, menuId);
    if (shapeOf(items) !== shape) return { ok: false, reason: 'stale_tree' } as const;
    const after = operation(items);
    if (!after) return { ok: false, reason: 'invalid_move' } as const;
    await writeTree(tx, items, after);
    await recordAudit(tx, {
      actor: { id: admin.id, email: admin.email },
      action: 'menu.item_moved',
      subjectType: 'menu_item',
      subjectId: itemId,
      data,
    });
    await sendPortalRefresh(tx, [CACHE_TAGS.menus]);
    return { ok: true } as const;
  });
}

export function moveMenuItem(input: MoveMenuItemInput): Promise<MenuChangeResult> {
  return rearrange(input.itemId, input.shape, (items) => moveItem(items, input.itemId, input.move), {
    move: input.move,
  });
}

export function placeMenuItem(input: PlaceMenuItemInput): Promise<MenuChangeResult> {
  return rearrange(input.itemId, input.shape, (items) => placeItem(items, input.itemId, input.parentId, input.index), {
    parentId: input.parentId,
    index: input.index,
  });
}
