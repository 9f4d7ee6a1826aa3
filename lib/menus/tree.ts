/**
 * Pure operations on a menu's ordered tree, stored flat as `(id, parentId, position)`.
 * A menu has at most two levels: top-level entries and their children.
 */
export type TreeNode = { id: string; parentId: string | null; position: number };

export const MAX_MENU_DEPTH = 2;
export const TREE_MOVES = ['up', 'down', 'in', 'out'] as const;
export type TreeMove = (typeof TREE_MOVES)[number];

const byPosition = (a: TreeNode, b: TreeNode) => a.position - b.position;

/** The children of `parentId`, in order. */
export function siblingsOf(items: readonly TreeNode[], parentId: string | null): TreeNode[] {
  return items.filter((item) => item.parentId === parentId).sort(byPosition);
}

/** 1 for a top-level entry, 2 for a child; Infinity when the parent chain is broken or loops. */
export function depthOf(items: readonly TreeNode[], id: string): number {
  const byId = new Map(items.map((item) => [item.id, item]));
  let depth = 0;
  for (let node = byId.get(id); node; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
    depth += 1;
    if (depth > items.length) return Infinity;
    if (node.parentId !== null && !byId.has(node.parentId)) return Infinity;
  }
  return depth === 0 ? Infinity : depth;
}

/** Every parent exists, no cycle, depth at most two, and positions 0…n-1 under each parent. */
export function isValidTree(items: readonly TreeNode[]): boolean {
  if (new Set(items.map((item) => item.id)).size !== items.length) return false;
  if (items.some((item) => depthOf(items, item.id) > MAX_MENU_DEPTH)) return false;
  const parents = new Set(items.map((item) => item.parentId));
  return [...parents].every((parentId) => siblingsOf(items, parentId).every((item, index) => item.position === index));
}

/** Renumbers every group of siblings 0…n-1, keeping their order. */
export function normalizeTree(items: readonly TreeNode[]): TreeNode[] {
  const parents = new Set(items.map((item) => item.parentId));
  const position = new Map<string, number>();
  for (const parentId of parents) siblingsOf(items, parentId).forEach((item, index) => position.set(item.id, index));
  return items.map((item) => ({ ...item, position: position.get(item.id)! }));
}

/**
 * Puts `id` at `index` among the children of `parentId` (null: top level), closing the gap it
 * leaves. Returns undefined when the result would not be a valid two-level tree.
 */
export function placeItem(
  items: readonly TreeNode[],
  id: string,
  parentId: string | null,
  index: number,
): TreeNode[] | undefined {
  const moving = items.find((item) => item.id === id);
  if (!moving || !isValidTree(items)) return undefined;
  if (parentId !== null) {
    const parent = items.find((item) => item.id === parentId);
    if (!parent || parent.parentId !== null || parent.id === id) return undefined;
    if (items.some((item) => item.parentId === id)) return undefined;
  }
  const rest = items.filter((item) => item.id !== id);
  const targetSiblings = siblingsOf(rest, parentId);
  if (!Number.isInteger(index) || index < 0 || index > targetSiblings.length) return undefined;
  const reordered = [...targetSiblings.slice(0, index), { ...moving, parentId }, ...targetSiblings.slice(index)];
  const placed = new Map(reordered.map((item, position) => [item.id, { ...item, position }]));
  return normalizeTree(rest.map((item) => placed.get(item.id) ?? item).concat(placed.get(id)!));
}

/**
 * One keyboard move: up or down among its siblings; in, as the last child of the previous
 * sibling; out, as the next sibling of its parent. Returns undefined when the move is not possible.
 */
export function moveItem(items: readonly TreeNode[], id: string, move: TreeMove): TreeNode[] | undefined {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return undefined;
  const siblings = siblingsOf(items, item.parentId);
  const index = siblings.findIndex((sibling) => sibling.id === id);
  switch (move) {
    case 'up':
      return index > 0 ? placeItem(items, id, item.parentId, index - 1) : undefined;
    case 'down':
      return index < siblings.length - 1 ? placeItem(items, id, item.parentId, index + 1) : undefined;
    case 'in': {
      const previous = siblings[index - 1];
      return previous ? placeItem(items, id, previous.id, siblingsOf(items, previous.id).length) : undefined;
    }
    case 'out': {
      const parent = items.find((candidate) => candidate.id === item.parentId);
      if (!parent) return undefined;
      const parentIndex = siblingsOf(items, parent.parentId).findIndex((sibling) => sibling.id === parent.id);
      return placeItem(items, id, parent.parentId, parentIndex + 1);
    }
  }
}

/** Which keyboard moves are possible for `id`, so the editor shows only those buttons enabled. */
export function possibleMoves(items: readonly TreeNode[], id: string): Record<TreeMove, boolean> {
  return Object.fromEntries(TREE_MOVES.map((move) => [move, moveItem(items, id, move) !== undefined])) as Record<
    TreeMove,
    boolean
  >;
}

/** A canonical text of the tree's shape: two readers with the same text saw the same tree. */
export function treeShape(items: readonly TreeNode[]): string {
  return [...items]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((item) => `${item.id}:${item.parentId ?? ''}:${item.position}`)
    .join(',');
}
