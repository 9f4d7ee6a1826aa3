import { describe, expect, it } from 'vitest';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { markUntranslated } from '@/lib/rich-text/untranslated';
import { checklistPasses, runChecklist, type ChecklistDraft, type ChecklistRule } from './checklist';

const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');
const bodyOf = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

function ready(overrides: Partial<ChecklistDraft> = {}): ChecklistDraft {
  const body = overrides.body ?? bodyOf(words(85));
  return {
    language: 'fr',
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

const french =
  'Les habitants du village ont construit une école avec le soutien de la commune et des familles, ' +
  'qui ont donné leur temps pendant les vacances. Les élèves de la région sont accueillis dans ' +
  'des classes plus claires et ils ont enfin des cahiers pour tous.';
const english =
  'The villagers built a school with the support of the district and of the families, who gave ' +
  'their time during the holidays. The pupils of the region are welcomed in brighter classrooms ' +
  'and they have notebooks for all of them at last.';

describe('the checklist of a translation', () => {
  const translation = (body: RichTextDoc, overrides: Partial<ChecklistDraft> = {}) =>
    ready({
      language: 'en',
      isTranslation: true,
      title: 'A school built by its village',
      summary: 'The families of the village gave their time.',
      body,
      bodyText: toPlainText(body),
      ...overrides,
    });
  const item = (draft: ChecklistDraft, rule: ChecklistRule) => runChecklist(draft).find((it) => it.rule === rule);

  it('refuses while a block still holds untranslated source text, and counts those blocks', () => {
    const body = markUntranslated(bodyOf(french, words(85), 'Contact presse'));
    expect(item(translation(body), 'translated')).toEqual({ rule: 'translated', passed: false, count: 3 });
    const halfDone: RichTextDoc = { type: 'doc', content: [bodyOf(english).content[0]!, ...body.content.slice(1)] };
    expect(item(translation(halfDone), 'translated')).toMatchObject({ passed: false, count: 2 });
  });

  it('passes once every block is translated', () => {
    const body = bodyOf(english, words(85));
    expect(item(translation(body), 'translated')).toEqual({ rule: 'translated', passed: true, count: 0 });
    expect(failing(translation(body))).toEqual([]);
  });

  it('lists the rule only for translations and for documents that still hold marked text', () => {
    expect(item(ready(), 'translated')).toBeUndefined();
    expect(item(ready({ body: markUntranslated(bodyOf(french)) }), 'translated')).toMatchObject({ passed: false });
  });

  it('refuses a text written in another language than the release’s, naming the field', () => {
    const body = bodyOf(french, words(85));
    expect(item(translation(body), 'language')).toEqual({
      rule: 'language',
      passed: false,
      found: { field: 'body', language: 'fr' },
    });
    expect(item(translation(bodyOf(english, words(85)), { summary: french }), 'language')).toMatchObject({
      found: { field: 'summary', language: 'fr' },
    });
  });

  it('never blocks on a short text whose language cannot be told', () => {
    const body = bodyOf(english, words(85));
    for (const title of ['Dakar 2026', 'Le Sénégal', 'Plan de respuesta', 'UNHCR']) {
      expect(item(translation(body, { title }), 'language'), title).toEqual({ rule: 'language', passed: true });
    }
  });
});
