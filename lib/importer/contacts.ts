import { PHONE_PATTERN, type Contact } from '@/lib/validation/contact';

/**
 * The closing block of a release: "Pour plus d'informations, veuillez contacter …",
 * "For more information, please contact …", "Para más información, contacte a …".
 * It ends the release; it may hold one or several people, inline or one field per line.
 */
const CONTACT_INTRO =
  /^(?:pour (?:de )?plus (?:d['’]\s?|amples )informations?|pour toute information|for (?:more|further) information|for media enquiries|media contacts?|para (?:más|mayor) información|contactos? (?:de prensa|para medios))\b[^.\n]*?\b(?:contacter|contactez|contact|contactar|contacte|comuníquese con|póngase en contacto con|diríjase a)\b(?:\s+(?:à|a|with|con)(?=\s))?\s*:?\s*/i;
const CONTACT_HEADING = /^(?:contacts?(?: presse| média| media)?|media contacts?|contactos?(?: de prensa)?)\s*:\s*/i;

export function findContactIntro(line: string): { rest: string } | undefined {
  const match = CONTACT_INTRO.exec(line) ?? CONTACT_HEADING.exec(line);
  return match ? { rest: line.slice(match[0].length) } : undefined;
}

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;
const PHONE_LABEL = String.raw`(?:t[ée]l[ée]?(?:phone|éfono)?|phone|telephone|teléfono|mob(?:ile)?|m[óo]vil|cell(?:ular)?|celular|portable|port\.|gsm|fax|whatsapp)`;
const PHONE_NUMBER = String.raw`\+?\s?\(?\+?\d[\d\s().\-\/]{4,}\d(?:\s*,?\s*(?:ext|poste|anexo|extension)\.?\s*\d{1,6})?`;
const LABELLED_PHONE = new RegExp(
  String.raw`\b${PHONE_LABEL}\s*\.?\s*(?:\/\s*fax\s*\.?\s*)?:?\s*(${PHONE_NUMBER}(?:\s*(?:\/|or|ou|o|y)\s*${PHONE_NUMBER})*)`,
  'giu',
);
const LEADING_PHONES = new RegExp(String.raw`^(?:[\s,;]*\b${PHONE_LABEL}\s*\.?\s*:?\s*${PHONE_NUMBER})+`, 'iu');
const BARE_PHONE = new RegExp(
  String.raw`(?:^|[\s,;])(\+\s?\(?\d[\d\s().\-\/]{6,}\d(?:\s*,?\s*(?:ext|poste|anexo)\.?\s*\d{1,6})?)`,
  'giu',
);
const EMAIL_LABEL = /\b(?:e-?mail|courriel|correo(?: electrónico)?|mail)\s*:?\s*/giu;
const CONNECTOR = /^(?:[,;:.\s]|\b(?:ou|or|o|y|et|and|ainsi que|as well as)\b)+/iu;
const ROLE_WORDS =
  /\b(?:chargée?|responsable|porte-parole|attachée?|directeur|directrice|coordinat(?:eur|rice)|spokes(?:person|woman|man)|officer|head of|manager|coordinator|director|press|media|communications?|oficial|portavoz|coordinador[a]?|encargad[oa]|jefe|jefa|asistente|assistant)\b/iu;

/** "+ (54) 11 5219 2033" → "+54 11 5219 2033"; keeps the extension in the one way the validator reads. */
export function cleanPhone(raw: string): string {
  let phone = raw.replace(/\s+/g, ' ').trim();
  phone = phone.replace(/^\+\s*\((\d{1,4})\)\s*/, '+$1 ').replace(/^\+\s+/, '+');
  phone = phone.replace(/\s*,?\s*(ext|poste|anexo|extension)\.?\s*(\d+)$/i, (_m, label: string, digits: string) => {
    const word =
      label.toLowerCase() === 'extension'
        ? 'ext.'
        : `${label.toLowerCase()}${label.toLowerCase() === 'ext' ? '.' : ''}`;
    return `, ${word} ${digits}`;
  });
  return phone;
}

function splitPhones(found: string): string[] {
  return found
    .split(/\s*(?:\/|\bor\b|\bou\b|\bo\b|\by\b)\s*(?=\+?\s?\(?\d)/i)
    .map(cleanPhone)
    .filter((phone) => phone.length > 0);
}

/** One person: the text up to (and with) their e-mail address. */
function parsePerson(segment: string): Contact | undefined {
  let rest = ` ${segment} `;
  const phones: string[] = [];
  rest = rest.replace(LABELLED_PHONE, (_m, numbers: string) => {
    phones.push(...splitPhones(numbers));
    return ', ';
  });
  rest = rest.replace(BARE_PHONE, (_m, number: string) => {
    phones.push(cleanPhone(number));
    return ', ';
  });
  const emails = rest.match(EMAIL) ?? [];
  rest = rest.replace(EMAIL, ', ').replace(EMAIL_LABEL, ', ');
  const parts = rest
    .replace(CONNECTOR, '')
    .split(/\s*[,;\n]\s*|\s+[-–]\s+/)
    .map((part) => part.replace(/^[:.\s]+|[:\s]+$/g, '').trim())
    .filter((part) => part.length > 0 && /\p{L}/u.test(part));
  const [name, ...others] = parts;
  if (!name) return undefined;
  const roleIndex = others.length > 1 && ROLE_WORDS.test(others[0]!) ? 0 : -1;
  const role = roleIndex === 0 ? others[0] : undefined;
  const office = others.slice(roleIndex + 1).join(', ');
  const contact: Contact = {
    name: name.replace(CONNECTOR, ''),
    phones: phones.filter((phone) => PHONE_PATTERN.test(phone)).slice(0, 5),
  };
  if (role) contact.role = role;
  if (office) contact.office = office;
  if (emails[0]) contact.email = emails[0].toLowerCase();
  return contact;
}

/**
 * The people in a contact block. Each person's fields run up to their e-mail address, so the
 * block is cut after every address; a last person with a phone but no address still counts.
 */
export function parseContacts(block: string): Contact[] {
  const text = block.replace(/\n+/g, (breaks) => (breaks.length > 1 ? ' ; ' : ', ')).replace(/:\s*,\s*/g, ': ');
  const segments: string[] = [];
  let start = 0;
  for (const match of text.matchAll(EMAIL)) {
    const end = match.index + match[0].length;
    segments.push(text.slice(start, end));
    start = end;
  }
  segments.push(text.slice(start));
  // "Name, Email: …, Tel: …": phones right after an address belong to the person before it.
  for (let index = 1; index < segments.length; index += 1) {
    const leading = LEADING_PHONES.exec(segments[index]!);
    if (!leading) continue;
    segments[index - 1] += `, ${leading[0]}`;
    segments[index] = segments[index]!.slice(leading[0].length);
  }
  return segments
    .filter((segment) => /\p{L}{2,}/u.test(segment.replace(CONNECTOR, '')))
    .map(parsePerson)
    .filter((contact): contact is Contact => contact !== undefined && (contact.phones.length > 0 || !!contact.email));
}
