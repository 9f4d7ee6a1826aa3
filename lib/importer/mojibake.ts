import { CP1252_BYTE_OF, cp1252CharOf } from './cp1252';

/**
 * Repairs the damage legacy exports did to the text: UTF-8 read as Windows-1252 ("Ã©" for "é")
 * and, above all, the lost "œ" ("main-d'uvre"). A word is only repaired when the dictionary of
 * French œ words below knows its damaged form, and never when that form is a word of its own
 * ("sur" stays "sur", although "sœur" loses its œ the same way).
 */
const OE_WORDS = [
  'œuvre',
  'œuvres',
  'œuvrer',
  'œuvrent',
  'œuvrons',
  'œuvrez',
  'œuvré',
  'œuvrée',
  'œuvrés',
  'œuvrées',
  'œuvrant',
  'œuvrait',
  'œuvraient',
  'œuvrera',
  'œuvreront',
  'manœuvre',
  'manœuvres',
  'manœuvrer',
  'désœuvré',
  'désœuvrée',
  'désœuvrement',
  'cœur',
  'cœurs',
  'rancœur',
  'rancœurs',
  'écœurant',
  'écœurante',
  'écœurement',
  'chœur',
  'chœurs',
  'sœur',
  'sœurs',
  'consœur',
  'consœurs',
  'vœu',
  'vœux',
  'nœud',
  'nœuds',
  'bœuf',
  'bœufs',
  'œuf',
  'œufs',
  'œil',
  'œillet',
  'œillets',
  'œillère',
  'œillères',
  'mœurs',
  'fœtus',
  'œsophage',
  'œcuménique',
  'œcuménisme',
  'œnologie',
  'œdème',
  'Œdipe',
  'phœnix',
  'belle-sœur',
  'belles-sœurs',
  'contrecœur',
  'sacré-cœur',
];

/** Damaged forms that are French words in their own right, so the text may be right as it is. */
const REAL_WORDS = new Set(['sur', 'surs', 'vu', 'il', 'murs']);

function buildRepairs(): Map<string, string> {
  const repairs = new Map<string, string>();
  for (const word of OE_WORDS) {
    for (const part of word.split('-')) {
      if (!/[œŒ]/.test(part)) continue;
      const damaged = part.replace(/[œŒ]/g, '').toLowerCase();
      if (damaged.length < 2 || REAL_WORDS.has(damaged)) continue;
      repairs.set(damaged, part.toLowerCase());
    }
  }
  return repairs;
}

const OE_REPAIRS = buildRepairs();

function withCaseOf(damaged: string, repaired: string): string {
  if (damaged === damaged.toUpperCase() && damaged.length > 1) return repaired.toUpperCase();
  if (damaged[0] === damaged[0]!.toUpperCase()) return repaired[0]!.toUpperCase() + repaired.slice(1);
  return repaired;
}

/** Restores a lost "œ" in the words the dictionary knows; leaves every other word alone. */
export function repairLostOe(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const repaired = OE_REPAIRS.get(word.toLowerCase());
    return repaired ? withCaseOf(word, repaired) : word;
  });
}

const CP1252_CHARS = Object.keys(CP1252_BYTE_OF).join('');
const SUSPECT_RUN = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_CHARS}]+`, 'g');
const C1_CONTROL = /[\u0080-\u009f]/g;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** "Ã©" → "é", "â€™" → "’": UTF-8 bytes that were decoded as Windows-1252 once too often. */
export function repairDoubleEncoding(text: string): string {
  // "à" is C3 A0 in UTF-8: read twice, its no-break space has often become a plain one.
  const repaired = text.replace(/Ã[\u00a0 ]+/g, 'à ').replace(SUSPECT_RUN, (run) => {
    const bytes = Uint8Array.from([...run].map((char) => CP1252_BYTE_OF[char] ?? char.charCodeAt(0)));
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return run; // not UTF-8 after all: real accented letters side by side
    }
  });
  // A lone C1 control is a Windows-1252 character read as Latin-1 (0x9C is "œ").
  return repaired.replace(C1_CONTROL, cp1252CharOf);
}

export function repairMojibake(text: string): string {
  return repairLostOe(repairDoubleEncoding(text));
}
