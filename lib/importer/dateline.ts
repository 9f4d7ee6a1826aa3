/**
 * Datelines and dates as releases write them in French, English and Spanish: "GENÈVE, 3 mars
 * 2016 – ", "Geneva/Baghdad (ICRC) – ", "GINEBRA (24 de julio de 2017) – ", "Washington, D.C., 4 de
 * diciembre de 2012 (OPS/OMS) — ", "Genève (ots) - ", "NEW YORK: ", a line of its own ("Berne,
 * Communiqué de presse, 02.12.2011"), and dates alone ("18 June 2012", "Publié le 18 mars 2020").
 */
const MONTHS: Record<string, number> = {};
const monthNames: [number, string][] = [
  [1, 'janvier janv jan january enero ene'],
  [2, 'février fevrier févr fevr feb february febrero'],
  [3, 'mars mar march marzo'],
  [4, 'avril avr apr april abril abr'],
  [5, 'mai may mayo'],
  [6, 'juin jun june junio'],
  [7, 'juillet juil jul july julio'],
  [8, 'août aout aug august agosto ago'],
  [9, 'septembre sept sep september septiembre setiembre'],
  [10, 'octobre oct october octubre'],
  [11, 'novembre nov november noviembre'],
  [12, 'décembre decembre déc dec december diciembre dic'],
];
for (const [number, names] of monthNames) for (const name of names.split(' ')) MONTHS[name] = number;
const MONTH = String.raw`(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\.?`;
const DAY = String.raw`(\d{1,2})(?:er|º|°|st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

const DATE_PATTERNS: { pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] }[] = [
  // 3 mars 2016, 18 June 2012, 5 de octubre de 2018, 23 nov 2017
  {
    pattern: new RegExp(String.raw`\b${DAY}\s+(?:de\s+)?${MONTH}\s+(?:de\s+|del\s+)?${YEAR}\b`, 'iu'),
    read: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  // March 21, 2016; (April, 22 2024)
  {
    pattern: new RegExp(String.raw`\b${MONTH},?\s+${DAY},?\s+${YEAR}\b`, 'iu'),
    read: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])],
  },
  // 2016-03-21
  { pattern: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 02.12.2011, 23-03-2006, 21/03/2016 (day first, as the three languages write it)
  {
    pattern: /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/u,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
];

export type FoundDate = { iso: string; index: number; length: number };

/** The first date written in the text, as YYYY-MM-DD, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = read(match);
    if (!month || month > 12 || day < 1 || day > 31) continue;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCDate() !== day) continue;
    if (!best || match.index < best.index)
      best = { iso: date.toISOString().slice(0, 10), index: match.index, length: match[0].length };
  }
  return best;
}

const LOWER_WORDS = new Set('de del la le les du des of the and y et au aux da di van von en à'.split(' '));

/** "NEW YORK/GENÈVE" → "New York/Genève"; a place written in mixed case is kept as it is. */
export function placeCase(place: string): string {
  if (!/\p{Lu}{3,}/u.test(place) || /\p{Ll}{3,}/u.test(place.replace(/\b(?:de|del|la|le|et|y)\b/g, ''))) {
    // Only the all-capitals parts change ("BAMAKO, Mali/GENEVA" → "Bamako, Mali/Geneva").
    return place.replace(/\b\p{Lu}{3,}[\p{Lu}'’-]*\b/gu, (word) =>
      word.length <= 3 ? word : word.charAt(0) + word.slice(1).toLowerCase(),
    );
  }
  return place
    .split(/(\s+|\/|-)/)
    .map((word, index) => {
      if (!/\p{L}/u.test(word) || (word.length <= 2 && /\./.test(word))) return word;
      const lower = word.toLowerCase();
      if (index > 0 && LOWER_WORDS.has(lower)) return lower;
      if (/^(?:usa|uk|drc|uae|d\.c\.)$/i.test(word)) return word.toUpperCase();
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** Words a dateline line may hold besides its place and date. */
const DATELINE_FILLER =
  /^(?:le|el|the|on|communiqué de presse|comunicado de prensa|press release|news release|déclaration|statement|declaraci[óo]n)$/iu;
const PLACE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|d\.c\.|de|del|la|le|los|las|el|of|the|y|et|du|des|sur|upon|on|do|da|dos)$/iu;

/** A place of one to six words ("Panama City", "Bogotá - Quito", "Bamako, Mali/Geneva", "Washington, D.C."). */
function readPlace(text: string): string | undefined {
  const place = text.trim().replace(/\s+/g, ' ');
  if (!place || place.length > 70 || /\d/.test(place)) return undefined;
  const pieces = place.split(/\s*(?:\/|\s-\s|,)\s*/);
  if (pieces.length > 4) return undefined;
  for (const piece of pieces) {
    const words = piece.split(' ');
    if (!piece || words.length > 4) return undefined;
    if (!/^\p{Lu}/u.test(words[0]!) && !/^d\.c\.$/i.test(piece)) return undefined;
    if (!words.every((word) => PLACE_WORD.test(word))) return undefined;
  }
  return place;
}

/** Agency tags after a dateline's place: "(ICRC)", "(ots)", "(OPS/OMS)", "(apro)". */
const AGENCY = /^[\p{L}/.\s-]{2,16}$/u;

export type Dateline = {
  city: string;
  date?: string;
  /** How sure the reading is: an all-capitals place, an agency tag or a date makes a dateline unmistakable. */
  strong: boolean;
  dated: boolean;
};

/** Reads "PLACE (tag or date), date" — the part before a dateline's separator, or a dateline line. */
function readHead(head: string): Dateline | undefined {
  let text = head.trim();
  let date: string | undefined;
  let tagged = false;
  text = text.replace(/\s*\(([^()]{1,40})\)\s*/gu, (_whole, inside: string) => {
    const found = findDate(inside);
    if (found) date ??= found.iso;
    else if (AGENCY.test(inside.trim())) tagged = true;
    else return ' \u0000 ';
    return ' ';
  });
  if (text.includes('\u0000')) return undefined;
  const pieces = text.split(/\s*,\s*/).filter(Boolean);
  const placePieces: string[] = [];
  let datePiece = false;
  for (const piece of pieces) {
    const found = findDate(piece);
    if (found) {
      const around = (piece.slice(0, found.index) + piece.slice(found.index + found.length)).trim();
      if (around && !DATELINE_FILLER.test(around)) return undefined;
      date ??= found.iso;
      datePiece = true;
      continue;
    }
    if (DATELINE_FILLER.test(piece)) continue;
    if (datePiece) return undefined; // words after the date: a sentence, not a dateline
    placePieces.push(piece);
  }
  const place = readPlace(placePieces.join(', '));
  if (!place) return undefined;
  const allCapitals = /\p{Lu}{3,}/u.test(place) && !/\p{Ll}{2,}/u.test(place.replace(/\b(?:de|del|la|le|y|et)\b/g, ''));
  return { city: placeCase(place), ...(date ? { date } : {}), strong: !!date || allCapitals || tagged, dated: !!date };
}

/** A dateline opening a paragraph, and the paragraph without it. */
export function readDateline(paragraph: string): (Dateline & { rest: string }) | undefined {
  const head = paragraph.slice(0, 140);
  // Separators: a dash (-, –, —), the Spanish ".-", a colon or a period followed by a space.
  const separators = /\s*(?:\s[-–—]\s?|—|\.\s?-|:\s|\.\s)\s*/gu;
  let first: (Dateline & { rest: string }) | undefined;
  for (const match of head.matchAll(separators)) {
    const candidate = readHead(head.slice(0, match.index));
    if (!candidate) continue;
    const kind = match[0].trim();
    // A colon or a period ends many first words ("Nadia y Denis: …", "ACNUR: …"): only a date makes them a dateline.
    if ((kind === ':' || kind === '.') && !candidate.dated) continue;
    const rest = paragraph.slice(match.index + match[0].length);
    if (!/^\S/u.test(rest)) continue;
    // "Bogotá - Quito (CICR) – …": a later separator whose head carries a tag or a date wins over the first dash.
    if (candidate.strong) return { ...candidate, rest };
    first ??= { ...candidate, rest };
  }
  return first;
}

/** A line that is only a dateline: "Genève, le 31 mars 1998", "Berne, Communiqué de presse, 02.12.2011". */
export function readDatelineLine(line: string): Dateline | undefined {
  if (line.length > 90 || /[.!?]$/.test(line.replace(/\b\d{4}\.$/, ''))) return undefined;
  const dateline = readHead(line);
  return dateline?.date ? dateline : undefined;
}

const META_WORDS =
  /^(?:publié|publiée|mis à jour|published|updated|posted|publicado|actualizado|le|el|on|news|release|press|communiqué|comunicado|de|presse|prensa|\d+\/\d+|\||—|-|–)$/iu;

/** A line that only dates the page: "18 June 2012", "Publié le 18 mars 2020", "23-03-2006 News Release 06/24". */
export function readDateLine(line: string): string | undefined {
  if (line.length > 60) return undefined;
  const found = findDate(line);
  if (!found) return undefined;
  const around = `${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`;
  const words = around.split(/\s+/).filter(Boolean);
  return words.every((word) => META_WORDS.test(word)) ? found.iso : undefined;
}
