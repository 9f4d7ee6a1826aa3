import { describe, expect, it } from 'vitest';
import { requiredWordPairs } from './word-pairs';

describe('requiredWordPairs', () => {
  it('demands the pair of a two-word phrase', () => {
    expect(requiredWordPairs("'drink' <-> 'water'")).toBe("'drink water'");
  });

  it('demands every neighbouring pair of a longer phrase, and those of several phrases', () => {
    expect(requiredWordPairs("'well-known' <-> 'well' <-> 'known' <-> 'fact' & 'storm' & 'o' <-> 'neil'")).toBe(
      "'well-known well' & 'well known' & 'known fact' & 'o neil'",
    );
  });

  it('demands nothing of words that are merely AND-ed', () => {
    expect(requiredWordPairs("'travailleur' & 'saisonni'")).toBeNull();
  });

  it('demands nothing across a dropped stop word, whose gap is wider than one', () => {
    expect(requiredWordPairs("'drink' <2> 'water'")).toBeNull();
  });

  it('demands nothing under OR or NOT, where the phrase may be absent from a match', () => {
    expect(requiredWordPairs("'drink' <-> 'water' | 'well'")).toBeNull();
    expect(requiredWordPairs("'border' & !( 'dri' <-> 'season' )")).toBeNull();
  });

  it('demands nothing of prefix or weighted terms', () => {
    expect(requiredWordPairs("'drink':* <-> 'water'")).toBeNull();
    expect(requiredWordPairs("'drink' <-> 'water':A")).toBeNull();
  });

  it('keeps quotes and backslashes inside lexemes intact', () => {
    expect(requiredWordPairs("'l''eau' <-> 'a\\\\b'")).toBe("'l''eau a\\\\b'");
  });

  it('demands nothing of an empty query', () => {
    expect(requiredWordPairs('')).toBeNull();
  });
});
