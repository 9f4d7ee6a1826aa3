import type { LocalizedText } from '@/lib/i18n/locales';
import type { Contact } from '@/lib/validation/contact';

export type KnownOffice = { code: string; kind: 'hq' | 'regional' | 'country'; names: LocalizedText; city: string };

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
      else if (office.city && text.includes(fold(office.city))) score = 2;
      if (score === 0) continue;
      if ((office.kind === 'regional') === regional) score += 1;
      if (!best || score > best.score) best = { office, score };
    }
    if (best) return best.office;
  }
  return undefined;
}
