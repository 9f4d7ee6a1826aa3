import { decodeWindows1252 } from './cp1252';

/** Turns a dump's bytes into text, or says why it cannot be read as a page. */
export type DecodedDump = { ok: true; text: string } | { ok: false; reason: 'empty' | 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control characters above which a file is data, not a page saved as text. */
const MAX_CONTROL_SHARE = 0.02;

export function decodeDump(bytes: Uint8Array): DecodedDump {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return { ok: false, reason: 'binary' };
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  if (controls / sample.length > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Older exports were saved in the Windows code page rather than UTF-8.
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, reason: 'empty' };
  return { ok: true, text };
}
