import { describe, expect, it } from 'vitest';
import { guessMapping, looksLikeFormula, mapRows, readCsv, type CsvTable } from './csv-import';

const bytes = (text: string) => new TextEncoder().encode(text);

function table(text: string): CsvTable {
  const result = readCsv(bytes(text));
  if (!result.ok) throw new Error(`unreadable: ${result.reason}`);
  return result.table;
}

const HEADER = 'Name,Outlet,E-mail,Languages,Regions,Topics,Phone\n';

describe('reading a CSV file', () => {
  it('reads the header row and the rows, each with its row number as a spreadsheet shows it', () => {
    const read = table(`${HEADER}Ana Ruiz,La Nación,ana@lanacion.example,es,americas,health,+506 2222 0000\n`);
    expect(read.headers).toEqual(['Name', 'Outlet', 'E-mail', 'Languages', 'Regions', 'Topics', 'Phone']);
    expect(read.rows).toEqual([
      {
        row: 2,
        cells: ['Ana Ruiz', 'La Nación', 'ana@lanacion.example', 'es', 'americas', 'health', '+506 2222 0000'],
      },
    ]);
  });

  it('drops a UTF-8 byte-order mark, so the first header is named as written', () => {
    const read = table('\uFEFFE-mail,Name\nana@example.org,Ana\n');
    expect(read.headers[0]).toBe('E-mail');
  });

  it('reads files separated by semicolons, as French and Spanish spreadsheets save them', () => {
    const read = table('Nom;Média;Courriel\n"Dupont, Marie";Le Soleil;marie@soleil.example\n');
    expect(read.headers).toEqual(['Nom', 'Média', 'Courriel']);
    expect(read.rows[0]!.cells).toEqual(['Dupont, Marie', 'Le Soleil', 'marie@soleil.example']);
  });

  it('keeps quoted line breaks inside one cell, skips empty lines, and numbers rows as a spreadsheet does', () => {
    const read = table('Name,Notes,E-mail\r\nAna,"first\r\nsecond",ana@example.org\r\n\r\nBen,,ben@example.org\r\n');
    expect(read.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(read.rows[0]!.cells[1]).toBe('first\r\nsecond');
  });

  it('refuses an empty file, a file that is not UTF-8 and a file with an unclosed quote', () => {
    expect(readCsv(bytes('  \n'))).toEqual({ ok: false, reason: 'empty' });
    expect(readCsv(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]))).toEqual({
      ok: false,
      reason: 'not_utf8',
    });
    expect(readCsv(bytes('Name,E-mail\n"Ana,ana@example.org\n'))).toEqual({ ok: false, reason: 'unreadable' });
    expect(readCsv(bytes(`Name\n${'x'.repeat(70_000)}\n`))).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('proposing a column mapping', () => {
  it('recognises headers in English, French and Spanish', () => {
    expect(guessMapping(['Name', 'Outlet', 'E-mail', 'Languages'])).toEqual({
      name: 0,
      outlet: 1,
      email: 2,
      languages: 3,
    });
    expect(guessMapping(['Courriel', 'Nom', 'Média', 'Langues', 'Téléphone'])).toEqual({
      email: 0,
      name: 1,
      outlet: 2,
      languages: 3,
      phone: 4,
    });
    expect(guessMapping(['Nombre', 'Correo', 'Idiomas', 'Temas'])).toEqual({
      name: 0,
      email: 1,
      languages: 2,
      topics: 3,
    });
  });

  it('leaves a field unmapped when no header names it', () => {
    expect(guessMapping(['Column A', 'Column B'])).toEqual({});
  });
});

describe('turning rows into contacts', () => {
  const mapping = guessMapping(HEADER.trim().split(','));

  it('normalises the address, splits languages, regions and topics, and keeps the row number', () => {
    const [outcome] = mapRows(
      table(`${HEADER}Ana Ruiz,La Nación, Ana@LaNacion.Example ,"es, en",americas;panama,health,+506 2222 0000\n`),
      mapping,
    );
    expect(outcome).toEqual({
      ok: true,
      candidate: {
        row: 2,
        name: 'Ana Ruiz',
        outlet: 'La Nación',
        email: 'ana@lanacion.example',
        languages: ['es', 'en'],
        regionCodes: ['americas', 'panama'],
        topicSlugs: ['health'],
        beat: '',
        phone: '+506 2222 0000',
        notes: '',
        consentSource: '',
        consentDate: null,
      },
    });
  });

  it('rejects every row holding a cell a spreadsheet would run as a formula, whichever column it is in', () => {
    const outcomes = mapRows(
      table(
        HEADER +
          'Ana,=HYPERLINK("http://evil.example"),ana@example.org,es,,,\n' +
          'Ben,Daily,ben@example.org,en,,,@SUM(A1)\n' +
          'Cleo,Daily,cleo@example.org,fr,,,-2+3\n' +
          'Dan,Daily,dan@example.org,fr,,,,+cmd|calc\n' +
          'Eve,Daily,eve@example.org,fr,,,-\n',
      ),
      mapping,
    );
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.reason))).toEqual([
      'formula',
      'formula',
      'formula',
      'formula',
      'ok',
    ]);
  });

  it('takes a phone number starting with + or - as a number, not a formula', () => {
    expect(looksLikeFormula('+41 22 555 01 00')).toBe(false);
    expect(looksLikeFormula('+1 (202) 555-0100')).toBe(false);
    expect(looksLikeFormula('+1+cmd')).toBe(true);
    expect(looksLikeFormula('\t=1')).toBe(true);
  });

  it('rejects invalid addresses, missing names, unknown languages and dates not written YYYY-MM-DD', () => {
    const withDate = { ...mapping, consentDate: 7 };
    const outcomes = mapRows(
      table(
        'Name,Outlet,E-mail,Languages,Regions,Topics,Phone,Consent date\n' +
          'Ana,,not-an-address,es,,,,\n' +
          ',,ben@example.org,en,,,,\n' +
          'Cleo,,cleo@example.org,de,,,,\n' +
          'Dan,,dan@example.org,fr,,,,12/03/2025\n' +
          'Eve,,eve@example.org,fr,,,,2025-02-30\n' +
          'Fay,,fay@example.org,fr,,,,2025-02-28\n' +
          'Gus,,gus@example.org\n',
      ),
      withDate,
    );
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : `${outcome.row}:${outcome.reason}`))).toEqual([
      '2:invalid_email',
      '3:missing_name',
      '4:invalid_language',
      '5:invalid_date',
      '6:invalid_date',
      'ok',
      'ok',
    ]);
  });

  it('imports an address once: a later row with the same address, in any case, is a duplicate', () => {
    const outcomes = mapRows(
      table(`${HEADER}Ana,,ana@example.org,es,,,\nAna again,,ANA@example.org,es,,,\nBen,,ben@example.org,en,,,\n`),
      mapping,
    );
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.candidate.email : outcome.reason))).toEqual([
      'ana@example.org',
      'duplicate_in_file',
      'ben@example.org',
    ]);
  });

  it('rejects a name carrying a line break or other control character', () => {
    const [outcome] = mapRows(table(`${HEADER}"Ana\nBcc: x@evil.example",,ana@example.org,es,,,\n`), mapping);
    expect(outcome).toEqual({ ok: false, row: 2, email: 'ana@example.org', reason: 'control_characters' });
  });

  it('rejects a value longer than its field takes', () => {
    const [outcome] = mapRows(table(`${HEADER}${'A'.repeat(201)},,ana@example.org,es,,,\n`), mapping);
    expect(outcome).toMatchObject({ ok: false, reason: 'too_long' });
  });
});
