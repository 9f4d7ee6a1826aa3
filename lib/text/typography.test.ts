import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { typesetDraft, typesetFrench } from './typography';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French typography on save', () => {
  it('holds the space before ; ! ? with a narrow no-break space, adding it where it was left out', () => {
    expect(typesetFrench('Pourquoi ? Parce que ; enfin !')).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}!`);
    expect(typesetFrench('Vraiment?!')).toBe(`Vraiment${NNBSP}?!`);
  });

  it('makes the space typed before a colon a no-break space, and leaves times and ratios alone', () => {
    expect(typesetFrench('Le bilan : 10:30, un ratio de 3:1')).toBe(`Le bilan${NBSP}: 10:30, un ratio de 3:1`);
  });

  it('keeps digit groups together, and not a year next to a number or a phone number', () => {
    expect(typesetFrench('2 143 familles et 1 000 000 d’arbres')).toBe(
      `2${NNBSP}143 familles et 1${NNBSP}000${NNBSP}000 d’arbres`,
    );
    expect(typesetFrench('En 2018 250 personnes')).toBe('En 2018 250 personnes');
    expect(typesetFrench('Appelez le +507 264 1234 ou le 507 264 1234')).toBe(
      'Appelez le +507 264 1234 ou le 507 264 1234',
    );
  });

  it('curls apostrophes and sets straight quotes as guillemets with their no-break spaces', () => {
    expect(typesetFrench(`L'eau "potable" et « la pêche »`)).toBe(
      `L’eau «${NBSP}potable${NBSP}» et «${NBSP}la pêche${NBSP}»`,
    );
  });

  it('never touches a web or e-mail address', () => {
    const text = "Voir https://example.org/a?b=1;c=2:x!y et presse@gob.pa ? www.minsa.gob.pa/l'eau";
    expect(typesetFrench(text)).toBe(
      `Voir https://example.org/a?b=1;c=2:x!y et presse@gob.pa${NNBSP}? www.minsa.gob.pa/l'eau`,
    );
  });

  it('changes nothing more when a text is set twice', () => {
    const once = typesetFrench(`Qu'en dit "l'office" : 2 143 réponses ; oui !`);
    expect(typesetFrench(once)).toBe(once);
  });
});

describe('a release’s working copy on save', () => {
  const body: RichTextDoc = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Les 2 143 familles : ' },
          {
            type: 'text',
            text: 'voir https://gob.pa/a:b',
            marks: [{ type: 'link', attrs: { href: 'https://gob.pa/a:b' } }],
          },
          { type: 'text', text: 'x ; y', marks: [{ type: 'code' }] },
        ],
      },
      { type: 'codeBlock', content: [{ type: 'text', text: 'a : b' }] },
    ],
  };
  const draft = { title: "L'eau : enfin !", summary: 'Pourquoi ?', body, contacts: [] };

  it('sets the title, the summary and the text of a French body, not code or link targets', () => {
    const set = typesetDraft(draft, 'fr');
    expect(set.title).toBe(`L’eau${NBSP}: enfin${NNBSP}!`);
    expect(set.summary).toBe(`Pourquoi${NNBSP}?`);
    expect(set.body.content[0]!.content).toEqual([
      { type: 'text', text: `Les 2${NNBSP}143 familles${NBSP}: ` },
      {
        type: 'text',
        text: 'voir https://gob.pa/a:b',
        marks: [{ type: 'link', attrs: { href: 'https://gob.pa/a:b' } }],
      },
      { type: 'text', text: 'x ; y', marks: [{ type: 'code' }] },
    ]);
    expect(set.body.content[1]).toEqual(body.content[1]);
    expect(set.contacts).toBe(draft.contacts);
  });

  it('leaves English and Spanish releases as typed', () => {
    expect(typesetDraft(draft, 'en')).toBe(draft);
    expect(typesetDraft(draft, 'es')).toBe(draft);
  });
});
