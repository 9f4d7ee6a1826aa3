import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  advance,
  MAX_RETRY_MS,
  SAVE_DELAY_MS,
  startAutosave,
  type AutosaveAnswer,
  type AutosaveConfig,
  type AutosaveEvent,
  type AutosaveState,
  type LocalDraft,
} from './autosave-machine';
import { digestOf } from '@/lib/releases/fingerprint';

// A document with a title and a small body, enough to show every rule.
type Draft = { title: string; body: { type: string; text: string } };
type Server = Draft & { version: number; updatedAt: string };

const config: AutosaveConfig<Draft, Server> = {
  toDraft: (server) => ({ title: server.title, body: server.body }),
  toPayload: (draft) => draft,
  schema: z.object({ title: z.string().max(40), body: z.object({ type: z.string(), text: z.string() }) }),
  refusalProblems: (reason) => [{ field: 'title', message: reason }],
};

const server = (version: number, title: string, text = 'Le texte.'): Server => ({
  version,
  updatedAt: `2025-03-0${version}T10:00:00.000Z`,
  title,
  body: { type: 'paragraph', text },
});
const draftOf = (title: string, text = 'Le texte.'): Draft => ({ title, body: { type: 'paragraph', text } });
const fingerprintOfTitle = (title: string) => startAutosave(config, server(1, title)).saved;
const digestOfTitle = (title: string) => digestOf(fingerprintOfTitle(title));

type Event = AutosaveEvent<Draft, Server>;

/** Runs events from the editor opened on `initial`, returning the last state and the last event's effects. */
function run(events: Event[], initial = server(1, 'Titre')) {
  let state: AutosaveState<Draft, Server> = startAutosave(config, initial);
  let effects: ReturnType<typeof advance<Draft, Server>>['effects'] = [];
  for (const event of events) ({ state, effects } = advance(config, state, event));
  return { state, effects };
}

const opened = (local?: LocalDraft<Draft>, at = server(1, 'Titre')): Event => ({ type: 'opened', local, server: at });
const typed = (title: string): Event => ({ type: 'edited', draft: draftOf(title) });
const due: Event = { type: 'saveDue', online: true };
const answered = (answer: AutosaveAnswer<Server> | undefined): Event => ({ type: 'answered', answer });
const savedAs = (version: number): Event => answered({ ok: true, version, updatedAt: '2025-03-09T10:00:00.000Z' });
const sending = (expectedVersion: number, title: string, keepalive = false) => ({
  type: 'send' as const,
  expectedVersion,
  payload: draftOf(title),
  keepalive,
});
/** What the next due save of `state` sends. */
const nextSend = (state: AutosaveState<Draft, Server>) =>
  advance(config, state, due).effects.find((effect) => effect.type === 'send');

describe('typing and saving', () => {
  it('keeps each change in the browser at once and saves it after the quiet time', () => {
    const { state, effects } = run([opened(), typed('Titre revu')]);
    expect(state.status).toBe('unsaved');
    expect(effects).toEqual([
      { type: 'keepLocally', baseVersion: 1, draft: draftOf('Titre revu') },
      { type: 'schedule', delayMs: SAVE_DELAY_MS },
    ]);
  });

  it('sends the text against the version it was edited from, and marks the browser copy as on its way', () => {
    const { state, effects } = run([opened(), typed('Titre revu'), due]);
    expect(state.status).toBe('saving');
    expect(effects).toEqual([
      {
        type: 'keepLocally',
        baseVersion: 1,
        draft: draftOf('Titre revu'),
        sent: { fromVersion: 1, digests: [digestOfTitle('Titre revu')] },
      },
      sending(1, 'Titre revu'),
    ]);
  });

  it('is saved once the server acknowledges that text, and drops the browser copy of it', () => {
    const { state, effects } = run([opened(), typed('Titre revu'), due, savedAs(2)]);
    expect(state).toMatchObject({ status: 'saved', version: 2, sending: null });
    expect(effects).toEqual([{ type: 'dropLocal', fingerprint: state.saved }]);
  });

  it('saves text typed during a save on top of the version just written, at once when a save was asked for meanwhile', () => {
    const typedDuring = run([opened(), typed('Titre revu'), due, typed('Titre revu deux'), savedAs(2)]);
    expect(typedDuring.state).toMatchObject({ status: 'unsaved', version: 2 });
    expect(typedDuring.effects).toEqual([
      { type: 'keepLocally', baseVersion: 2, draft: draftOf('Titre revu deux') },
      { type: 'schedule', delayMs: SAVE_DELAY_MS },
    ]);

    const askedDuring = run([opened(), typed('Titre revu'), due, typed('Titre revu deux'), due, savedAs(2)]);
    expect(askedDuring.effects).toContainEqual({ type: 'schedule', delayMs: 0 });
    const next = advance(config, askedDuring.state, due);
    expect(next.effects).toContainEqual(sending(2, 'Titre revu deux'));
  });

  it('sends nothing when the text on screen is the one the server holds', () => {
    const { state, effects } = run([opened(), typed('Titre revu'), typed('Titre'), due]);
    expect(state.status).toBe('saved');
    expect(effects).toEqual([{ type: 'dropLocal', fingerprint: state.saved }]);
  });

  it('sends nothing the server would refuse, and names the field', () => {
    const { state, effects } = run([opened(), typed('Un titre beaucoup trop long pour cette petite limite'), due]);
    expect(state.status).toBe('invalid');
    expect(state.problems).toEqual([{ field: 'title', message: 'too_long' }]);
    expect(effects).toEqual([]);
  });

  it('sends with keepalive when the page is being hidden, and marks the browser copy as sent on closing', () => {
    const { effects } = run([opened(), typed('Titre revu'), { type: 'saveDue', online: true, keepalive: true }]);
    expect(effects).toEqual([
      {
        type: 'keepLocally',
        baseVersion: 1,
        draft: draftOf('Titre revu'),
        sent: { fromVersion: 1, digests: [digestOfTitle('Titre revu')], closing: true },
      },
      sending(1, 'Titre revu', true),
    ]);
  });
});

describe('offline', () => {
  it('waits longer after each failed attempt, up to thirty seconds', () => {
    const offline: Event = { type: 'saveDue', online: false };
    let { state, effects } = run([opened(), typed('Titre revu'), offline]);
    expect(state.status).toBe('offline');
    expect(effects).toEqual([{ type: 'schedule', delayMs: 1000 }]);
    const waits = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      ({ state, effects } = advance(config, state, offline));
      waits.push(state.retryMs);
    }
    expect(waits).toEqual([2000, 4000, 8000, 16_000, MAX_RETRY_MS, MAX_RETRY_MS]);

    // Typing while offline keeps the text but leaves the timing to the backoff.
    ({ state, effects } = advance(config, state, typed('Titre revu encore')));
    expect(state.status).toBe('offline');
    expect(effects).toEqual([{ type: 'keepLocally', baseVersion: 1, draft: draftOf('Titre revu encore') }]);

    ({ state, effects } = advance(config, state, due));
    expect(effects).toContainEqual(sending(1, 'Titre revu encore'));
  });

  it('does not count a save sent as the page closes while offline as sent on closing: a reload offers the text', () => {
    const { effects } = run([
      opened(),
      typed('Titre revu'),
      due,
      answered(undefined),
      { type: 'saveDue', online: true, keepalive: true },
    ]);
    expect(effects).toContainEqual({
      type: 'keepLocally',
      baseVersion: 1,
      draft: draftOf('Titre revu'),
      sent: { fromVersion: 1, digests: [digestOfTitle('Titre revu'), digestOfTitle('Titre revu')] },
    });
  });

  it('goes offline when a save gets no answer or the server has no database, and is saved again once it answers', () => {
    for (const failure of [undefined, { ok: false, reason: 'unavailable' } as const]) {
      const { state, effects } = run([opened(), typed('Titre revu'), due, answered(failure)]);
      expect(state).toMatchObject({ status: 'offline', retryMs: 1000, sending: null });
      // The save may have landed all the same: it stays among the unanswered ones.
      expect(effects).toEqual([
        {
          type: 'keepLocally',
          baseVersion: 1,
          draft: draftOf('Titre revu'),
          sent: { fromVersion: 1, digests: [digestOfTitle('Titre revu')] },
        },
        { type: 'schedule', delayMs: 1000 },
      ]);
      const back = run([opened(), typed('Titre revu'), due, answered(failure), due, savedAs(2)]);
      expect(back.state).toMatchObject({ status: 'saved', retryMs: 0, version: 2 });
    }
  });

  it('tries again at once when the connection comes back or the writer asks', () => {
    const { state, effects } = run([opened(), typed('Titre revu'), due, answered(undefined), { type: 'retryNow' }]);
    expect(state.retryMs).toBe(0);
    expect(effects).toEqual([{ type: 'schedule', delayMs: 0 }]);
  });
});

describe('a conflict', () => {
  const theirs = server(2, 'Leur titre');
  const conflicted = [opened(), typed('Mon titre'), due, answered({ ok: false, reason: 'conflict', current: theirs })];

  it('stops saving and shows both texts when someone saved since', () => {
    const { state, effects } = run(conflicted);
    expect(state).toMatchObject({ status: 'conflict', conflict: { mine: draftOf('Mon titre'), theirs } });
    expect(effects).toEqual([{ type: 'keepLocally', baseVersion: 1, draft: draftOf('Mon titre') }]);
    expect(run([...conflicted, due]).effects).toEqual([]);
  });

  it('saves the chosen text over their version once resolved', () => {
    const { state, effects } = run([...conflicted, { type: 'conflictResolved', chosen: draftOf('Mon titre') }]);
    expect(state).toMatchObject({ status: 'unsaved', version: 2, conflict: null, bodyKey: 1 });
    expect(effects).toContainEqual({ type: 'schedule', delayMs: 0 });
    expect(nextSend(state)).toEqual(sending(2, 'Mon titre'));
  });

  it('is no conflict when the server holds an earlier save of this tab whose answer was lost: the rest goes on top', () => {
    const { state, effects } = run([
      opened(),
      typed('Premier jet'),
      due,
      answered(undefined),
      typed('Premier jet, suite'),
      due,
      answered({ ok: false, reason: 'conflict', current: server(2, 'Premier jet') }),
    ]);
    expect(state).toMatchObject({ status: 'unsaved', version: 2, conflict: null });
    expect(effects).toContainEqual({ type: 'schedule', delayMs: 0 });
    expect(nextSend(state)).toEqual(sending(2, 'Premier jet, suite'));
  });

  it('is no conflict when the server already holds this very text, whatever the order of its keys', () => {
    const sameText = { version: 2, updatedAt: 'x', body: { text: 'Le texte.', type: 'paragraph' }, title: 'Mon titre' };
    const { state } = run([
      opened(),
      typed('Mon titre'),
      due,
      answered({ ok: false, reason: 'conflict', current: sameText }),
    ]);
    expect(state).toMatchObject({ status: 'saved', version: 2, conflict: null });
  });
});

describe('other refusals', () => {
  it('freezes the editor when the text left the editable states', () => {
    const { state } = run([opened(), typed('Titre revu'), due, answered({ ok: false, reason: 'frozen' })]);
    expect(state.status).toBe('frozen');
    expect(run([opened(), typed('Titre revu'), due, answered({ ok: false, reason: 'frozen' }), due]).effects).toEqual(
      [],
    );
  });

  it('says the person is signed out and keeps saving what they type', () => {
    const { state, effects } = run([
      opened(),
      typed('Titre revu'),
      due,
      answered({ ok: false, reason: 'signed_out' }),
      typed('Titre revu encore'),
    ]);
    expect(state.status).toBe('signed_out');
    expect(effects).toContainEqual({ type: 'schedule', delayMs: SAVE_DELAY_MS });
  });

  it("shows the server's field problems, and the editor's own wording for its other refusals", () => {
    const problems = [{ field: 'body', message: 'rich_text.too_large' }];
    expect(
      run([opened(), typed('Titre revu'), due, answered({ ok: false, reason: 'invalid', problems })]).state,
    ).toMatchObject({ status: 'invalid', problems });
    expect(
      run([opened(), typed('Titre revu'), due, answered({ ok: false, reason: 'unknown_topic' })]).state.problems,
    ).toEqual([{ field: 'title', message: 'unknown_topic' }]);
  });
});

describe('text found in the browser when the editor opens', () => {
  const writtenAt = '2025-03-01T10:00:00.000Z';
  const local = (title: string, baseVersion: number, sent?: LocalDraft<Draft>['sent']): LocalDraft<Draft> => ({
    baseVersion,
    draft: draftOf(title),
    writtenAt,
    ...(sent ? { sent } : {}),
  });

  it('is dropped without a word when the server already holds it, even with its keys in another order', () => {
    const reordered = {
      ...local('Titre revu', 1),
      draft: { body: { text: 'Le texte.', type: 'paragraph' }, title: 'Titre revu' },
    };
    const { state, effects } = run([opened(reordered, server(2, 'Titre revu'))], server(2, 'Titre revu'));
    expect(state.offer).toBeNull();
    expect(effects).toEqual([{ type: 'dropLocal', fingerprint: fingerprintOfTitle('Titre revu') }]);
  });

  it('is saved without a word when it was on its way as the page went away and the server has not moved', () => {
    const sent = { fromVersion: 1, digests: [digestOfTitle('Titre revu')], closing: true as const };
    const { state, effects } = run([opened(local('Titre revu', 1, sent))]);
    expect(state).toMatchObject({ offer: null, status: 'unsaved', draft: draftOf('Titre revu'), bodyKey: 1 });
    expect(effects).toContainEqual({ type: 'schedule', delayMs: 0 });
  });

  it('is offered on top of the version this tab saved last, so that restoring it is no conflict', () => {
    // "Titre revu" was saved as version 2 while the writer went on typing, then the page was reloaded.
    const sent = { fromVersion: 1, digests: [digestOfTitle('Titre revu')] };
    const atTwo = server(2, 'Titre revu');
    const found = run([opened(local('Titre revu et plus', 1, sent), atTwo)], atTwo);
    expect(found.state.offer).toMatchObject({ baseVersion: 2, draft: draftOf('Titre revu et plus') });
    const { state, effects } = advance(config, found.state, { type: 'offerRestored', server: atTwo });
    expect(state).toMatchObject({
      status: 'unsaved',
      conflict: null,
      version: 2,
      draft: draftOf('Titre revu et plus'),
    });
    expect(effects).toContainEqual({ type: 'schedule', delayMs: 0 });
  });

  it('is offered after a crash or a lost connection, and restored as is when nobody saved since', () => {
    const found = run([opened(local('Titre hors ligne', 1))]);
    expect(found.state.offer).toMatchObject({ baseVersion: 1, draft: draftOf('Titre hors ligne') });
    expect(advance(config, found.state, due).effects).toEqual([]);
    const { state } = advance(config, found.state, { type: 'offerRestored', server: server(1, 'Titre') });
    expect(state).toMatchObject({ status: 'unsaved', offer: null, draft: draftOf('Titre hors ligne') });
  });

  it('goes through the conflict screen when someone saved since it was written', () => {
    const atThree = server(3, 'Leur titre');
    const found = run([opened(local('Mon titre', 1), atThree)], atThree);
    const { state } = advance(config, found.state, { type: 'offerRestored', server: atThree });
    expect(state).toMatchObject({ status: 'conflict', conflict: { mine: draftOf('Mon titre'), theirs: atThree } });
  });

  it('is removed when discarded', () => {
    const found = run([opened(local('Titre hors ligne', 1))]);
    const { state, effects } = advance(config, found.state, { type: 'offerDiscarded' });
    expect(state.offer).toBeNull();
    expect(effects).toEqual([{ type: 'dropLocal', fingerprint: fingerprintOfTitle('Titre hors ligne') }]);
  });

  it('is looked at once: opening again only asks again for a save that was waiting', () => {
    const sent = { fromVersion: 1, digests: [digestOfTitle('Titre revu')], closing: true as const };
    const { state, effects } = run([opened(local('Titre revu', 1, sent)), opened(local('Titre revu', 1))]);
    expect(state.offer).toBeNull();
    expect(effects).toEqual([{ type: 'schedule', delayMs: 0 }]);
  });
});
