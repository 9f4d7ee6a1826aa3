import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('the interface messages', () => {
  it('have the same keys in French, English and Spanish', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
    expect(keysOf(es).sort()).toEqual(keysOf(fr).sort());
  });
});
