import { describe, expect, it } from 'vitest';
import { buildBlocks } from './blocks';
import { contentStart } from './chrome';
import { detectLanguage } from '@/lib/text/language';
import { normaliseQuotes } from '@/lib/text/typography';
import { normaliseWhitespace, removeLinkFragments } from './normalise';
import { guessOffice, type KnownOffice } from './office-guess';
import { formatReport, type ImportReport } from './report';
import { slugify, uniqueSlug } from './slug';

describe('navigation chrome', () => {
  it('ends at the first line that is neither a menu heading, its repeat, its blurb nor a sub-menu item', () => {
    const lines = [
      '-',
      'Services',
      'ServicesNous aidons les communes.',
      'Réseau',
      'Réseau',
      '- Membres',
      '- Antennes',
      '-',
      'Un titre',
      'Un texte.',
    ];
    expect(contentStart(lines)).toBe(8);
  });

  it('recognises a dump that starts in the middle of a sub-menu', () => {
    expect(contentStart(['- Antennes', '- Archives', '-', 'Un titre', 'Un texte.'])).toBe(3);
  });

  it('recognises a lone legacy menu heading', () => {
    expect(contentStart(['Engagez-vous', 'Un titre', 'Un texte.'])).toBe(1);
  });

  it('leaves a dump without navigation whole', () => {
    expect(contentStart(['Un titre', 'Un texte.'])).toBe(0);
  });
});

describe('paragraphs and lists', () => {
  it('joins wrapped lines and splits paragraphs at sentence ends', () => {
    expect(buildBlocks(['La commune a signé', 'hier une convention.', 'Les travaux commencent en mai.'])).toEqual([
      { kind: 'paragraph', text: 'La commune a signé hier une convention.' },
      { kind: 'paragraph', text: 'Les travaux commencent en mai.' },
    ]);
  });

  it('glues punctuation that was wrapped onto the next line', () => {
    expect(buildBlocks(['« Nous avançons »', ', a-t-elle dit.'])).toEqual([
      { kind: 'paragraph', text: '« Nous avançons », a-t-elle dit.' },
    ]);
  });

  it('keeps a line with a phone number as a paragraph of its own, neither a heading nor joined to the next', () => {
    expect(buildBlocks(['Standard : 022 555 01 00', 'Le service répond du lundi au vendredi.'])).toEqual([
      { kind: 'paragraph', text: 'Standard : 022 555 01 00' },
      { kind: 'paragraph', text: 'Le service répond du lundi au vendredi.' },
    ]);
  });

  it('keeps long lines written as paragraphs apart', () => {
    const long = `${'Une phrase longue sans point final '.repeat(4)}et un lien https://example.org/rapport`;
    expect(buildBlocks([long, 'Un autre paragraphe.'])).toHaveLength(2);
  });

  it('keeps a list going across a blank line and ends it at the next paragraph', () => {
    expect(buildBlocks(['- un', '', '- deux.', 'Après la liste.'])).toEqual([
      { kind: 'list', items: ['un', 'deux.'] },
      { kind: 'paragraph', text: 'Après la liste.' },
    ]);
  });

  it('does not take a wrapped line ending on "de" for a heading', () => {
    expect(buildBlocks(['Le président de', 'Panama est venu.'])).toEqual([
      { kind: 'paragraph', text: 'Le président de Panama est venu.' },
    ]);
  });
});

describe('whitespace, quotes and link fragments', () => {
  it('collapses odd spaces and drops invisible characters', () => {
    expect(normaliseWhitespace('  Un\u00a0\u00a0texte\u200b\ttrès\u202fespacé  \r\nfin')).toBe(
      'Un texte très espacé\nfin',
    );
  });

  it('removes what is left of mailto links', () => {
    expect(removeLinkFragments('"mailto:ana@example.org">ana@example.org')).toBe('ana@example.org');
    expect(removeLinkFragments('<a href="mailto:ana@example.org">ana@example.org</a>')).toBe('ana@example.org');
    expect(removeLinkFragments('écrire à mailto:ana@example.org')).toBe('écrire à ana@example.org');
  });

  it('uses one apostrophe and the language’s quotation marks', () => {
    expect(normaliseQuotes(`l'eau "potable"`, 'fr')).toBe('l’eau «\u00a0potable\u00a0»');
    expect(normaliseQuotes(`it's "clean"`, 'en')).toBe('it’s “clean”');
    expect(normaliseQuotes('el «agua » "limpia"', 'es')).toBe('el «agua» «limpia»');
  });

  it('changes no letter of the text', () => {
    const text = `L'eau "potable" arrive à   Zinder, dit l'agent.`;
    const letters = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '');
    expect(letters(normaliseQuotes(normaliseWhitespace(text), 'fr'))).toBe(letters(text));
  });
});

describe('language', () => {
  it.each([
    ['Les habitants du village ont construit une école avec le soutien de la commune.', 'fr'],
    ['The villagers built a school with the support of the district and its partners.', 'en'],
    ['Los habitantes del pueblo construyeron una escuela con el apoyo de la alcaldía.', 'es'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('slugs', () => {
  it('are ASCII kebab-case', () => {
    expect(slugify('L’ACI et la main-d’œuvre : « Cœur » de Zürich, 2024 !')).toBe(
      'l-aci-et-la-main-d-oeuvre-coeur-de-zurich-2024',
    );
  });

  it('stop at 80 characters between words', () => {
    const slug = slugify('Une très longue phrase '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect('une-tres-longue-phrase-'.repeat(10).startsWith(`${slug}-`)).toBe(true);
  });

  it('get a numbered suffix when taken, still within 80 characters', () => {
    const taken = new Set(['rapport', 'rapport-2']);
    expect(uniqueSlug('rapport', (slug) => taken.has(slug))).toBe('rapport-3');
    const long = 'a'.repeat(80);
    expect(uniqueSlug(long, (slug) => slug === long)).toBe(`${'a'.repeat(78)}-2`);
  });
});

describe('guessing the office from the contact block', () => {
  const offices: KnownOffice[] = [
    { code: 'hq', kind: 'hq', cities: { fr: 'Genève' }, names: { fr: 'Siège', en: 'Headquarters', es: 'Sede' } },
    {
      code: 'wca',
      kind: 'regional',
      cities: { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
      names: {
        fr: 'Bureau régional pour l’Afrique de l’Ouest',
        en: 'West Africa Office',
        es: 'Oficina de África Occidental',
      },
    },
    {
      code: 'senegal',
      kind: 'country',
      cities: { fr: 'Dakar', en: 'Dakar', es: 'Dakar' },
      names: { fr: 'ACI Sénégal', en: 'ICA Senegal', es: 'ACI Senegal' },
    },
    {
      code: 'niger',
      kind: 'country',
      cities: { fr: 'Niamey' },
      names: { fr: 'ACI Niger', en: 'ICA Niger', es: 'ACI Níger' },
    },
  ];
  const contact = (office: string) => [{ name: 'Awa Diop', phones: [], office }];

  it('matches an office’s name in any language, accents aside', () => {
    expect(guessOffice(contact('ICA Senegal, media unit'), offices)?.code).toBe('senegal');
    expect(guessOffice(contact('Bureau regional pour l’Afrique de l’Ouest'), offices)?.code).toBe('wca');
  });

  it('matches a city, preferring the regional office when the text says regional', () => {
    expect(guessOffice(contact('Bureau régional de l’ACI à Dakar'), offices)?.code).toBe('wca');
    expect(guessOffice(contact('Bureau de l’ACI à Dakar'), offices)?.code).toBe('senegal');
  });

  it('finds nothing when no office is named', () => {
    expect(guessOffice(contact('Division des partenariats'), offices)).toBeUndefined();
    expect(guessOffice([], offices)).toBeUndefined();
  });
});

describe('the closing report', () => {
  it('totals every status, lists the drafts to review first with their reasons and links, then why files were not stored', () => {
    const report: ImportReport = {
      dryRun: false,
      counts: { imported: 2, updated: 0, unchanged: 1, skipped: 1, failed: 1, needsReview: 1 },
      files: [
        {
          source: 'a.txt',
          status: 'imported',
          kind: 'release',
          id: '11111111-1111-4111-8111-111111111111',
          title: 'Une mission d’évaluation',
          state: 'draft',
          needsReview: true,
          reasons: [{ field: 'title', code: 'title_derived' }],
        },
        {
          source: 'b.txt',
          status: 'imported',
          kind: 'release',
          state: 'published',
          needsReview: false,
          reasons: [{ field: 'summary', code: 'summary_missing' }],
        },
        { source: 'c.txt', status: 'unchanged', reasons: [{ field: 'title', code: 'title_derived' }] },
        { source: 'd.txt', status: 'skipped', reason: 'empty', reasons: [] },
        { source: 'e.txt', status: 'failed', reason: 'storage_error', detail: 'deadlock detected', reasons: [] },
      ],
    };
    expect(formatReport(report, 'https://news.example.org').split('\n')).toEqual([
      '2 imported, 0 updated, 1 unchanged, 1 skipped, 1 failed; 1 to review',
      'Needs review (imported as drafts):',
      '  review  a.txt “Une mission d’évaluation” https://news.example.org/workspace/releases/11111111-1111-4111-8111-111111111111',
      '          - no title line: the title was taken from the first sentence',
      '  skipped d.txt: the file is empty',
      '  failed  e.txt: the database refused it (deadlock detected)',
      '  note    b.txt: no summary in the dump: write one before promoting the release',
    ]);
  });
});
