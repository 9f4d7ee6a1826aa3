import type { z } from 'zod';
import { digestOf, fingerprintOf } from '@/lib/releases/fingerprint';
import { draftProblems, type DraftProblem } from '@/lib/validation/release-draft';

/**
 * Autosave as a pure state machine: `advance(config, state, event)` returns the next state and the
 * effects to run (keep the text in the browser, drop that copy, wait, send a save). The hook in
 * `use-autosave.ts` only runs those effects and feeds the answers back in, so every rule below is
 * unit-tested without a browser, a timer or a server.
 */

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'invalid' | 'frozen' | 'signed_out';

/** Quiet time after the last keystroke before a save. */
export const SAVE_DELAY_MS = 2000;
export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;
/** How many unanswered saves the browser remembers (more only happen after a long time offline). */
const MAX_UNANSWERED = 20;

/** What the server holds of a document: at least its version, for saves made against it. */
export type ServerCopy = { version: number; updatedAt: string };

/**
 * The saves sent since the server last answered, all against the same version (the version only
 * moves with an answer), by digest of their text: if the server holds one of them at the next
 * version, that is this tab's own save, whose answer was lost (a reload, a dropped connection).
 * `closing` says the text kept beside it went as the page was being hidden or closed.
 */
export type SentMark = { fromVersion: number; digests: string[]; closing?: true };

/** Unsaved text kept in the browser, per document and person, with the version it was written from. */
export type LocalDraft<Draft> = { baseVersion: number; draft: Draft; writtenAt: string; sent?: SentMark };

/** Everything a draft route answers; `undefined` stands for no answer at all (network down). */
export type AutosaveAnswer<Server> =
  | { ok: true; version: number; updatedAt: string }
  | { ok: false; reason: 'conflict'; current: Server }
  | { ok: false; reason: 'frozen' }
  | { ok: false; reason: 'signed_out' }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'invalid'; problems: DraftProblem[] }
  | { ok: false; reason: string };

/** How one kind of document maps between the editor's fields and what the server stores. */
export type AutosaveConfig<Draft, Server> = {
  toDraft: (server: Server) => Draft;
  /** The draft as the server stores it: equal payloads are the same text. */
  toPayload: (draft: Draft) => unknown;
  /** The schema the server checks the payload with, run in the browser first. */
  schema: z.ZodType;
  /** Field problems for the route's other refusals (an unknown topic…). */
  refusalProblems?: (reason: string) => DraftProblem[];
};

export type AutosaveState<Draft, Server> = {
  /** The text on screen. */
  draft: Draft;
  /** The server's version the text on screen rests on: saves are sent against it. */
  version: number;
  /** The fingerprint of the text the server holds at `version`. */
  saved: string;
  status: SaveStatus;
  problems: DraftProblem[];
  conflict: { mine: Draft; theirs: Server } | null;
  /** Text found in the browser when the editor opened, waiting for "restore" or "discard". */
  offer: LocalDraft<Draft> | null;
  /** Whether the browser's copy has been looked at (once per opening). */
  localChecked: boolean;
  /** The fingerprint of the text on its way to the server. */
  sending: string | null;
  unanswered: SentMark | null;
  /** A save was asked for while another was on its way: it goes as soon as that one is answered. */
  queued: boolean;
  /** The wait before the next attempt while the server is out of reach; 0 once it answers. */
  retryMs: number;
  /** Bumped whenever the body is replaced from outside the rich-text editor (restore, conflict). */
  bodyKey: number;
};

export type AutosaveEvent<Draft, Server> =
  /** The editor is on screen and found this copy in the browser (or none). */
  | { type: 'opened'; local: LocalDraft<Draft> | undefined; server: Server }
  | { type: 'edited'; draft: Draft }
  /** Time to save: the quiet time is over, a retry is due, or the page is being hidden (`keepalive`). */
  | { type: 'saveDue'; online: boolean; keepalive?: boolean }
  | { type: 'answered'; answer: AutosaveAnswer<Server> | undefined }
  /** The connection is back, or the writer asked to try again now. */
  | { type: 'retryNow' }
  | { type: 'offerRestored'; server: Server }
  | { type: 'offerDiscarded' }
  | { type: 'conflictResolved'; chosen: Draft };

export type AutosaveEffect<Draft> =
  /** Write the text to the browser's storage, replacing the copy there. */
  | { type: 'keepLocally'; baseVersion: number; draft: Draft; sent?: SentMark }
  /** Remove the browser's copy if it holds this text (another tab may have written a newer one). */
  | { type: 'dropLocal'; fingerprint: string }
  /** Dispatch `saveDue` after this delay, replacing any save already waiting. */
  | { type: 'schedule'; delayMs: number }
  | { type: 'send'; expectedVersion: number; payload: unknown; keepalive: boolean };

export type Step<Draft, Server> = { state: AutosaveState<Draft, Server>; effects: AutosaveEffect<Draft>[] };

const fingerprintOfDraft = <Draft>(config: { toPayload: (draft: Draft) => unknown }, draft: Draft) =>
  fingerprintOf(config.toPayload(draft));

/** The editor as it opens on the server's copy. */
export function startAutosave<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  server: Server,
): AutosaveState<Draft, Server> {
  const draft = config.toDraft(server);
  return {
    draft,
    version: server.version,
    saved: fingerprintOfDraft(config, draft),
    status: 'saved',
    problems: [],
    conflict: null,
    offer: null,
    localChecked: false,
    sending: null,
    unanswered: null,
    queued: false,
    retryMs: 0,
    bodyKey: 0,
  };
}

/** Saving waits while two texts are on screen (a conflict, a restore offer) or the text is frozen. */
const isPaused = (state: AutosaveState<unknown, unknown>) =>
  state.status === 'conflict' || state.status === 'frozen' || state.offer !== null;

export function advance<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  state: AutosaveState<Draft, Server>,
  event: AutosaveEvent<Draft, Server>,
): Step<Draft, Server> {
  switch (event.type) {
    case 'opened':
      return opened(config, state, event.local, event.server);
    case 'edited': {
      // Text typed after a save sent while the page was being hidden is no longer that save's text.
      const unanswered = state.unanswered && {
        fromVersion: state.unanswered.fromVersion,
        digests: state.unanswered.digests,
      };
      const next = { ...state, draft: event.draft, unanswered };
      const effects: AutosaveEffect<Draft>[] = [keepLocally(next)];
      if (isPaused(state)) return { state: next, effects };
      if (state.status !== 'offline' && state.status !== 'signed_out') next.status = 'unsaved';
      // While offline the backoff decides when to try again, not each keystroke.
      if (state.retryMs === 0) effects.push({ type: 'schedule', delayMs: SAVE_DELAY_MS });
      return { state: next, effects };
    }
    case 'saveDue':
      return saveDue(config, state, event.online, event.keepalive ?? false);
    case 'answered':
      return answered(config, state, event.answer);
    case 'retryNow':
      return { state: { ...state, retryMs: 0 }, effects: [{ type: 'schedule', delayMs: 0 }] };
    case 'offerRestored': {
      const { offer } = state;
      if (!offer) return { state, effects: [] };
      if (offer.baseVersion === event.server.version) return resume(config, state, offer.draft, event.server);
      // The server moved on since this text was written: both go side by side.
      return {
        state: {
          ...state,
          offer: null,
          draft: offer.draft,
          status: 'conflict',
          conflict: { mine: offer.draft, theirs: event.server },
        },
        effects: [],
      };
    }
    case 'offerDiscarded':
      if (!state.offer) return { state, effects: [] };
      return {
        state: { ...state, offer: null },
        effects: [{ type: 'dropLocal', fingerprint: fingerprintOfDraft(config, state.offer.draft) }],
      };
    case 'conflictResolved':
      return state.conflict ? resume(config, state, event.chosen, state.conflict.theirs) : { state, effects: [] };
  }
}

/**
 * The browser's copy, looked at once when the editor opens. Said nothing about when the server
 * already holds it; saved silently when it went to the server as the page was closing and the
 * server has not moved since; otherwise offered, resting on the server's version when that version
 * is one of this tab's own saves, so that restoring it is no conflict.
 */
function opened<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  state: AutosaveState<Draft, Server>,
  local: LocalDraft<Draft> | undefined,
  server: Server,
): Step<Draft, Server> {
  if (state.localChecked) {
    // Opened again (React's development remount): only the save waiting to go must be asked for again.
    return { state, effects: state.status === 'unsaved' ? [{ type: 'schedule', delayMs: 0 }] : [] };
  }
  const checked = { ...state, localChecked: true };
  if (!local) return { state: checked, effects: [] };
  const fingerprint = fingerprintOfDraft(config, local.draft);
  if (fingerprint === checked.saved) return { state: checked, effects: [{ type: 'dropLocal', fingerprint }] };
  const { sent } = local;
  // Sent as the page closed, and not arrived when this page was rendered: sent again. If the first
  // one lands in between, the server answers with this very text, which counts as saved.
  if (sent?.closing && sent.fromVersion === server.version) return resume(config, checked, local.draft, server);
  const ownSave = sent && sent.fromVersion + 1 === server.version && sent.digests.includes(digestOf(checked.saved));
  return {
    state: { ...checked, offer: { ...local, baseVersion: ownSave ? server.version : local.baseVersion } },
    effects: [],
  };
}

function saveDue<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  state: AutosaveState<Draft, Server>,
  online: boolean,
  keepalive: boolean,
): Step<Draft, Server> {
  if (isPaused(state)) return { state, effects: [] };
  if (state.sending) return { state: { ...state, queued: true }, effects: [] };
  const fingerprint = fingerprintOfDraft(config, state.draft);
  if (fingerprint === state.saved)
    return { state: { ...state, status: 'saved' }, effects: [{ type: 'dropLocal', fingerprint }] };
  const payload = config.toPayload(state.draft);
  const checked = config.schema.safeParse(payload);
  if (!checked.success)
    return { state: { ...state, problems: draftProblems(checked.error), status: 'invalid' }, effects: [] };
  if (!online) return goOffline(state);
  const earlier = state.unanswered?.fromVersion === state.version ? state.unanswered.digests : [];
  const unanswered: SentMark = {
    fromVersion: state.version,
    digests: [...earlier.slice(-(MAX_UNANSWERED - 1)), digestOf(fingerprint)],
    // Offline, the save sent as the page closes most likely fails: after a reload the text is offered instead.
    ...(keepalive && state.retryMs === 0 ? { closing: true as const } : {}),
  };
  const next = { ...state, sending: fingerprint, unanswered, status: 'saving' as const };
  return {
    state: next,
    effects: [keepLocally(next), { type: 'send', expectedVersion: state.version, payload, keepalive }],
  };
}

function answered<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  state: AutosaveState<Draft, Server>,
  answer: AutosaveAnswer<Server> | undefined,
): Step<Draft, Server> {
  const { sending } = state;
  if (!sending) return { state, effects: [] };
  const done = { ...state, sending: null };
  // No answer, or the server could not reach its database: keep the text here and try again later.
  // The save may still have landed, so it stays among the unanswered ones.
  if (!answer || (!answer.ok && answer.reason === 'unavailable')) {
    const offline = goOffline(done);
    return { state: offline.state, effects: [keepLocally(offline.state), ...offline.effects] };
  }
  const answered = { ...done, retryMs: 0, unanswered: null, queued: false };
  const current = !answer.ok && 'current' in answer ? (answer.current as Server) : undefined;
  if (answer.ok) return landed(config, answered, answer.version, sending, state.queued);
  if (current) {
    const theirs = fingerprintOfDraft(config, config.toDraft(current));
    // The server holds this very text, or an earlier save of this tab whose answer was lost: no conflict.
    if (theirs === sending || state.unanswered?.digests.includes(digestOf(theirs)))
      return landed(config, answered, current.version, theirs, state.queued || theirs !== sending);
  }
  // Nothing was written: the browser's copy no longer counts as on its way.
  const effects = [keepLocally(answered)];
  if (current)
    return { state: { ...answered, status: 'conflict', conflict: { mine: state.draft, theirs: current } }, effects };
  if (answer.reason === 'frozen' || answer.reason === 'signed_out')
    return { state: { ...answered, status: answer.reason }, effects };
  const problems = 'problems' in answer ? answer.problems : (config.refusalProblems?.(answer.reason) ?? []);
  return { state: { ...answered, problems, status: 'invalid' }, effects };
}

/** The server holds `fingerprint` at `version`: saved if that is the text on screen, else the rest goes next. */
function landed<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  state: AutosaveState<Draft, Server>,
  version: number,
  fingerprint: string,
  saveAtOnce: boolean,
): Step<Draft, Server> {
  const saved = { ...state, version, saved: fingerprint, problems: [] };
  if (fingerprintOfDraft(config, saved.draft) === fingerprint)
    return { state: { ...saved, status: 'saved' }, effects: [{ type: 'dropLocal', fingerprint }] };
  // Newer text typed during the save now rests on the version just written.
  const unsaved = { ...saved, status: 'unsaved' as const };
  return {
    state: unsaved,
    effects: [keepLocally(unsaved), { type: 'schedule', delayMs: saveAtOnce ? 0 : SAVE_DELAY_MS }],
  };
}

/** Starts again from `chosen` on top of the server's current version (after a conflict or a restore). */
function resume<Draft, Server extends ServerCopy>(
  config: AutosaveConfig<Draft, Server>,
  state: AutosaveState<Draft, Server>,
  chosen: Draft,
  server: Server,
): Step<Draft, Server> {
  const next: AutosaveState<Draft, Server> = {
    ...state,
    draft: chosen,
    version: server.version,
    saved: fingerprintOfDraft(config, config.toDraft(server)),
    status: 'unsaved',
    conflict: null,
    offer: null,
    unanswered: null,
    bodyKey: state.bodyKey + 1,
  };
  return { state: next, effects: [keepLocally(next), { type: 'schedule', delayMs: 0 }] };
}

function goOffline<Draft, Server>(state: AutosaveState<Draft, Server>): Step<Draft, Server> {
  const retryMs = Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, state.retryMs * 2));
  return { state: { ...state, status: 'offline', retryMs }, effects: [{ type: 'schedule', delayMs: retryMs }] };
}

/** The text on screen as the browser keeps it, with the saves sent since the server last answered. */
function keepLocally<Draft>(state: AutosaveState<Draft, unknown>): AutosaveEffect<Draft> {
  return {
    type: 'keepLocally',
    baseVersion: state.version,
    draft: state.draft,
    ...(state.unanswered ? { sent: state.unanswered } : {}),
  };
}
