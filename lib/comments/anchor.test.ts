import { describe, expect, it } from 'vitest';
import { findQuote, quoteAt } from './anchor';

const TEXT = [
  'Panamá - Les coopératives de pêche partagent désormais une chambre froide sur le port.',
  'La chambre froide fonctionne avec son propre toit solaire.',
  'Les pêcheurs disent que la chambre froide a changé leur saison.',
].join('\n');

const passage = (text: string, found: { start: number; end: number } | null) =>
  found ? text.slice(found.start, found.end) : null;

describe('quoting a passage', () => {
  it('keeps the passage and up to 32 characters on either side', () => {
    const start = TEXT.indexOf('propre toit');
    const anchor = quoteAt(TEXT, start, start + 'propre toit'.length);
    expect(anchor.quote).toBe('propre toit');
    expect(anchor.prefix).toHaveLength(32);
    expect(TEXT.slice(0, start).endsWith(anchor.prefix)).toBe(true);
    expect(anchor.suffix).toBe(' solaire.\nLes pêcheurs disent qu');
  });

  it('keeps less context at the edges of the text', () => {
    expect(quoteAt(TEXT, 0, 6)).toEqual({ quote: 'Panamá', prefix: '', suffix: TEXT.slice(6, 38) });
  });
});

describe('finding a quoted passage', () => {
  it('finds a passage quoted once, exactly where it is', () => {
    const found = findQuote(TEXT, { quote: 'toit solaire', prefix: '', suffix: '' });
    expect(found).toEqual({
      start: TEXT.indexOf('toit solaire'),
      end: TEXT.indexOf('toit solaire') + 'toit solaire'.length,
    });
  });

  it('tells apart words quoted several times by the text around them', () => {
    const third = TEXT.lastIndexOf('la chambre froide');
    const anchor = quoteAt(TEXT, third, third + 'la chambre froide'.length);
    expect(findQuote(TEXT, anchor)).toEqual({ start: third, end: third + 'la chambre froide'.length });

    const second = TEXT.indexOf('La chambre froide fonctionne') + 3;
    const secondAnchor = quoteAt(TEXT, second, second + 'chambre froide'.length);
    expect(findQuote(TEXT, secondAnchor)?.start).toBe(second);
  });

  it('still finds the passage after edits around it, using what is left of its context', () => {
    const start = TEXT.lastIndexOf('la chambre froide');
    const anchor = quoteAt(TEXT, start, start + 'la chambre froide'.length);
    const edited = TEXT.replace('Les pêcheurs disent', 'Selon les pêcheurs interrogés,');
    expect(passage(edited, findQuote(edited, anchor))).toBe('la chambre froide');
    expect(findQuote(edited, anchor)?.start).toBe(edited.lastIndexOf('la chambre froide'));
  });

  it('answers null when the passage was edited away', () => {
    const anchor = { quote: 'son propre toit solaire', prefix: 'La chambre froide fonctionne avec ', suffix: '.' };
    expect(findQuote(TEXT.replace('son propre toit solaire', 'des panneaux du port'), anchor)).toBeNull();
  });

  it('answers null for an empty quote', () => {
    expect(findQuote(TEXT, { quote: ' \n ', prefix: '', suffix: '' })).toBeNull();
  });

  it('ignores how accents are encoded', () => {
    const decomposed = TEXT.normalize('NFD');
    const found = findQuote(decomposed, { quote: 'coopératives de pêche', prefix: '', suffix: '' });
    expect(passage(decomposed, found)).toBe('coopératives de pêche'.normalize('NFD'));
    expect(
      passage(TEXT, findQuote(TEXT, { quote: 'coopératives de pêche'.normalize('NFD'), prefix: '', suffix: '' })),
    ).toBe('coopératives de pêche');
  });

  it('still tells an accented word from the same word without its accent', () => {
    expect(findQuote(TEXT, { quote: 'Panama -', prefix: '', suffix: '' })).toBeNull();
  });

  it('ignores line breaks, non-breaking spaces and runs of spaces', () => {
    const rendered = TEXT.replaceAll('\n', '').replace('Panamá - Les', 'Panamá\u00a0-  Les');
    const anchor = { quote: 'port.\nLa chambre', prefix: 'une chambre froide sur le ', suffix: ' froide' };
    expect(passage(rendered, findQuote(rendered, anchor))).toBe('port.La chambre');
    expect(passage(rendered, findQuote(rendered, { quote: 'Panamá - Les', prefix: '', suffix: '' }))).toBe(
      'Panamá\u00a0-  Les',
    );
  });
});
