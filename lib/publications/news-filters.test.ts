import { describe, expect, it } from 'vitest';
import { filtersQueryString, hasActiveFilters, listingKey, listingParams, parseNewsFilters } from './news-filters';

describe('the news filters read from the URL', () => {
  it('read control characters in a search as spaces: a NUL never reaches the database', () => {
    expect(parseNewsFilters({ q: 'eau\u0000potable\u0007' }, 'fr').query).toBe('eau potable');
    expect(parseNewsFilters({ q: '\u0000' }, 'fr').query).toBe('');
  });

  it('lists the page language by default, on the first page', () => {
    const { filters, languageParam } = parseNewsFilters({}, 'en');
    expect(filters).toEqual({ languages: ['en'], page: 1 });
    expect(hasActiveFilters(filters, languageParam)).toBe(false);
  });

  it('combines region, office, topic, year, language and page', () => {
    const { filters, languageParam } = parseNewsFilters(
      { region: 'americas', office: 'panama', topic: 'labour-migration', year: '2025', language: 'es', page: '2' },
      'fr',
    );
    expect(filters).toEqual({
      region: 'americas',
      office: 'panama',
      topic: 'labour-migration',
      year: 2025,
      languages: ['es'],
      page: 2,
    });
    expect(hasActiveFilters(filters, languageParam)).toBe(true);
  });

  it('lists every language when asked for all of them', () => {
    expect(parseNewsFilters({ language: 'all' }, 'fr').filters.languages).toEqual(['fr', 'en', 'es']);
  });

  it('drops values that cannot be valid instead of failing the page', () => {
    const { filters } = parseNewsFilters({ region: "'; drop table", year: 'soon', page: '-3', language: 'de' }, 'fr');
    expect(filters).toEqual({ languages: ['fr'], page: 1 });
  });

  it('keeps the first of repeated parameters and the search words', () => {
    const parsed = parseNewsFilters({ topic: ['health', 'climate'], q: '  développement  ' }, 'fr');
    expect(parsed.filters.topic).toBe('health');
    expect(parsed.query).toBe('développement');
  });

  it('writes links without empty values and without the first page number', () => {
    expect(filtersQueryString({ region: 'americas', topic: undefined, page: 1, q: '' })).toBe('?region=americas');
    expect(filtersQueryString({ q: 'eau potable', page: 3 })).toBe('?q=eau+potable&page=3');
    expect(filtersQueryString({})).toBe('');
  });
});

describe('the cache key of a news listing', () => {
  const keyOf = (query: string) => listingKey(new URLSearchParams(query));

  it('is the same for every spelling of the same filters', () => {
    expect(keyOf('page=2&region=americas')).toBe(keyOf('region=americas&page=2&utm_source=mail'));
    expect(keyOf('region=americas&page=1')).toBe(keyOf('region=americas'));
  });

  it('names the unfiltered listing, whatever the stray parameters', () => {
    expect(keyOf('')).toBe('all');
    expect(keyOf('q=eau&fbclid=abc&year=soon&region=%27%3B')).toBe('all');
  });

  it('is one path segment that gives back the filters', () => {
    const key = keyOf('region=americas&office=panama&topic=health&year=2025&language=all&page=3');
    expect(key).not.toContain('/');
    expect(parseNewsFilters(listingParams(key), 'fr').filters).toEqual({
      region: 'americas',
      office: 'panama',
      topic: 'health',
      year: 2025,
      languages: ['fr', 'en', 'es'],
      page: 3,
    });
    expect(listingParams('all')).toEqual({});
  });
});
