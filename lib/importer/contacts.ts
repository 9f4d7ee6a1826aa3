import { PHONE_PATTERN, type Contact } from '@/lib/validation/contact';

/**
 * The closing contact block of a release, in the shapes the legacy site and its sources used:
 * an intro with or without a verb ("Pour plus d'informations, veuillez contacter …", "For further
 * information, please contact:", "Contactos de prensa", "Personne-ressource pour les médias :"),
 * then one or several people inline, one field per line, bulleted, or grouped by city.
 */
const INTRO_PHRASES = [
  String.raw`pour (?:de )?plus (?:d['’]\s?|amples )informations?(?: supplémentaires| complémentaires)?`,
  String.raw`pour toutes? (?:autres? )?informations?(?: supplémentaires?| complémentaires?)?`,
  String.raw`pour tout renseignement(?: complémentaire)?`,
  String.raw`for (?:more|further|additional) information`,
  String.raw`for media (?:enquiries|inquiries|requests)`,
  String.raw`para (?:más|mayor|obtener más|mayores) informaci[óo]n(?:es)?`,
  String.raw`más informaci[óo]n`,
];
const CONTACT_HEADINGS = [
  String.raw`contacts?`,
  String.raw`contacts? (?:presse|médias?|pour les médias|media|press)`,
  String.raw`(?:media|press) contacts?`,
  String.raw`personnes?[- ]ressources? pour les médias`,
  String.raw`renseignements`,
  String.raw`contactos?(?: de prensa| para (?:los )?medios| con (?:los )?medios)?`,
  String.raw`prensa`,
];
const INTRO = new RegExp(String.raw`^(?:${INTRO_PHRASES.join('|')})(?=[\s,.:;]|$)`, 'iu');
const HEADING = new RegExp(String.raw`^(?:${CONTACT_HEADINGS.join('|')})\s*(?::\s*|$)`, 'iu');
/** The verb (and what leads to it) that turns an intro into "contact these people". */
const CONTACT_VERB =
  /^[^\n]*?\b(?:contacter|contactez|prendre contact avec|contact|contactar|contacte|contacten|comun[íi]quese con|comun[íi]quense con|p[óo]ngase en contacto con|p[óo]nganse en contacto con|dir[íi]jase a|dir[íi]janse a|call|write to|appeler|llamar a)\b(?:\s+(?:à|a|with|con)(?=\s))?/iu;

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;
const HAS_EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/iu;
/** What a page's e-mail protection leaves of an address: the person is kept, without one. */
const OBFUSCATED_EMAIL = /\[\s*(?:email|e-mail)\s*(?:protected|protégé|protegido)\s*\]/giu;
const PHONE_LABEL = String.raw`(?:t[ée]l[ée]?(?:phone|[ée]fono)?|phone|telephone|tel[ée]fono|mob(?:ile)?|m[óo]vil|cell(?:ular)?|celular|portable|port\.|gsm|whatsapp)`;
const PHONE_NUMBER = String.raw`\+?\s?\(?\+?\d[\d\s().\-–\/]{4,}\d(?:\s*,?\s*(?:ext|poste|anexo|extension)\.?\s*\d{1,6})?`;
const LABELLED_PHONE = new RegExp(
  String.raw`\b${PHONE_LABEL}\s*\.?\s*:?\s*(${PHONE_NUMBER}(?:\s*(?:\/|\bor\b|\bou\b|\bo\b|\by\b)\s*${PHONE_NUMBER})*)`,
  'giu',
);
const FAX = new RegExp(String.raw`\bfax\s*\.?\s*:?\s*${PHONE_NUMBER}`, 'giu');
const LEADING_PHONES = new RegExp(String.raw`^(?:[\s,;]*\b${PHONE_LABEL}\s*\.?\s*:?\s*${PHONE_NUMBER})+`, 'iu');
/** A number with a plus, or eight digits and more, standing alone between commas, brackets or slashes. */
const BARE_PHONE = new RegExp(
  String.raw`(?:^|[\s,;(\/])(\+\s?\(?\d[\d\s().\-–\/]{6,}\d(?:\s*,?\s*(?:ext|poste|anexo)\.?\s*\d{1,6})?|\d(?:[\s.\-–]?\d){7,14})(?=$|[\s,;.)\/])`,
  'giu',
);
const EMAIL_LABEL = /\b(?:e-?mail|courriel|correo(?: electr[óo]nico)?|mail)\s*:?\s*/giu;
const CONNECTOR = /^(?:[,;:.\s]|\b(?:ou|or|o|y|et|and|ainsi que|as well as)\b)+/iu;
const ROLE_WORDS =
  /(?<!\p{L})(?:charg[ée]e?|responsable|porte-parole|attach[ée]e?|directeur|directrice|coordinat(?:eur|rice)|coordonnat(?:eur|rice)|chef|cheffe|repr[ée]sentante?|spokes(?:person|woman|man)|officer|head of|manager|coordinator|director|specialist|adviser|advisor|representative|oficial|portavoz|vocer[oa]|coordinador[a]?|encargad[oa]|jef[ea]|especialista|asesor[a]?|representante|asistente|assistant)(?!\p{L})/iu;
const HONORIFIC = /^(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.?|Sra\.?|Srta\.?|Don|Doña)$/u;
const NAME_PARTICLES = new Set('de del della di da das dos du van von der den la le bin ben al el y'.split(' '));
/** Words that open an organisation or place, never a surname. */
const ORGANISATION_WORDS =
  /^(?:Bureau|Office|Oficina|Division|Divisi[óo]n|Direction|Direcci[óo]n|Department|Departamento|D[ée]partement|Ministry|Minist[èe]re|Ministerio|Service|Servicio|Section|Secci[óo]n|Unit[ée]?|Unidad|Delegation|D[ée]l[ée]gation|Delegaci[óo]n|Mission|Misi[óo]n|Embassy|Ambassade|Embajada)$/u;
const ACRONYM = /^\p{Lu}{2,}[\p{Lu}\d-]*$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*\.?$/u;
/** "In Geneva:", "En Tegucigalpa :", "À Genève :": people grouped under the city they work in. */
const PLACE_GROUP = /^(?:[Ii]n|[Ee]n|[Àà]|[Aa]t|[Dd]esde)\s+(\p{Lu}[\p{L}.'’ -]{1,40}?)\s*:\s*/u;
const BULLET = /^[•·*▪◦-]\s*/u;
const LABEL_ONLY = new RegExp(
  String.raw`^(?:${PHONE_LABEL}|e-?mail|courriel|correo(?: electr[óo]nico)?|fax)\s*\.?\s*:?$`,
  'iu',
);
const WEB_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;

/**
 * The contact intro that opens the line, and what follows it on the line. A pointer to a web page
 * ("Pour plus d'informations sur le programme, rendez-vous sur …") is not one.
 */
export function findContactIntro(line: string): { rest: string } | undefined {
  const heading = HEADING.exec(line);
  if (heading) return { rest: line.slice(heading[0].length).trim() };
  const intro = INTRO.exec(line);
  if (!intro) return undefined;
  let rest = line.slice(intro[0].length);
  const verb = CONTACT_VERB.exec(rest);
  const reachable = HAS_EMAIL.test(rest) || new RegExp(PHONE_NUMBER, 'u').test(rest);
  if (verb) rest = rest.slice(verb[0].length);
  else if (!/^\s*[:,.;]?\s*$/u.test(rest) && !/^\s*:/u.test(rest) && !reachable) return undefined;
  if (/https?:\/\/|www\./iu.test(rest) && !reachable) return undefined;
  return { rest: rest.replace(/^[\s:,.;–-]+/u, '').trim() };
}

/** "+ (54) 11 5219 2033" → "+54 11 5219 2033"; keeps the extension in the one way the validator reads. */
export function cleanPhone(raw: string): string {
  let phone = raw.replace(/–/g, '-').replace(/\s+/g, ' ').trim();
  phone = phone.replace(/^\+\s*\((\d{1,4})\)\s*/, '+$1 ').replace(/^\+\s+/, '+');
  phone = phone.replace(/\s*-\s*/g, (dash) => (dash.trim() === dash ? dash : ' '));
  phone = phone.replace(/\s*,?\s*(ext|poste|anexo|extension)\.?\s*(\d+)$/i, (_m, label: string, digits: string) => {
    const word =
      label.toLowerCase() === 'extension'
        ? 'ext.'
        : `${label.toLowerCase()}${label.toLowerCase() === 'ext' ? '.' : ''}`;
    return `, ${word} ${digits}`;
  });
  return phone.replace(/\s+/g, ' ').trim();
}

function splitPhones(found: string): string[] {
  return found
    .split(/\s*(?:\/|\bor\b|\bou\b|\bo\b|\by\b)\s*(?=\+?\s?\(?\d)/i)
    .map(cleanPhone)
    .filter((phone) => phone.length > 0);
}

/** A person's name at the start of `text`, and what follows it on the same part ("… de l'OIM à Buenos Aires"). */
export function splitName(text: string): { name: string; rest: string } {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  while (tokens.length && HONORIFIC.test(tokens[0]!)) tokens.shift();
  const name: string[] = [];
  let at = 0;
  for (; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (NAME_PARTICLES.has(token) && name.length > 0 && next && CAPITALISED.test(next) && !ACRONYM.test(next)) {
      if (ORGANISATION_WORDS.test(next.replace(/[.,]$/, ''))) break;
      name.push(token);
      continue;
    }
    if (!CAPITALISED.test(token) && !(ACRONYM.test(token) && name.length === 1)) break;
    if (name.length >= 2 && (ACRONYM.test(token) || ORGANISATION_WORDS.test(token))) break;
    if (name.length >= 1 && ORGANISATION_WORDS.test(token)) break;
    name.push(token);
    if (ACRONYM.test(token)) {
      at += 1;
      break;
    }
    if (name.length === 5) {
      at += 1;
      break;
    }
  }
  return { name: name.join(' '), rest: tokens.slice(at).join(' ') };
}

const isNameStart = (line: string) => {
  if (LABEL_ONLY.test(line) || /^(?:t[ée]l|phone|e-?mail|courriel|correo|fax|mob|cell|www|http)/iu.test(line))
    return false;
  const [first, second] = line.split(/[\s,]+/);
  if (!first || !second || ACRONYM.test(first) || ROLE_WORDS.test(line.split(',')[0]!)) return false;
  return (
    CAPITALISED.test(first) && (CAPITALISED.test(second) || NAME_PARTICLES.has(second)) && !/\d/.test(first + second)
  );
};
const reaches = (text: string) => HAS_EMAIL.test(text) || new RegExp(PHONE_NUMBER, 'u').test(text);

type Chunk = { lines: string[]; place?: string };

/** Lines into one chunk per person: a blank line, a bullet, a city heading or a new name after a reachable person starts one. */
function chunksOf(block: string): { chunks: Chunk[]; obfuscated: number } {
  let obfuscated = 0;
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  let place: string | undefined;
  const open = () => {
    current = { lines: [], ...(place ? { place } : {}) };
    chunks.push(current);
    return current;
  };
  for (const raw of block.split('\n')) {
    let line = raw.replace(OBFUSCATED_EMAIL, () => {
      obfuscated += 1;
      return '';
    });
    line = line.trim().replace(/[,;]\s*$/, '');
    if (!line) {
      if (raw.trim() === '') current = undefined;
      continue;
    }
    if (WEB_LINE.test(line)) continue;
    const bulleted = BULLET.test(line) && !/^-\s*\d/.test(line);
    if (bulleted) line = line.replace(BULLET, '');
    const group = PLACE_GROUP.exec(line);
    if (group) {
      place = group[1]!.trim();
      line = line.slice(group[0].length);
      open();
      if (!line) continue;
    } else if (bulleted || !current || (current.lines.some(reaches) && isNameStart(line))) {
      open();
    }
    current!.lines.push(line);
  }
  return { chunks: chunks.filter((chunk) => chunk.lines.length > 0), obfuscated };
}

/** What is left of a person's text once phones and e-mails are read: digits there are a number not understood. */
const LEFTOVER_NUMBER = /\d[\d\s().\/–-]{4,}\d/u;

type Person = { contact: Contact; unread: boolean; unreadNumber?: string };

/** One person: a name, then role, office, phones and e-mail in any order. */
function parsePerson(segment: string, place: string | undefined): Person | undefined {
  let rest = ` ${segment} `.replace(FAX, ', ');
  const phones: string[] = [];
  rest = rest.replace(LABELLED_PHONE, (_m, numbers: string) => {
    phones.push(...splitPhones(numbers));
    return ', ';
  });
  rest = rest.replace(BARE_PHONE, (match, number: string) => {
    phones.push(cleanPhone(number));
    return match.startsWith('(') ? '(' : ', ';
  });
  const emails = rest.match(EMAIL) ?? [];
  rest = rest.replace(EMAIL, ', ').replace(EMAIL_LABEL, ', ');
  const unreadNumber = LEFTOVER_NUMBER.exec(rest)?.[0];
  const parts = rest
    .replace(CONNECTOR, '')
    .split(/\s*[,;\n()]\s*|\s+[-–]\s+|\s+\/\s*/)
    .map((part) => part.replace(/^[:.\s–-]+|[:\s–-]+$/g, '').trim())
    .filter((part) => part.length > 0 && /\p{L}/u.test(part));
  const [first, ...others] = parts;
  if (!first) return undefined;
  const { name, rest: afterName } = splitName(first.replace(CONNECTOR, ''));
  if (!name) return { contact: { name: first, phones: [] }, unread: true };
  const offices: string[] = afterName ? [afterName.replace(/^(?:de|del|of|at|à|a|en|in)\s+/iu, '')] : [];
  let role: string | undefined;
  for (const part of others) {
    if (!role && ROLE_WORDS.test(part)) role = part;
    else offices.push(part);
  }
  const office = offices.join(', ') || place;
  const contact: Contact = {
    name,
    phones: [...new Set(phones.filter((phone) => PHONE_PATTERN.test(phone)))].slice(0, 5),
  };
  if (role) contact.role = role;
  if (office) contact.office = office;
  if (emails[0]) contact.email = emails[0].toLowerCase();
  const words = name.split(' ').length;
  return { contact, unread: words > 5 || /\d/.test(name), ...(unreadNumber ? { unreadNumber } : {}) };
}

/** A person's fields run up to their e-mail address; phones written right after it are theirs too. */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (const match of text.matchAll(EMAIL)) {
    const end = match.index + match[0].length;
    segments.push(text.slice(start, end));
    start = end;
  }
  segments.push(text.slice(start));
  for (let index = 1; index < segments.length; index += 1) {
    const leading = LEADING_PHONES.exec(segments[index]!);
    if (!leading) continue;
    segments[index - 1] += `, ${leading[0]}`;
    segments[index] = segments[index]!.slice(leading[0].length);
  }
  return segments.filter((segment) => /\p{L}{2,}/u.test(segment.replace(CONNECTOR, '').replace(/[)\s]/g, '')));
}

export type ContactBlockReading = {
  contacts: Contact[];
  /** Pieces of the block that held text but no person the importer could read. */
  unread: string[];
  /** Addresses a page's e-mail protection had replaced: their people are kept without one. */
  obfuscated: number;
};

export function readContactBlock(block: string): ContactBlockReading {
  const { chunks, obfuscated } = chunksOf(block);
  const contacts: Contact[] = [];
  const unread: string[] = [];
  for (const chunk of chunks) {
    const text = chunk.lines.join(', ').replace(/:\s*,\s*/g, ': ');
    for (const segment of segmentsOf(text)) {
      const person = parsePerson(segment, chunk.place);
      const reachable = person && (person.contact.phones.length > 0 || !!person.contact.email || obfuscated > 0);
      if (person && !person.unread && reachable) {
        contacts.push(person.contact);
        // The person is kept, but a number beside them was not understood: someone must check it.
        if (person.unreadNumber) unread.push(`${person.contact.name}: ${person.unreadNumber.trim()}`);
      } else if (/\p{L}{3,}/u.test(segment.replace(CONNECTOR, ''))) unread.push(segment.trim());
    }
  }
  return { contacts, unread, obfuscated };
}

/** The people in a contact block (see readContactBlock for what could not be read). */
export function parseContacts(block: string): Contact[] {
  return readContactBlock(block).contacts;
}
