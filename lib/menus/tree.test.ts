import { describe, expect, it } from 'vitest';
import { depthOf, isValidTree, moveItem, placeItem, possibleMoves, treeShape, type TreeNode } from './tree';

// about (structure, offices), work, news
const MENU: TreeNode[] = [
  { id: 'about', parentId: null, position: 0 },
  { id: 'structure', parentId: 'about', position: 0 },
  { id: 'offices', parentId: 'about', position: 1 },
  { id: 'work', parentId: null, position: 1 },
  { id: 'news', parentId: null, position: 2 },
];

/** The tree as `parent>child` paths in order, easier to read than rows. */
function outline(items: TreeNode[] | undefined): string[] {
  if (!items) return [];
  const under = (parentId: string | null, prefix: string): string[] =>
    items
      .filter((item) => item.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .flatMap((item) => [`${prefix}${item.id}`, ...under(item.id, `${prefix}${item.id}>`)]);
  return under(null, '');
}

describe('moving a menu entry with the keyboard buttons', () => {
  it('moves a top-level entry up and down among its siblings', () => {
    expect(outline(moveItem(MENU, 'work', 'up'))).toEqual([
      'work',
      'about',
      'about>structure',
      'about>offices',
      'news',
    ]);
    expect(outline(moveItem(MENU, 'work', 'down'))).toEqual([
      'about',
      'about>structure',
      'about>offices',
      'news',
      'work',
    ]);
  });

  it('moves a child up and down within its parent only', () => {
    expect(outline(moveItem(MENU, 'offices', 'up'))).toEqual([
      'about',
      'about>offices',
      'about>structure',
      'work',
      'news',
    ]);
    expect(moveItem(MENU, 'offices', 'down')).toBeUndefined();
    expect(moveItem(MENU, 'structure', 'up')).toBeUndefined();
  });

  it('refuses to move the first entry up and the last one down', () => {
    expect(moveItem(MENU, 'about', 'up')).toBeUndefined();
    expect(moveItem(MENU, 'news', 'down')).toBeUndefined();
  });

  it('moves an entry in, as the last child of its previous sibling, and renumbers what stays', () => {
    const moved = moveItem(MENU, 'work', 'in');
    expect(outline(moved)).toEqual(['about', 'about>structure', 'about>offices', 'about>work', 'news']);
    expect(moved?.find((item) => item.id === 'news')?.position).toBe(1);
    expect(isValidTree(moved!)).toBe(true);
  });

  it('moves an entry out, right after its former parent', () => {
    expect(outline(moveItem(MENU, 'structure', 'out'))).toEqual([
      'about',
      'about>offices',
      'structure',
      'work',
      'news',
    ]);
    expect(moveItem(MENU, 'work', 'out')).toBeUndefined();
  });

  it('refuses a third level: a child cannot move in, nor can an entry that has children', () => {
    expect(moveItem(MENU, 'offices', 'in')).toBeUndefined();
    const workFirst = moveItem(MENU, 'work', 'up')!;
    expect(moveItem(workFirst, 'about', 'in')).toBeUndefined();
    expect(moveItem(MENU, 'about', 'in')).toBeUndefined();
  });

  it('tells the editor which moves each entry allows', () => {
    expect(possibleMoves(MENU, 'structure')).toEqual({ up: false, down: true, in: false, out: true });
    expect(possibleMoves(MENU, 'news')).toEqual({ up: true, down: false, in: true, out: false });
  });

  it('answers nothing for an entry that is not in the menu', () => {
    expect(moveItem(MENU, 'gone', 'up')).toBeUndefined();
  });
});

describe('placing a dragged entry', () => {
  it('drops a child at a given place under another top-level entry', () => {
    expect(outline(placeItem(MENU, 'offices', 'work', 0))).toEqual([
      'about',
      'about>structure',
      'work',
      'work>offices',
      'news',
    ]);
  });

  it('refuses a drop under a child, under itself, under a missing parent, or past the end', () => {
    expect(placeItem(MENU, 'news', 'structure', 0)).toBeUndefined();
    expect(placeItem(MENU, 'work', 'work', 0)).toBeUndefined();
    expect(placeItem(MENU, 'work', 'deleted', 0)).toBeUndefined();
    expect(placeItem(MENU, 'work', null, 5)).toBeUndefined();
  });
});

describe('a valid menu tree', () => {
  it('has no gaps in positions, no cycle, no orphan and no third level', () => {
    expect(isValidTree(MENU)).toBe(true);
    expect(isValidTree(MENU.map((item) => (item.id === 'news' ? { ...item, position: 5 } : item)))).toBe(false);
    expect(
      isValidTree([
        { id: 'a', parentId: 'b', position: 0 },
        { id: 'b', parentId: 'a', position: 0 },
      ]),
    ).toBe(false);
    expect(isValidTree([...MENU, { id: 'orphan', parentId: 'deleted', position: 0 }])).toBe(false);
    expect(isValidTree([...MENU, { id: 'deep', parentId: 'structure', position: 0 }])).toBe(false);
    expect(depthOf(MENU, 'structure')).toBe(2);
  });

  it('has one shape text whatever the row order, and another once anything moved', () => {
    expect(treeShape([...MENU].reverse())).toBe(treeShape(MENU));
    expect(treeShape(moveItem(MENU, 'work', 'down')!)).not.toBe(treeShape(MENU));
  });
});
