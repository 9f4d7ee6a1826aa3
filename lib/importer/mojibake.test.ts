import { describe, expect, it } from 'vitest';
import { repairDoubleEncoding, repairLostOe, repairMojibake } from './mojibake';

describe('repairing the lost œ', () => {
  it.each([
    ["la main-d'uvre agricole", "la main-d'œuvre agricole"],
    ['mis en uvre par la commune', 'mis en œuvre par la commune'],
    ['un hors-d’uvre', 'un hors-d’œuvre'],
    ['au cur du quartier', 'au cœur du quartier'],
    ['leurs vux pour la nouvelle année', 'leurs vœux pour la nouvelle année'],
    ['une manuvre délicate', 'une manœuvre délicate'],
    ['le chur de la cathédrale', 'le chœur de la cathédrale'],
    ['Uvre commune', 'Œuvre commune'],
    ['UVRE COMMUNE', 'ŒUVRE COMMUNE'],
  ])('%s → %s', (damaged, repaired) => {
    expect(repairLostOe(damaged)).toBe(repaired);
  });

  it('leaves words that exist without œ as they are', () => {
    const text = 'Il a vu sa sœur sur les murs du port.';
    expect(repairLostOe(text)).toBe(text);
  });

  it('repairs only whole words the dictionary knows', () => {
    expect(repairLostOe('une curiosité, un curé, un secours')).toBe('une curiosité, un curé, un secours');
  });
});

describe('repairing text decoded twice', () => {
  it('turns Windows-1252 readings of UTF-8 back into the letters', () => {
    expect(repairDoubleEncoding('Le comitÃ© a Ã©tÃ© Ã©lu Ã  Thiès')).toBe('Le comité a été élu à Thiès');
    expect(repairDoubleEncoding('lâ€™école et la main-dâ€™Å“uvre')).toBe('l’école et la main-d’œuvre');
  });

  it('leaves real accented letters side by side alone', () => {
    expect(repairDoubleEncoding('Ça déjà vu, né à Évian')).toBe('Ça déjà vu, né à Évian');
  });

  it('reads a lone Windows-1252 control character as the letter it stood for', () => {
    expect(repairMojibake('la main-d\u009cuvre')).toBe('la main-dœuvre');
  });
});
