import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { CACHE_TAGS } from '@/lib/cache/tags';
import { menuItems, menus, offices, pages, type MenuKey } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { cachedRead } from './public-cache';

export type MenuItemDTO = { id: string; label: string; href: string | null; children: MenuItemDTO[] };

type FlatItem = { id: string; parentId: string | null; label: string; href: string | null; hidden: boolean };

/** Builds the tree; an item whose target is not public is dropped with everything under it. */
export function toMenuTree(items: FlatItem[]): MenuItemDTO[] {
  const visible = items.filter((item) => !item.hidden);
  const childrenOf = (parentId: string | null): MenuItemDTO[] =>
    visible
      .filter((item) => item.parentId === parentId)
      .map(({ id, label, href }) => ({ id, label, href, children: childrenOf(id) }));
  return childrenOf(null);
}

/** A site menu in one language, for the portal: only published pages appear. */
export const listMenu = cachedRead('listMenu', readMenu, () => [
  CACHE_TAGS.menus,
  CACHE_TAGS.pages,
  CACHE_TAGS.offices,
]);

async function readMenu(key: MenuKey, language: Locale): Promise<MenuItemDTO[]> {
  const targetPage = alias(pages, 'target_page');
  const localizedPage = alias(pages, 'localized_page');
  const rows = await db
    .select({
      id: menuItems.id,
      parentId: menuItems.parentId,
      labels: menuItems.labels,
      targetKind: menuItems.targetKind,
      pagePath: localizedPage.path,
      pageState: localizedPage.state,
      officeCode: offices.code,
      listingQuery: menuItems.listingQuery,
      url: menuItems.url,
    })
    .from(menuItems)
    .innerJoin(menus, eq(menus.id, menuItems.menuId))
    .leftJoin(targetPage, eq(targetPage.id, menuItems.pageId))
    .leftJoin(
      localizedPage,
      and(eq(localizedPage.translationGroupId, targetPage.translationGroupId), eq(localizedPage.language, language)),
    )
    .leftJoin(offices, eq(offices.id, menuItems.officeId))
    .where(eq(menus.key, key))
    .orderBy(asc(menuItems.position));

  return toMenuTree(
    rows.map((row) => {
      const base = { id: row.id, parentId: row.parentId, label: row.labels[language] };
      switch (row.targetKind) {
        case 'page':
          return { ...base, href: `/${language}/${row.pagePath}`, hidden: row.pageState !== 'published' };
        case 'office':
          return { ...base, href: `/${language}/offices/${row.officeCode}`, hidden: false };
        case 'listing':
          return { ...base, href: `/${language}/news${row.listingQuery ? `?${row.listingQuery}` : ''}`, hidden: false };
        case 'url':
          return { ...base, href: row.url, hidden: false };
        case 'none':
          return { ...base, href: null, hidden: false };
      }
    }),
  );
}
