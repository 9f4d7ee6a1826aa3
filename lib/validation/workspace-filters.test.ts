import { describe, expect, it } from 'vitest';
import {
  AuditFiltersInput,
  MediaLibraryFiltersInput,
  OutboxFiltersInput,
  parseFilters,
  ReviewFiltersInput,
} from './workspace-filters';

describe('filters read from the URL', () => {
  it('read a NUL or another control character in a search as a space', () => {
    expect(parseFilters(MediaLibraryFiltersInput, { q: 'port\u0000de Colón' }).filters).toMatchObject({
      q: 'port de Colón',
    });
  });

  it('keeps valid review filters together', () => {
    expect(parseFilters(ReviewFiltersInput, { office: 'senegal', language: 'fr', state: 'approved' })).toEqual({
      filters: { office: 'senegal', language: 'fr', state: 'approved' },
      ignored: [],
    });
  });

  it('drops a bad value, names it, and keeps the others', () => {
    expect(
      parseFilters(ReviewFiltersInput, { office: 'Robert"); DROP', language: 'de', region: 'west-central-africa' }),
    ).toEqual({
      filters: { region: 'west-central-africa' },
      ignored: ['office', 'language'],
    });
  });

  it('refuses a state the queue does not show', () => {
    expect(parseFilters(ReviewFiltersInput, { state: 'draft' }).ignored).toEqual(['state']);
  });

  it('reads the first of repeated parameters and ignores blank ones', () => {
    expect(parseFilters(AuditFiltersInput, { who: ['  admin ', 'other'], action: '' }).filters).toEqual({
      who: 'admin',
    });
  });

  it('drops the end of a period that ends before it starts', () => {
    expect(parseFilters(AuditFiltersInput, { from: '2026-11-20', to: '2026-11-01' })).toEqual({
      filters: { from: '2026-11-20' },
      ignored: ['to'],
    });
  });

  it('drops dates that do not exist and pages that are not numbers', () => {
    expect(parseFilters(AuditFiltersInput, { from: '2026-02-31', page: 'two' })).toEqual({
      filters: {},
      ignored: ['from', 'page'],
    });
  });

  it('knows the outbox statuses', () => {
    expect(parseFilters(OutboxFiltersInput, { status: 'failed', page: '2' }).filters).toEqual({
      status: 'failed',
      page: 2,
    });
    expect(parseFilters(OutboxFiltersInput, { status: 'lost' }).ignored).toEqual(['status']);
  });
});
