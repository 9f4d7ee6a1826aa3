import { parse } from 'csv-parse/sync';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import {
  IMPORT_FIELDS,
  MediaContactEmail,
  MEDIA_CONTACT_LIMITS,
  type ImportField,
  type ImportMapping,
} from '@/lib/validation/media-contacts';
import { normaliseEmail } from './email';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
export const PREVIEW_ROWS = 5;

export type CsvTable = { headers: string[]; rows: { row: number; cells: string[] }[] };
export type CsvRefusal = 'empty' | 'not_utf8' | 'unreadable' | 'too_many_rows';

/** Why one row of a file was not imported. */
export type RowRejection =
  | 'formula'
  | 'invalid_email'
  | 'missing_name'
  | 'too_long'
  | 'control_characters'
  | 'invalid_language'
  | 'invalid_date'
  | 'duplicate_in_file'
  | 'already_exists'
  | 'erased'
  | 'unknown_region'
  | 'unknown_topic';

/** A row ready for the database: regions and topics still by code, as the file names them. */
export type ImportCandidate = {
  /** The row in the file, as a spreadsheet numbers it (the header is row 1). */
  row: number;
  name: string;
  outlet: string;
  email: string;
  languages: Locale[];
  regionCodes: string[];
  topicSlugs: string[];
  beat: string;
  phone: string;
  notes: string;
  consentSource: string;
  consentDate: string | null;
};

export type RowOutcome =
  { ok: true; candidate: ImportCandidate } | { ok: false; row: number; email: string; reason: RowRejection };

/**
 * A spreadsheet runs a cell starting with =, @, a tab or a carriage return as a formula, and one
 * starting with + or - unless it is a plain number (a phone number such as +41 22 000 00 00).
 */
export function looksLikeFormula(cell: string): boolean {
  if (/^[=@\t\r]/.test(cell)) return true;
  if (/^[+-]/.test(cell)) return !/^[+-][\d\s().\/-]*$/.test(cell);
  return false;
}

/** The separator of the header line: a semicolon when it has more of them than commas (spreadsheets in French and Spanish write those). */
function separatorOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (char: string) => outsideQuotes.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Reads a CSV file (UTF-8, with or without a byte-order mark, comma or semicolon separated): its header row and its non-empty rows. */
export function readCsv(bytes: Uint8Array): { ok: true; table: CsvTable } | { ok: false; reason: CsvRefusal } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not_utf8' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separatorOf(text),
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted cell (=HYPERLINK("…")) is read as text, so the row is reported rather than the file refused.
      relax_quotes: true,
      max_record_size: 64 * 1024,
    });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const [header, ...rest] = records;
  if (!header) return { ok: false, reason: 'empty' };
  // Rows are numbered as a spreadsheet shows them: the header is row 1, and a cell's line breaks stay in its row.
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, reason: 'too_many_rows' };
  return { ok: true, table: { headers: header.map((cell) => cell.trim()), rows } };
}

const HEADER_NAMES: Record<ImportField, string[]> = {
  name: [
    'name',
    'nom',
    'nombre',
    'full name',
    'nom complet',
    'nombre completo',
    'journalist',
    'journaliste',
    'periodista',
  ],
  outlet: ['outlet', 'media', 'média', 'medio', 'publication', 'organisation', 'organization', 'organización'],
  email: ['email', 'e-mail', 'mail', 'courriel', 'correo', 'correo electrónico', 'adresse e-mail', 'email address'],
  languages: ['languages', 'language', 'langues', 'langue', 'idiomas', 'idioma', 'lang'],
  regions: ['regions', 'region', 'régions', 'région', 'regiones', 'región', 'offices', 'office', 'bureaux', 'oficinas'],
  topics: ['topics', 'topic', 'thèmes', 'thème', 'sujets', 'temas', 'tema'],
  beat: ['beat', 'rubrique', 'sección', 'seccion', 'specialty', 'spécialité', 'especialidad'],
  phone: ['phone', 'telephone', 'téléphone', 'teléfono', 'telefono', 'tel', 'mobile'],
  notes: ['notes', 'note', 'notas', 'comments', 'commentaires', 'comentarios'],
  consentSource: [
    'consent source',
    'consent',
    'source du consentement',
    'consentement',
    'origen del consentimiento',
    'consentimiento',
  ],
  consentDate: ['consent date', 'date du consentement', 'fecha del consentimiento', 'fecha de consentimiento'],
};

const simplify = (header: string) =>
  header.normalize('NFC').toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The mapping the preview proposes: each field to the first column whose header names it, in any of the three languages. */
export function guessMapping(headers: string[]): ImportMapping {
  const mapping: Partial<Record<ImportField, number>> = {};
  const taken = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const index = headers.findIndex((header, i) => !taken.has(i) && HEADER_NAMES[field].includes(simplify(header)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

const LIST_SEPARATOR = /[\s,;|\/]+/;
const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) =>
  DAY.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * Turns the file's rows into contacts to import, or says why a row cannot be: a formula-looking
 * cell anywhere in the row, a missing name, an invalid address, an unknown language, a date
 * that is not YYYY-MM-DD, a value too long, or an address already seen higher up in the file.
 */
export function mapRows(table: CsvTable, mapping: ImportMapping): RowOutcome[] {
  const seen = new Set<string>();
  return table.rows.map(({ row, cells }): RowOutcome => {
    const cell = (field: ImportField) => {
      const index = mapping[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const rawEmail = cell('email');
    const reject = (reason: RowRejection): RowOutcome => ({ ok: false, row, email: rawEmail.slice(0, 254), reason });
    if (cells.some(looksLikeFormula)) return reject('formula');
    const name = cell('name');
    if (name === '') return reject('missing_name');
    const email = MediaContactEmail.safeParse(rawEmail);
    if (!email.success) return reject('invalid_email');
    const languages = splitList(cell('languages'));
    if (!languages.every((language) => (LOCALES as readonly string[]).includes(language)))
      return reject('invalid_language');
    const consentDate = cell('consentDate');
    if (consentDate !== '' && !isDay(consentDate)) return reject('invalid_date');
    const text = {
      name,
      outlet: cell('outlet'),
      beat: cell('beat'),
      phone: cell('phone'),
      notes: cell('notes'),
      consentSource: cell('consentSource'),
    };
    const keys = Object.keys(text) as (keyof typeof text)[];
    if (keys.some((key) => text[key].length > MEDIA_CONTACT_LIMITS[key])) return reject('too_long');
    if (keys.some((key) => key !== 'notes' && /[\u0000-\u001f\u007f]/.test(text[key])))
      return reject('control_characters');
    const normalised = normaliseEmail(email.data);
    if (seen.has(normalised)) return reject('duplicate_in_file');
    seen.add(normalised);
    return {
      ok: true,
      candidate: {
        row,
        ...text,
        email: normalised,
        languages: [...new Set(languages)] as Locale[],
        regionCodes: [...new Set(splitList(cell('regions')))],
        topicSlugs: [...new Set(splitList(cell('topics')))],
        consentDate: consentDate === '' ? null : consentDate,
      },
    };
  });
}
