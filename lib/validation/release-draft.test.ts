import { describe, expect, it } from 'vitest';
import { draftFingerprint, toDraftPayload, toEditorDraft, type EditorDraft } from '@/lib/releases/draft';
import { draftProblems, ReleaseDraftInput, SaveReleaseDraftInput } from './release-draft';

const editorDraft = (over: Partial<EditorDraft> = {}): EditorDraft => ({
  title: 'Rain tanks for twelve schools',
  summary: 'Twelve rural schools collect rain water.',
  datelineCity: 'Santiago',
  datelineCountry: 'Panama',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Twelve schools.' }] }] },
  contacts: [{ name: 'Ana Ríos', role: '', office: 'Panama office', phones: ['+507 555 0100', ''], email: '' }],
  topicIds: [],
  heroMediaId: null,
  ...over,
});

const problemsOf = (value: unknown) => {
  const parsed = ReleaseDraftInput.safeParse(value);
  return parsed.success ? [] : draftProblems(parsed.error);
};

describe('the working copy a save carries', () => {
  it('accepts what the editor sends, leaving out empty optional contact fields and unstarted contacts', () => {
    const payload = toDraftPayload(
      editorDraft({
        contacts: [...editorDraft().contacts, { name: '', role: '', office: '', phones: [''], email: '' }],
      }),
    );
    expect(payload.contacts).toEqual([{ name: 'Ana Ríos', office: 'Panama office', phones: ['+507 555 0100'] }]);
    expect(ReleaseDraftInput.safeParse(payload).success).toBe(true);
  });

  it('names a contact’s invalid e-mail and phone, and a started contact without a name', () => {
    const payload = toDraftPayload(
      editorDraft({ contacts: [{ name: '', role: '', office: '', phones: ['call me'], email: 'ana@' }] }),
    );
    expect(problemsOf(payload)).toEqual([
      { field: 'contacts.0.name', message: 'required' },
      { field: 'contacts.0.phones.0', message: 'invalid_phone' },
      { field: 'contacts.0.email', message: 'invalid_email' },
    ]);
  });

  it('refuses a body node the allowlist does not name, saying which and where', () => {
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }],
    };
    expect(problemsOf({ ...toDraftPayload(editorDraft()), body })).toEqual([
      { field: 'body', message: 'rich_text.unknown_node', at: 'content.1.type' },
    ]);
  });

  it('refuses a script link in the body', () => {
    const link = { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] };
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [link] }] };
    expect(problemsOf({ ...toDraftPayload(editorDraft()), body })).toMatchObject([
      { field: 'body', message: 'rich_text.unsafe_link' },
    ]);
  });

  it('refuses unknown fields, too long titles and a topic chosen twice', () => {
    const topic = crypto.randomUUID();
    expect(problemsOf({ ...toDraftPayload(editorDraft()), state: 'published' })).toEqual([
      { field: '', message: 'invalid' },
    ]);
    expect(problemsOf({ ...toDraftPayload(editorDraft()), title: 'x'.repeat(501) })).toEqual([
      { field: 'title', message: 'too_long' },
    ]);
    expect(problemsOf({ ...toDraftPayload(editorDraft()), topicIds: [topic, topic] })).toEqual([
      { field: 'topicIds', message: 'duplicate_topic' },
    ]);
  });

  it('needs the version the text was edited from', () => {
    expect(SaveReleaseDraftInput.safeParse({ draft: toDraftPayload(editorDraft()) }).success).toBe(false);
    expect(SaveReleaseDraftInput.safeParse({ expectedVersion: 3, draft: toDraftPayload(editorDraft()) }).success).toBe(
      true,
    );
  });

  it('gives equal drafts the same fingerprint, whatever the order topics were ticked in', () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    expect(draftFingerprint(editorDraft({ topicIds: [a, b] }))).toBe(
      draftFingerprint(editorDraft({ topicIds: [b, a] })),
    );
    expect(draftFingerprint(editorDraft())).not.toBe(draftFingerprint(editorDraft({ title: 'Another title' })));
    const stored = ReleaseDraftInput.parse(toDraftPayload(editorDraft()));
    expect(draftFingerprint(toEditorDraft(stored))).toBe(draftFingerprint(editorDraft()));
  });
});
