import { describe, expect, it } from 'vitest';
import { renderRichTextHtml } from './render-html';
import { toPlainText } from './plain-text';
import { parseRichText } from './schema';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  listSuggestions,
  rejectAllSuggestions,
  rejectSuggestion,
  keepStoredSuggestions,
  signSuggestions,
  withoutSuggestions,
} from './suggestions';
import type { RichTextDoc } from './types';

const alice = { id: 'alice-id', name: 'Alice Editor' };
const bruno = { id: 'bruno-id', name: 'Bruno Copy' };
const at = '2026-12-07T10:00:00.000Z';
const insert = (id: string, by = alice) => ({
  type: 'suggestionInsert',
  attrs: { id, authorId: by.id, authorName: by.name, createdAt: at },
});
const remove = (id: string, by = alice) => ({
  type: 'suggestionDelete',
  attrs: { id, authorId: by.id, authorName: by.name, createdAt: at },
});

/** "The council opens [new] ten {small} schools." with one insertion and one deletion. */
const DOC: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The council opens ' },
        { type: 'text', text: 'new ', marks: [insert('s1')] },
        { type: 'text', text: 'ten ' },
        { type: 'text', text: 'small ', marks: [{ type: 'bold' }, remove('s2', bruno)] },
        { type: 'text', text: 'schools.' },
      ],
    },
  ],
};
const textOf = (doc: RichTextDoc) => toPlainText(acceptAllSuggestions(doc));

describe('suggestions in a document', () => {
  it('lists the open suggestions in order, with their kind, text, author and time', () => {
    expect(listSuggestions(DOC)).toEqual([
      { id: 's1', kind: 'insert', text: 'new ', authorId: 'alice-id', authorName: 'Alice Editor', createdAt: at },
      { id: 's2', kind: 'delete', text: 'small ', authorId: 'bruno-id', authorName: 'Bruno Copy', createdAt: at },
    ]);
  });

  it('gathers one suggestion spread over runs of different formatting', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'very ', marks: [insert('s9')] },
            { type: 'text', text: 'big', marks: [{ type: 'bold' }, insert('s9')] },
          ],
        },
      ],
    };
    expect(listSuggestions(doc)).toMatchObject([{ id: 's9', text: 'very big' }]);
  });

  it('accepts an insertion by keeping its text without the mark, joined to its neighbours', () => {
    const accepted = acceptSuggestion(DOC, 's1');
    expect(accepted.content[0]!.content![0]).toEqual({ type: 'text', text: 'The council opens new ten ' });
    expect(listSuggestions(accepted).map((suggestion) => suggestion.id)).toEqual(['s2']);
  });

  it('rejects an insertion by taking its text away', () => {
    expect(toPlainText(rejectSuggestion(DOC, 's1'))).toBe('The council opens ten small schools.');
    expect(listSuggestions(rejectSuggestion(DOC, 's1')).map((suggestion) => suggestion.id)).toEqual(['s2']);
  });

  it('accepts a deletion by taking the text away and rejects it by keeping the text and its formatting', () => {
    expect(textOf(acceptSuggestion(DOC, 's2'))).toBe('The council opens new ten schools.');
    const rejected = rejectSuggestion(DOC, 's2');
    expect(rejected.content[0]!.content).toContainEqual({ type: 'text', text: 'small ', marks: [{ type: 'bold' }] });
  });

  it('accepts all or rejects all at once', () => {
    expect(toPlainText(acceptAllSuggestions(DOC))).toBe('The council opens new ten schools.');
    expect(listSuggestions(acceptAllSuggestions(DOC))).toEqual([]);
    expect(toPlainText(rejectAllSuggestions(DOC))).toBe('The council opens ten small schools.');
    expect(listSuggestions(rejectAllSuggestions(DOC))).toEqual([]);
  });

  it('leaves a document without suggestions as it is', () => {
    const plain: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }],
    };
    expect(acceptAllSuggestions(plain)).toEqual(plain);
    expect(rejectSuggestion(plain, 'nothing')).toEqual(plain);
  });

  it('is accepted by the stored-document schema, with its four attributes and no others', () => {
    expect(parseRichText(DOC).ok).toBe(true);
    const extra = structuredClone(DOC);
    extra.content[0]!.content![1]!.marks![0]!.attrs!.style = 'color:red';
    expect(parseRichText(extra)).toMatchObject({ ok: false, problem: { code: 'unknown_attribute' } });
  });
});

describe('what the public may read', () => {
  it('renders deletions as the original text and drops insertions unless tracked changes are asked for', () => {
    const html = renderRichTextHtml(DOC);
    expect(html).toBe('<p>The council opens ten <strong>small </strong>schools.</p>');
    expect(html).not.toContain('new');
    expect(html).not.toMatch(/<ins|<del|suggestion/);
    expect(renderRichTextHtml(withoutSuggestions(DOC))).toBe(html);
  });

  it('shows tracked changes with who suggested them in the workspace', () => {
    const html = renderRichTextHtml(DOC, { suggestions: 'show' });
    expect(html).toContain('<ins class="suggestion" data-suggestion="s1" data-author="Alice Editor"');
    expect(html).toContain('<del class="suggestion" data-suggestion="s2" data-author="Bruno Copy"');
  });

  it('escapes an author name that tries to break out of its attribute', () => {
    const name = '"><script>alert(1)</script>';
    const doc = structuredClone(DOC);
    doc.content[0]!.content![1]!.marks![0]!.attrs!.authorName = name;
    expect(renderRichTextHtml(doc, { suggestions: 'show' })).not.toContain('<script>');
  });

  it('leaves suggested insertions out of the plain text used for search and word counts', () => {
    expect(toPlainText(DOC)).toBe('The council opens ten small schools.');
  });
});

describe('a document saved in suggestion mode', () => {
  const now = new Date('2026-12-07T11:00:00.000Z');
  const stored = DOC;
  const withNew = (marks: object[]): RichTextDoc => {
    const doc = structuredClone(stored);
    doc.content[0]!.content!.push({ type: 'text', text: ' Soon.', marks: marks as never });
    return doc;
  };

  it('signs a new suggestion with the person saving it and the server time, whatever the browser said', () => {
    const forged = {
      type: 'suggestionInsert',
      attrs: { id: 'n1', authorId: 'x', authorName: 'Someone', createdAt: at },
    };
    const signed = signSuggestions(stored, withNew([forged]), bruno, now);
    expect(signed.ok && listSuggestions(signed.doc).at(-1)).toEqual({
      id: 'n1',
      kind: 'insert',
      text: ' Soon.',
      authorId: 'bruno-id',
      authorName: 'Bruno Copy',
      createdAt: now.toISOString(),
    });
  });

  it('keeps the author and time of the suggestions already stored', () => {
    const signed = signSuggestions(stored, withNew([insert('n1')]), bruno, now);
    expect(signed.ok && listSuggestions(signed.doc).slice(0, 2)).toEqual(listSuggestions(stored));
  });

  it('refuses a change to the text itself', () => {
    const doc = structuredClone(stored);
    doc.content[0]!.content![0]!.text = 'The mayor opens ';
    expect(signSuggestions(stored, doc, alice, now)).toEqual({ ok: false, problem: 'text_changed' });
    expect(signSuggestions(stored, withNew([]), alice, now)).toEqual({ ok: false, problem: 'text_changed' });
  });

  it("refuses to drop or change someone else's suggestion, and lets people withdraw their own", () => {
    expect(signSuggestions(stored, rejectSuggestion(stored, 's1'), bruno, now)).toEqual({
      ok: false,
      problem: 'suggestion_changed',
    });
    const withdrawn = signSuggestions(stored, rejectSuggestion(stored, 's1'), alice, now);
    expect(withdrawn.ok && listSuggestions(withdrawn.doc).map((suggestion) => suggestion.id)).toEqual(['s2']);
  });
});

describe('a document saved by a direct edit', () => {
  it('keeps the suggestions stored as they were and takes off any other, keeping its text', () => {
    const submitted = structuredClone(DOC);
    submitted.content[0]!.content!.push({ type: 'text', text: ' Soon.', marks: [insert('forged', bruno)] });
    const kept = keepStoredSuggestions(DOC, submitted);
    expect(listSuggestions(kept)).toEqual(listSuggestions(DOC));
    expect(toPlainText(kept)).toBe('The council opens ten small schools. Soon.');
  });

  it('takes off a stored suggestion whose author was rewritten', () => {
    const submitted = structuredClone(DOC);
    submitted.content[0]!.content![1]!.marks![0]!.attrs!.authorName = 'Someone else';
    expect(listSuggestions(keepStoredSuggestions(DOC, submitted)).map((suggestion) => suggestion.id)).toEqual(['s2']);
  });
});
