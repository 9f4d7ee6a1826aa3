import { describe, expect, it } from 'vitest';
import { contactLines, diffRevisions, diffText, type ComparableRevision } from './diff';

const base: ComparableRevision = {
  title: 'Cooperatives open a cold store',
  summary: 'Four fishing cooperatives share one store.',
  datelineCity: 'Colón',
  datelineCountry: 'Panama',
  bodyText: 'The store runs on solar power.\nIt opened on Monday.',
  contacts: [
    { name: 'Lucía Herrera', role: 'Press officer', phones: ['+507 6555 0187'], email: 'lherrera@example.org' },
  ],
  topicLabels: ['Fisheries', 'Energy'],
};

const field = (diffs: ReturnType<typeof diffRevisions>, name: string) => diffs.find((diff) => diff.field === name)!;

describe('a word-level diff of two texts', () => {
  it('marks the words taken out and the words put in, keeping the rest', () => {
    expect(diffText('the old cold store', 'the new cold store')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
      { kind: 'same', text: ' cold store' },
    ]);
  });

  it('gives back the newer text when the removed parts are dropped, and the older one when the added parts are', () => {
    const parts = diffText('A short line.\nAnother one.', 'A longer line.\nAnother one, and more.');
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('A longer line.\nAnother one, and more.');
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe('A short line.\nAnother one.');
  });

  it('shows a text written from nothing as one insertion', () => {
    expect(diffText('', 'New summary')).toEqual([{ kind: 'added', text: 'New summary' }]);
  });
});

describe('comparing two revisions', () => {
  it('reports every field, in reading order, and which of them changed', () => {
    const diffs = diffRevisions(base, { ...base, title: 'Cooperatives open a shared cold store' });
    expect(diffs.map((diff) => diff.field)).toEqual(['title', 'summary', 'dateline', 'body', 'contacts', 'topics']);
    expect(diffs.filter((diff) => diff.changed).map((diff) => diff.field)).toEqual(['title']);
    expect(
      field(diffs, 'title')
        .parts.filter((part) => part.kind === 'added')
        .map((part) => part.text.trim()),
    ).toEqual(['shared']);
  });

  it('reads the dateline as city and country together', () => {
    const diffs = diffRevisions(base, { ...base, datelineCity: 'Ciudad de Panamá' });
    expect(
      field(diffs, 'dateline')
        .parts.filter((part) => part.kind === 'removed')
        .map((part) => part.text),
    ).toEqual(['Colón']);
  });

  it('shows a changed phone number as a change inside the contact’s line', () => {
    const diffs = diffRevisions(base, { ...base, contacts: [{ ...base.contacts[0]!, phones: ['+507 6555 0199'] }] });
    const contacts = field(diffs, 'contacts');
    expect(contacts.changed).toBe(true);
    expect(contacts.parts.find((part) => part.kind === 'same')?.text).toContain('Lucía Herrera · Press officer · ');
  });

  it('ignores the order topics were chosen in', () => {
    expect(field(diffRevisions(base, { ...base, topicLabels: ['Energy', 'Fisheries'] }), 'topics').changed).toBe(false);
  });

  it('finds nothing changed between a revision and itself', () => {
    expect(diffRevisions(base, base).some((diff) => diff.changed)).toBe(false);
  });
});

describe('contacts as text', () => {
  it('writes one line per contact, leaving out what is not given', () => {
    expect(contactLines([...base.contacts, { name: 'Moussa Diop', phones: [] }])).toBe(
      'Lucía Herrera · Press officer · +507 6555 0187 · lherrera@example.org\nMoussa Diop',
    );
  });
});
