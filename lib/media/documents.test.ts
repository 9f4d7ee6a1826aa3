import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildPdf, buildXlsx, buildZip } from '@/db/seed/sample-documents';
import { MAX_ATTACHMENT_BYTES } from './attachment-types';
import { checkDocument } from './documents';

const text = (value: string) => new TextEncoder().encode(value);
const formatOf = (bytes: Uint8Array) => {
  const result = checkDocument(bytes);
  return result.ok ? result.document.format : result.reason;
};

describe('telling a document by its bytes', () => {
  it('recognises a PDF, a Word document, an Excel workbook and a CSV file', () => {
    expect(formatOf(buildPdf(['Rapport annuel 2026']))).toBe('pdf');
    expect(formatOf(buildDocx('Communiqué'))).toBe('docx');
    expect(formatOf(buildXlsx())).toBe('xlsx');
    expect(formatOf(text('province;écoles\nColón;12\nDarién;7\n'))).toBe('csv');
    expect(formatOf(text('\uFEFFregion,projects\r\nAndes,4\r\n'))).toBe('csv');
  });

  it('gives the content’s fingerprint, the same for the same bytes', () => {
    const first = checkDocument(buildPdf(['Même contenu']));
    const second = checkDocument(buildPdf(['Même contenu']));
    expect(first.ok && first.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.ok && first.document.sha256).toBe(second.ok && second.document.sha256);
  });

  it('refuses HTML saved as report.pdf, whatever the name says', () => {
    expect(formatOf(text('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'))).toBe(
      'unsupported_type',
    );
    expect(formatOf(text('  <html><script>alert(1)</script>'))).toBe('unsupported_type');
    expect(formatOf(text('name,notes\nAna,"<script>alert(1)</script>"\n'))).toBe('unsupported_type');
  });

  it('refuses binary data, text with NUL bytes, text that is not UTF-8, images and old Office files', () => {
    expect(formatOf(new Uint8Array([0x00, 0x01, 0x02, 0x03]))).toBe('unsupported_type');
    expect(formatOf(text('a,b\n1,\u0000\n'))).toBe('unsupported_type');
    expect(formatOf(new Uint8Array([0x61, 0x2c, 0xe9, 0x0a]))).toBe('unsupported_type');
    expect(formatOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('unsupported_type');
    expect(formatOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('unsupported_type');
  });

  it('refuses a ZIP that is not a Word or Excel document, and a broken one', () => {
    expect(formatOf(buildZip({ 'readme.txt': 'hello' }))).toBe('unsupported_type');
    expect(formatOf(buildZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }))).toBe(
      'unsupported_type',
    );
    expect(formatOf(buildDocx('x').subarray(0, 60))).toBe('unsupported_type');
  });

  it('refuses an empty file and one over 50 MB', () => {
    expect(formatOf(new Uint8Array())).toBe('empty');
    const huge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    huge.set(buildPdf(['big']));
    expect(formatOf(huge)).toBe('too_large');
  });
});

describe('refusing active content', () => {
  it('refuses a PDF that runs JavaScript when opened', () => {
    const trap = buildPdf(['Open me'], {
      catalogExtra: '/OpenAction 6 0 R ',
      extraObjects: ['<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>'],
    });
    expect(formatOf(trap)).toBe('active_content');
  });

  it('refuses a PDF whose script is hidden by name escapes or inside a compressed stream', () => {
    expect(formatOf(buildPdf(['x'], { extraObjects: ['<< /S /J#61vaScript /J#53 (1) >>'] }))).toBe('active_content');
    const hidden = zlib.deflateSync(Buffer.from('<< /S /JavaScript /JS (app.alert(1)) >>'));
    const stream = `<< /Type /ObjStm /Filter /FlateDecode /Length ${hidden.length} >>\nstream\n${hidden.toString('latin1')}\nendstream`;
    expect(formatOf(buildPdf(['x'], { extraObjects: [stream] }))).toBe('active_content');
  });

  it('refuses a PDF that launches a program or embeds a file', () => {
    expect(formatOf(buildPdf(['x'], { extraObjects: ['<< /S /Launch /F (cmd.exe) >>'] }))).toBe('active_content');
    expect(formatOf(buildPdf(['x'], { extraObjects: ['<< /EmbeddedFiles 7 0 R >>'] }))).toBe('active_content');
  });

  it('refuses a Word document with macros, and a document carrying a VBA project under any content type', () => {
    expect(formatOf(buildDocx('x', { macros: true }))).toBe('active_content');
    const smuggled = buildZip({
      '[Content_Types].xml':
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      'xl/workbook.xml': '<workbook/>',
      'xl/vbaProject.bin': new Uint8Array([1, 2, 3]),
    });
    expect(formatOf(smuggled)).toBe('active_content');
    const xlsm = buildZip({
      '[Content_Types].xml':
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
      'xl/workbook.xml': '<workbook/>',
    });
    expect(formatOf(xlsm)).toBe('active_content');
  });
});
