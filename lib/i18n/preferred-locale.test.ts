import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './preferred-locale';

describe('choosing a language from the browser', () => {
  it('takes the first of our languages by quality', () => {
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,es;q=0.8,en;q=0.7')).toBe('es');
    expect(localeFromAcceptLanguage('en;q=0.5, es-MX;q=0.9')).toBe('es');
  });

  it('falls back to French when nothing matches or nothing is sent', () => {
    expect(localeFromAcceptLanguage('de,it;q=0.5')).toBe('fr');
    expect(localeFromAcceptLanguage(null)).toBe('fr');
    expect(localeFromAcceptLanguage('en;q=0')).toBe('fr');
  });
});
