/**
 * Windows-1252 puts these characters where Latin-1 has C1 controls (0x80–0x9F). Node's own
 * "windows-1252" decoder reads those bytes as Latin-1, so the table is ours.
 */
export const CP1252_BYTE_OF: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const CHAR_OF_BYTE = new Map(Object.entries(CP1252_BYTE_OF).map(([char, byte]) => [byte, char]));

/** The Windows-1252 character a C1 control stands for (itself when the code page has none there). */
export const cp1252CharOf = (control: string) => CHAR_OF_BYTE.get(control.charCodeAt(0)) ?? control;

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += CHAR_OF_BYTE.get(byte) ?? String.fromCharCode(byte);
  return text;
}
