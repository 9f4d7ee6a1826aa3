import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '@/lib/rich-text/types';
import { parseDump, type ParsedDump } from './parse-dump';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name));

function parsed(name: string): ParsedDump {
  const result = parseDump(fixture(name));
  if (!result.ok) expect.fail(`${name} did not parse: ${result.reason}`);
  return result.dump;
}

const types = (dump: ParsedDump) => dump.body.content.map((node) => node.type);
const listItems = (dump: ParsedDump) =>
  dump.body.content
    .filter((node) => node.type === 'bulletList')
    .flatMap((list) => list.content!.map((item) => item.content![0]!.content!.map((text) => text.text).join('')));

describe('a French release saved with the whole navigation and hard-wrapped lines', () => {
  const dump = parsed('fr-release-wrapped.txt');

  it('is a release in French with its title and no dateline', () => {
    expect(dump).toMatchObject({
      kind: 'release',
      language: 'fr',
      title: 'L’ACI et la Ville de Thiès lancent une école des métiers',
      datelineCity: '',
    });
  });

  it('leaves none of the navigation in the body', () => {
    for (const chrome of [
      'À propos',
      'Gouvernance',
      'Organigramme',
      'Nos actions',
      'Recrutement',
      'Agenda 2030',
      'quatre continents',
    ]) {
      expect(dump.bodyText).not.toContain(chrome);
    }
  });

  it('reflows the wrapped lines into five paragraphs', () => {
    expect(dump.paragraphs).toBe(5);
    expect(dump.bodyText.split('\n')[0]).toBe(
      'Le bureau de l’ACI au Sénégal et la Ville de Thiès ont signé mardi une convention pour ouvrir, dès la rentrée, une école des métiers du bâtiment destinée aux jeunes du département. L’école formera chaque année quatre-vingts apprentis.',
    );
  });

  it('splits the list items that were run together with " - " and wrapped', () => {
    expect(types(dump)).toEqual(['paragraph', 'paragraph', 'paragraph', 'bulletList', 'paragraph', 'paragraph']);
    expect(listItems(dump)).toEqual([
      'La formation pratique en atelier, encadrée par des artisans de la région et ouverte aux jeunes sans diplôme.',
      'L’accompagnement vers l’emploi, avec des stages dans les entreprises partenaires.',
      'Le suivi des anciens apprentis pendant deux ans.',
    ]);
  });

  it('restores the lost œ from its dictionary and leaves real words alone', () => {
    expect(dump.bodyText).toContain('main-d’œuvre qualifiée');
    expect(dump.bodyText).toContain('au cœur de ce projet');
    expect(dump.bodyText).toContain('une œuvre collective');
    expect(dump.bodyText).toContain('le chantier sur le site');
  });

  it('normalises spaces and quotes without changing the words', () => {
    expect(dump.bodyText).toContain('«\u00a0Nous mettons la jeunesse au cœur de ce projet\u00a0», a déclaré');
    expect(dump.bodyText).not.toMatch(/ {2}|\t|'/);
    expect(dump.bodyText).toContain('quatre-vingts apprentis'); // the no-break space of the dump became a plain one
  });

  it('reads the contact written one field per line, without the broken mailto link', () => {
    expect(dump.contacts).toEqual([
      {
        name: 'Awa Diop',
        office: 'Bureau de l’ACI à Dakar',
        phones: ['+221 33 555 12 34, ext. 210'],
        email: 'awa.diop@example.org',
      },
    ]);
    expect(JSON.stringify(dump)).not.toMatch(/mailto|">/);
    expect(dump.bodyText).not.toContain('Pour plus d');
  });

  it('is valid TipTap JSON: every block holds text nodes', () => {
    const walk = (node: RichTextNode): void => {
      if (node.type === 'text') expect(node.text).not.toBe('');
      node.content?.forEach(walk);
    };
    dump.body.content.forEach(walk);
    expect(dump.body.type).toBe('doc');
  });
});

describe('a French release cut inside the navigation, with a dateline and two contacts', () => {
  const dump = parsed('fr-release-two-contacts.txt');

  it('strips what is left of the navigation and keeps the title', () => {
    expect(dump.title).toBe('Un réseau de puits solaires pour vingt villages de la région de Tillabéri');
    expect(dump.bodyText).not.toMatch(/Direction générale|Bureaux régionaux|Nos actions/);
  });

  it('takes the dateline city out of the first paragraph (en dash)', () => {
    expect(dump.datelineCity).toBe('Niamey');
    expect(dump.bodyText.startsWith('L’ACI et le ministère')).toBe(true);
  });

  it('repairs UTF-8 text that was decoded twice', () => {
    expect(dump.bodyText).toContain('Un comité de gestion élu par chaque village');
  });

  it('keeps a short line between paragraphs as a heading', () => {
    expect(types(dump)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('reads both people of an inline contact block, with their role and office', () => {
    expect(dump.contacts).toEqual([
      {
        name: 'Ibrahim Moussa',
        office: 'Bureau de l’ACI au Niger',
        phones: ['+227 20 55 01 23'],
        email: 'i.moussa@example.org',
      },
      {
        name: 'Claire Fontaine',
        role: 'Chargée de communication',
        office: 'Bureau régional pour l’Afrique de l’Ouest et du Centre',
        phones: ['+221 33 555 10 21'],
        email: 'c.fontaine@example.org',
      },
    ]);
  });
});

describe('an English release with no navigation', () => {
  const dump = parsed('en-release.txt');

  it('is detected as English, with its dateline', () => {
    expect(dump).toMatchObject({
      kind: 'release',
      language: 'en',
      datelineCity: 'Manila',
      paragraphs: 4,
      listItems: 3,
    });
  });

  it('turns an inline " - " list after a colon into list items', () => {
    expect(listItems(dump)).toEqual([
      'Each island has two trained technicians.',
      'Spare parts are stored at the district hospital.',
      'A hotline answers questions around the clock.',
    ]);
  });

  it('uses English quotation marks', () => {
    expect(dump.bodyText).toContain('“We no longer cancel vaccination days because of a broken fridge,” said');
  });

  it('reads a phone and a mobile for one person', () => {
    expect(dump.contacts).toEqual([
      {
        name: 'Maria Santos',
        office: 'ICA Manila',
        phones: ['+63 2 8555 0101', '+63 917 555 0102'],
        email: 'msantos@example.org',
      },
    ]);
  });
});

describe('a Spanish release', () => {
  const dump = parsed('es-release.txt');

  it('is detected as Spanish, with a dateline of several words', () => {
    expect(dump).toMatchObject({
      kind: 'release',
      language: 'es',
      datelineCity: 'Ciudad de Panamá',
      paragraphs: 4,
      listItems: 3,
    });
  });

  it('reads the "Para más información" block', () => {
    expect(dump.contacts).toEqual([
      {
        name: 'Lucía Méndez',
        office: 'Oficina de la ACI en Panamá',
        phones: ['+507 555 0199'],
        email: 'lmendez@example.org',
      },
    ]);
  });

  it('uses Spanish quotation marks', () => {
    expect(dump.bodyText).toContain('«Queremos que nadie firme un contrato sin entenderlo», explicó');
  });
});

describe('static pages', () => {
  it('an about page without title line, dateline or contact is a page titled by its first sentence', () => {
    const dump = parsed('fr-page-about.txt');
    expect(dump).toMatchObject({
      kind: 'page',
      titleDerived: true,
      datelineCity: '',
      contacts: [],
      paragraphs: 3,
      listItems: 3,
    });
    expect(dump.title).toBe('L’ACI, fondée en 1962 par douze villes jumelées, soutient aujourd’hui des projets de…');
    expect(dump.review).toMatchObject({ needsReview: true, reasons: [{ field: 'title', code: 'title_derived' }] });
  });

  it('a page with a title line keeps it', () => {
    expect(parsed('en-page-titled.txt')).toMatchObject({
      kind: 'page',
      language: 'en',
      title: 'Our commitments',
      titleDerived: false,
      paragraphs: 2,
    });
  });
});

describe('malformed dumps are reported, never thrown', () => {
  it.each([
    ['empty.txt', 'empty'],
    ['binary.txt', 'binary'],
    ['only-chrome.txt', 'no_content'],
  ])('%s → %s', (name, reason) => {
    expect(parseDump(fixture(name))).toEqual({ ok: false, reason });
  });

  it('a release without a title line gets its first sentence as title, flagged for review', () => {
    expect(parsed('no-title.txt')).toMatchObject({
      kind: 'release',
      datelineCity: 'Bamako',
      title: 'Une mission d’évaluation s’est rendue cette semaine dans trois coopératives agricoles',
      titleDerived: true,
      review: { needsReview: true, reasons: expect.arrayContaining([{ field: 'title', code: 'title_derived' }]) },
    });
  });

  it('a file of blank lines is empty', () => {
    expect(parseDump(new TextEncoder().encode('\n \n\t\n'))).toEqual({ ok: false, reason: 'empty' });
  });

  it('a title with nothing under it has no body', () => {
    expect(parseDump(new TextEncoder().encode('Un titre seul\n'))).toEqual({ ok: false, reason: 'no_body' });
  });

  it('reads a dump saved in the Windows code page with CRLF line ends', () => {
    const text = 'Rapport annuel\r\nLe rapport décrit les projets menés à Lomé.\r\n';
    const bytes = Uint8Array.from(
      [...text].map((char) => (char === 'é' ? 0xe9 : char === 'à' ? 0xe0 : char === 'è' ? 0xe8 : char.charCodeAt(0))),
    );
    const result = parseDump(bytes);
    expect(result).toMatchObject({
      ok: true,
      dump: { title: 'Rapport annuel', bodyText: 'Le rapport décrit les projets menés à Lomé.' },
    });
  });
});
