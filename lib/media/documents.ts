import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { MAX_ATTACHMENT_BYTES, type AttachmentFormat } from './attachment-types';

export type DocumentRefusal = 'empty' | 'too_large' | 'unsupported_type' | 'active_content';
export type CheckedDocument = { format: AttachmentFormat; sha256: string };

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.byteLength) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.byteLength) - start)).toString(
    'latin1',
  );

// ---------------------------------------------------------------------------------------------
// ZIP (DOCX, XLSX): only the central directory and one small entry are read, never the whole archive.

type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const MAX_ZIP_ENTRIES = 10_000;
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

/** The entries of a ZIP archive from its central directory, or undefined when it is not a readable one. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at -= 1) {
    if (view.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  if (count > MAX_ZIP_ENTRIES) return undefined;
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = view.readUInt16LE(at + 28);
    const extraLength = view.readUInt16LE(at + 30);
    const commentLength = view.readUInt16LE(at + 32);
    if (at + 46 + nameLength > view.length) return undefined;
    entries.push({
      method: view.readUInt16LE(at + 10),
      compressedSize: view.readUInt32LE(at + 20),
      size: view.readUInt32LE(at + 24),
      localOffset: view.readUInt32LE(at + 42),
      name: view.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes, inflated up to `limit`; undefined when it cannot be read within it. */
function zipEntryText(bytes: Uint8Array, entry: ZipEntry, limit: number): string | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > view.length || view.readUInt32LE(at) !== 0x04034b50) return undefined;
  const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
  const data = view.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data.length <= limit ? data.toString('utf8') : undefined;
    // A size cap on the output: a small entry that inflates to gigabytes (a zip bomb) stops here.
    if (entry.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: limit }).toString('utf8');
  } catch {
    return undefined;
  }
  return undefined;
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const EXCEL_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
// Macro-enabled documents (.docm, .xlsm, templates and add-ins), their VBA projects and ActiveX controls.
const ACTIVE_CONTENT_TYPE = /macroEnabled|vbaProject|vnd\.ms-office\.activeX|vnd\.ms-excel\.(sheet\.binary|addin)/i;
const ACTIVE_ENTRY = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\//i;

function checkOfficeDocument(bytes: Uint8Array): AttachmentFormat | DocumentRefusal {
  const entries = zipEntries(bytes);
  if (!entries) return 'unsupported_type';
  if (entries.some((entry) => ACTIVE_ENTRY.test(entry.name))) return 'active_content';
  const types = entries.find((entry) => entry.name === '[Content_Types].xml');
  const xml = types && zipEntryText(bytes, types, MAX_CONTENT_TYPES_BYTES);
  if (!xml) return 'unsupported_type';
  if (ACTIVE_CONTENT_TYPE.test(xml)) return 'active_content';
  const names = new Set(entries.map((entry) => entry.name));
  if (xml.includes(WORD_MAIN) && names.has('word/document.xml')) return 'docx';
  if (xml.includes(EXCEL_MAIN) && names.has('xl/workbook.xml')) return 'xlsx';
  return 'unsupported_type';
}

// ---------------------------------------------------------------------------------------------
// PDF: scripts and launch actions are refused wherever they hide, in plain objects or in compressed streams.

// Names may be written with #xx escapes ("/J#61vaScript"): they are decoded before the search.
const ACTIVE_PDF_NAME = /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData)(?![A-Za-z0-9])/;
const MAX_STREAMS = 5_000;
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;

const decodeNameEscapes = (text: string) =>
  text.replace(/#([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function hasActivePdfContent(bytes: Uint8Array): boolean {
  const text = latin1(bytes);
  if (ACTIVE_PDF_NAME.test(decodeNameEscapes(text))) return true;
  // Object streams (PDF 1.5) keep dictionaries compressed: inflate each stream and search it too.
  let inflated = 0;
  let streams = 0;
  const streamStart = /stream\r?\n/g;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    if ((streams += 1) > MAX_STREAMS) return true;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const data = zlib.inflateSync(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start), {
        maxOutputLength: MAX_INFLATED_BYTES,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      inflated += data.length;
      if (inflated > MAX_INFLATED_BYTES) return true;
      if (ACTIVE_PDF_NAME.test(decodeNameEscapes(data.toString('latin1')))) return true;
    } catch {
      // Not a deflated stream (an image, raw text): nothing to search inside.
    }
    streamStart.lastIndex = end + 'endstream'.length;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// CSV: UTF-8 text, without NUL or other control characters, and nothing a browser would take for markup.

const MARKUP = /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|\?xml|meta|style|a\s)/i;

function isCsv(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return false;
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.length === 0 || body.startsWith('<') || body.startsWith('{') || MARKUP.test(body)) return false;
  return true;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/**
 * Checks a document by its bytes, never by its name or the browser's claim: a PDF starts with
 * `%PDF-`; a DOCX or XLSX is a ZIP whose `[Content_Types].xml` names a Word or Excel main part;
 * a CSV is UTF-8 text without NUL. Anything with active content is refused: PDF scripts and
 * launch actions, Office macros (a VBA project, a macro-enabled content type) and ActiveX.
 */
export function checkDocument(
  bytes: Uint8Array,
): { ok: true; document: CheckedDocument } | { ok: false; reason: DocumentRefusal } {
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
  let format: AttachmentFormat | DocumentRefusal;
  if (latin1(bytes, 0, 5) === '%PDF-') format = hasActivePdfContent(bytes) ? 'active_content' : 'pdf';
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) format = checkOfficeDocument(bytes);
  else if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    format = 'unsupported_type'; // .doc/.xls: OLE, macro-capable
  else format = isCsv(bytes) ? 'csv' : 'unsupported_type';
  if (format === 'active_content' || format === 'unsupported_type' || format === 'empty' || format === 'too_large')
    return { ok: false, reason: format };
  return { ok: true, document: { format, sha256: createHash('sha256').update(bytes).digest('hex') } };
}
