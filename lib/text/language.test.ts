import { describe, expect, it } from 'vitest';
import { otherLanguageOf } from './language';

describe('telling a text written in another language', () => {
  it.each([
    ['Les habitants du village ont construit une école avec le soutien de la commune et des familles.', 'en', 'fr'],
    ['The villagers built a school with the support of the district and of the families in the area.', 'fr', 'en'],
    ['Los habitantes del pueblo construyeron una escuela con el apoyo de la alcaldía y de las familias.', 'fr', 'es'],
  ] as const)('%s, in a %s release → %s', (text, expected, found) => {
    expect(otherLanguageOf(text, expected)).toBe(found);
  });

  it('finds nothing when the text is in the expected language', () => {
    expect(otherLanguageOf('The villagers built a school with the support of the district.', 'en')).toBeNull();
  });

  it('leaves short texts alone: names, numbers and titles of a few words', () => {
    for (const text of ['', 'Dakar', 'UNHCR 2026', 'Le Sénégal', 'La escuela del pueblo', 'A school for all'])
      expect(otherLanguageOf(text, 'en'), text).toBeNull();
  });
});
