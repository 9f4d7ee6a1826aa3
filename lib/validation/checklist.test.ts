import { describe, expect, it } from 'vitest';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { checklistPasses, runChecklist, type ChecklistDraft, type ChecklistRule } from './checklist';

const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');
const bodyOf = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

function ready(overrides: Partial<ChecklistDraft> = {}): ChecklistDraft {
  const body = overrides.body ?? bodyOf(words(85));
  return {
    title: 'Le Sénégal et la Mauritanie ouvrent un guichet commun pour les travailleurs saisonniers',
    summary: 'Un guichet unique informe désormais les saisonniers sur leurs droits avant le départ.',
    datelineCity: 'Dakar',
    contacts: [{ name: 'Awa Diop', phones: ['+221 33 555 12 34'], email: 'adiop@example.org' }],
    topicIds: ['labour-migration'],
    body,
    bodyText: toPlainText(body),
    ...overrides,
  };
}

const failing = (draft: ChecklistDraft): ChecklistRule[] =>
  runChecklist(draft)
    .filter((item) => !item.passed)
    .map((item) => item.rule);

describe('the pre-submit checklist', () => {
  it('passes a complete release', () => {
    expect(failing(ready())).toEqual([]);
    expect(checklistPasses(ready())).toBe(true);
  });

  it('flags every rule on an empty draft', () => {
    const empty = ready({
      title: '',
      summary: '',
      datelineCity: ' ',
      contacts: [],
      topicIds: [],
      body: bodyOf(),
      bodyText: '',
    });
    expect(failing(empty)).toEqual([
      'title_length',
      'summary_length',
      'dateline_city',
      'contact',
      'topic',
      'body_length',
    ]);
  });

  it('allows a title of 120 characters and refuses 121', () => {
    expect(failing(ready({ title: 'a'.repeat(120) }))).toEqual([]);
    expect(failing(ready({ title: 'a'.repeat(121) }))).toEqual(['title_length']);
  });

  it('allows a summary of 300 characters and refuses 301', () => {
    expect(failing(ready({ summary: 'b'.repeat(300) }))).toEqual([]);
    expect(failing(ready({ summary: 'b'.repeat(301) }))).toEqual(['summary_length']);
  });

  it('needs one contact with a valid e-mail or phone number', () => {
    expect(
      failing(ready({ contacts: [{ name: 'Awa Diop', email: 'pas-une-adresse', phones: ['appelez-moi'] }] })),
    ).toEqual(['contact']);
    expect(failing(ready({ contacts: [{ name: 'Awa Diop', phones: ['+221 33 555 12 34 ext. 12'] }] }))).toEqual([]);
    expect(failing(ready({ contacts: [{ name: 'Awa Diop', email: 'adiop@example.org', phones: [] }] }))).toEqual([]);
    expect(failing(ready({ contacts: [{ name: ' ', email: 'adiop@example.org' }] }))).toEqual(['contact']);
  });

  it('needs alt text on every image', () => {
    const body: RichTextDoc = {
      type: 'doc',
      content: [
        ...bodyOf(words(85)).content,
        { type: 'image', attrs: { src: '/media/a.webp', alt: '' } },
        { type: 'image', attrs: { src: '/media/b.webp', alt: 'Deux femmes' } },
      ],
    };
    const items = runChecklist(ready({ body, bodyText: toPlainText(body) }));
    expect(items.find((item) => item.rule === 'image_alt')).toEqual({ rule: 'image_alt', passed: false, count: 1 });
  });

  it('refuses placeholder text anywhere, but not words that merely contain it', () => {
    for (const placeholder of ['Lorem ipsum dolor', 'TODO: citation', 'Chiffre XXX à confirmer', 'date TBC']) {
      const body = bodyOf(words(85), placeholder);
      expect(failing(ready({ body, bodyText: toPlainText(body) })), placeholder).toEqual(['no_placeholder']);
    }
    expect(failing(ready({ title: 'TODOS los países firman' }))).toEqual([]);
    expect(failing(ready({ summary: 'La integración beneficia a todo el país.' }))).toEqual([]);
  });

  it('needs at least 80 words of body and counts them', () => {
    const short = bodyOf(words(79));
    const items = runChecklist(ready({ body: short, bodyText: toPlainText(short) }));
    expect(items.find((item) => item.rule === 'body_length')).toEqual({
      rule: 'body_length',
      passed: false,
      count: 79,
    });
  });
});
