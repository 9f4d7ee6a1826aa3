import type { LocalizedText } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';

/** An office as the importer matches it, with its city's name in each language. */
export type KnownOffice = {
  code: string;
  kind: 'hq' | 'regional' | 'country';
  names: LocalizedText;
  cities: Partial<LocalizedText>;
};

const fold = (text: string) =>
  ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * The office a contact block names: an office's full name (in any language) counts most, its
 * city next; "regional" in the text prefers a regional office of that city over a country one.
 */
export function guessOffice(contacts: Contact[], offices: KnownOffice[]): KnownOffice | undefined {
  let best: { office: KnownOffice; score: number } | undefined;
  for (const contact of contacts) {
    const text = fold([contact.office, contact.role].filter(Boolean).join(' '));
    if (text.trim() === '') continue;
    const regional = /\b(regional|regionale|regionales)\b/.test(text);
    for (const office of offices) {
      let score = 0;
      // A one-word name ("Bureau") says nothing about which office it is.
      if (Object.values(office.names).some((name) => name.trim().includes(' ') && text.includes(fold(name)))) score = 4;
      else if (citiesOf(office).some((city) => text.includes(fold(city)))) score = 2;
      if (score === 0) continue;
      if ((office.kind === 'regional') === regional) score += 1;
      if (!best || score > best.score) best = { office, score };
    }
    if (best) return best.office;
  }
  return undefined;
}

/**
 * The same city in the three languages and in English: a dateline says "Ginebra" or "GENEVA"
 * where the office is stored as "Genève".
 */
const CITY_NAMES = [
  'Genève Geneva Ginebra Genf',
  'New York|Nueva York|New-York',
  'Panama City|Ciudad de Panamá|Panamá|Panama|Panama Ciudad',
  'Bruxelles Brussels Bruselas',
  'Le Caire|Cairo|El Cairo',
  'Washington|Washington, D.C.|Washington DC',
  'Mexico City|Ciudad de México|Mexico|México',
  'Vienne Vienna Viena Wien',
  'Rome Roma',
  'Londres London',
  'Beyrouth Beirut',
  'Bogotá Bogota',
  'Tunis Túnez',
  'Addis-Abeba|Addis Ababa|Adís Abeba',
  'Manille Manila',
  'Moscou Moscow Moscú',
  'Bagdad Baghdad',
  'Berne Bern Berna',
  'Le Cap|Cape Town|Ciudad del Cabo',
  'Alger Algiers Argel',
  'Varsovie Warsaw Varsovia',
  'Lisbonne Lisbon Lisboa',
].map((names) => names.split(names.includes('|') ? '|' : ' ').map(fold));

function citiesOf(office: KnownOffice): string[] {
  return Object.values(office.cities).filter(Boolean) as string[];
}

function sameCity(a: string, b: string): boolean {
  const [left, right] = [fold(a), fold(b)];
  if (left === right) return true;
  return CITY_NAMES.some((names) => names.includes(left) && names.includes(right));
}

/**
 * The office in a release's dateline city ("Geneva" → headquarters), in any language: each place
 * of a dateline ("Dakar/New York") in turn; a regional office before a country office of the same city.
 */
export function officeForDateline(datelineCity: string, offices: KnownOffice[]): KnownOffice | undefined {
  for (const place of datelineCity.split(/\s*(?:\/|\s-\s)\s*/)) {
    const city = place.split(',')[0]!.trim();
    if (!city) continue;
    const matches = offices.filter((office) => citiesOf(office).some((name) => sameCity(name, city)));
    const order = { hq: 0, regional: 1, country: 2 } as const;
    const best = matches.sort((a, b) => order[a.kind] - order[b.kind])[0];
    if (best) return best;
  }
  return undefined;
}
