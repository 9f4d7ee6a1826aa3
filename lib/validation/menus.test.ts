import { describe, expect, it } from 'vitest';
import { AddMenuItemInput } from './menus';

const entry = (target: Record<string, string>) => ({
  menuKey: 'header',
  labelFr: 'Rapports',
  labelEn: 'Reports',
  labelEs: 'Informes',
  ...target,
});

describe('the target of a menu entry', () => {
  it('accepts an external http or https address', () => {
    const parsed = AddMenuItemInput.safeParse(entry({ targetKind: 'url', url: 'https://example.org/annual-report' }));
    expect(parsed.success && parsed.data).toMatchObject({ kind: 'url', url: 'https://example.org/annual-report' });
  });

  it('refuses a javascript:, a relative or a host-less address with a field error on url', () => {
    for (const url of ['javascript:alert(1)', '/fr/qui-sommes-nous', 'https://localhost', 'ftp://example.org/file']) {
      const parsed = AddMenuItemInput.safeParse(entry({ targetKind: 'url', url }));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
        'url',
        'invalid_url',
      ]);
    }
  });

  it('builds a listing query from the chosen region and topic', () => {
    const parsed = AddMenuItemInput.safeParse(
      entry({ targetKind: 'listing', listingRegion: 'americas', listingTopic: 'climate' }),
    );
    expect(parsed.success && parsed.data).toMatchObject({
      kind: 'listing',
      listingQuery: 'region=americas&topic=climate',
    });
  });

  it('asks for the page when the entry points to a page but none is chosen', () => {
    const parsed = AddMenuItemInput.safeParse(entry({ targetKind: 'page', pageId: '' }));
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['pageId', 'required'],
    ]);
  });
});
