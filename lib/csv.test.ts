import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export', () => {
  it('leaves plain values as they are', () => {
    expect(csvCell('release.approve')).toBe('release.approve');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Dakar, Sénégal')).toBe('"Dakar, Sénégal"');
    expect(csvCell('le "corridor"')).toBe('"le ""corridor"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it('defuses a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
  });

  it('writes dates in ISO 8601 and ends every row with CRLF', () => {
    expect(toCsv(['at', 'who'], [[new Date('2026-11-23T10:00:00Z'), 'a@example.org']])).toBe(
      'at,who\r\n2026-11-23T10:00:00.000Z,a@example.org\r\n',
    );
  });
});
