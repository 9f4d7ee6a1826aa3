import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { draftProblems, type DraftProblem } from '@/lib/validation/release-draft';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'invalid' | 'frozen' | 'signed_out';

/** Quiet time after the last keystroke before a save. */
const SAVE_DELAY_MS = 2000;
const MAX_RETRY_MS = 30_000;
// Browsers refuse keepalive requests over 64 kB; a longer text goes with an ordinary request.
const KEEPALIVE_MAX_CHARS = 60_000;

/** Unsaved text kept in the browser, per document and person, with the version it was written from. */
export type LocalDraft<Draft> = { baseVersion: number; draft: Draft; writtenAt: string };

/** The browser's key for a person's unsaved text of one document (ids are unique across releases and pages). */
export const localDraftKey = (userId: string, documentId: string) => `communique:draft:${userId}:${documentId}`;

/** What the server holds of a document: at least its version, for saves made against it. */
type ServerCopy = { version: number; updatedAt: string };

/** Everything a draft route answers; a refusal other than these comes back through `refusalProblems`. */
export type AutosaveResponse<Server> =
  | { ok: true; version: number; updatedAt: string }
  | { ok: false; reason: 'conflict'; current: Server }
  | { ok: false; reason: 'frozen' }
  | { ok: false; reason: 'signed_out' }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'invalid'; problems: DraftProblem[] }
  | { ok: false; reason: string };

/** How one kind of document is saved: where, under which local key, and how its fields map to what the server stores. */
export type AutosaveTarget<Draft, Server extends ServerCopy> = {
  /** The `PUT` route taking `{ expectedVersion, draft }`. */
  url: string;
  storageKey: string;
  initial: Server;
  toDraft: (server: Server) => Draft;
  /** The draft as the server stores it: equal payloads are the same text. */
  toPayload: (draft: Draft) => unknown;
  /** The schema the server checks the payload with, run in the browser first. */
  schema: z.ZodType;
  /** Field problems for the route's other refusals (an unknown topic…). */
  refusalProblems?: (reason: string) => DraftProblem[];
};

function readLocal<Draft>(key: string): LocalDraft<Draft> | undefined {
  try {
    const stored = localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as LocalDraft<Draft>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The editor's working copy and its way to the server. Every change is written to localStorage at
 * once, then saved about two seconds after typing stops (and when the page is hidden), one save at
 * a time, against the version it was edited from. The local copy is removed only once the server
 * has acknowledged that exact text; a stale save stops autosave and hands over both versions.
 */
export function useAutosave<Draft, Server extends ServerCopy>({
  url,
  storageKey: key,
  initial,
  toDraft,
  toPayload,
  schema,
  refusalProblems,
}: AutosaveTarget<Draft, Server>) {
  const draftFingerprint = (draft: Draft) => JSON.stringify(toPayload(draft));
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [conflict, setConflict] = useState<{ mine: Draft; theirs: Server } | null>(null);
  const [offer, setOffer] = useState<LocalDraft<Draft> | null>(null);
  // Bumped whenever the body is replaced from outside the rich-text editor (restore, conflict).
  const [bodyKey, setBodyKey] = useState(0);

  const draftRef = useRef(draft);
  const versionRef = useRef(initial.version);
  const ackedRef = useRef(draftFingerprint(draft));
  const inFlightRef = useRef(false);
  const queuedRef = useRef(false);
  const pausedRef = useRef(false);
  const retryRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<(options?: { keepalive?: boolean }) => Promise<void>>(async () => {});

  const writeLocal = useCallback(
    (next: Draft) => {
      try {
        localStorage.setItem(
          key,
          JSON.stringify({
            baseVersion: versionRef.current,
            draft: next,
            writtenAt: new Date().toISOString(),
          } satisfies LocalDraft<Draft>),
        );
      } catch {
        // Storage full or disabled: the server copy is then the only one, as without this safety net.
      }
    },
    [key],
  );

  const schedule = useCallback((delay: number) => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current(), delay);
  }, []);

  const goOffline = useCallback(() => {
    setStatus('offline');
    retryRef.current = Math.min(MAX_RETRY_MS, Math.max(1000, retryRef.current * 2));
    schedule(retryRef.current);
  }, [schedule]);

  const save = async ({ keepalive = false } = {}) => {
    if (pausedRef.current) return;
    if (inFlightRef.current) {
      queuedRef.current = true;
      return;
    }
    const saving = draftRef.current;
    const fingerprint = draftFingerprint(saving);
    if (fingerprint === ackedRef.current) {
      if (readLocal<Draft>(key) && draftFingerprint(readLocal<Draft>(key)!.draft) === fingerprint)
        localStorage.removeItem(key);
      setStatus('saved');
      return;
    }
    const payload = toPayload(saving);
    const checked = schema.safeParse(payload);
    if (!checked.success) {
      setProblems(draftProblems(checked.error));
      setStatus('invalid');
      return;
    }
    if (!navigator.onLine) return goOffline();
    const body = JSON.stringify({ expectedVersion: versionRef.current, draft: payload });
    inFlightRef.current = true;
    setStatus('saving');
    let answer: AutosaveResponse<Server> | undefined;
    try {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        keepalive: keepalive && body.length <= KEEPALIVE_MAX_CHARS,
      });
      answer = (await response.json()) as AutosaveResponse<Server>;
    } catch {
      answer = undefined;
    } finally {
      inFlightRef.current = false;
    }
    // No answer, or the server could not reach its database: keep the text here and try again later.
    if (!answer || (!answer.ok && answer.reason === 'unavailable')) return goOffline();
    retryRef.current = 0;
    // A save that reached the server while the page was closing already wrote this very text.
    if (!answer.ok && 'current' in answer && draftFingerprint(toDraft(answer.current)) === fingerprint) {
      answer = { ok: true, version: answer.current.version, updatedAt: answer.current.updatedAt };
    }
    if (answer.ok) {
      versionRef.current = answer.version;
      ackedRef.current = fingerprint;
      setProblems([]);
      if (draftFingerprint(draftRef.current) === fingerprint) {
        localStorage.removeItem(key);
        setStatus('saved');
      } else {
        // Newer text typed during the save now rests on the version just written.
        writeLocal(draftRef.current);
        setStatus('unsaved');
        schedule(queuedRef.current ? 0 : SAVE_DELAY_MS);
      }
      queuedRef.current = false;
      return;
    }
    queuedRef.current = false;
    if ('current' in answer) {
      pausedRef.current = true;
      setConflict({ mine: draftRef.current, theirs: answer.current });
      setStatus('conflict');
    } else if (answer.reason === 'frozen') {
      pausedRef.current = true;
      setStatus('frozen');
    } else if (answer.reason === 'signed_out') {
      setStatus('signed_out');
    } else {
      setProblems('problems' in answer ? answer.problems : (refusalProblems?.(answer.reason) ?? []));
      setStatus('invalid');
    }
  };

  useEffect(() => {
    saveRef.current = save;
  });

  const update = useCallback(
    (change: (current: Draft) => Draft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      writeLocal(next);
      if (pausedRef.current) return;
      setStatus((current) => (current === 'offline' || current === 'signed_out' ? current : 'unsaved'));
      if (retryRef.current === 0) schedule(SAVE_DELAY_MS);
    },
    [schedule, writeLocal],
  );

  /** Starts again from `chosen` on top of the server's current version (after a conflict or a restore). */
  const resume = (chosen: Draft, server: Server) => {
    versionRef.current = server.version;
    ackedRef.current = draftFingerprint(toDraft(server));
    pausedRef.current = false;
    setConflict(null);
    setOffer(null);
    setBodyKey((value) => value + 1);
    draftRef.current = chosen;
    setDraft(chosen);
    writeLocal(chosen);
    void saveRef.current();
  };

  // Text left in this browser by a reload, a crash or a lost connection.
  useEffect(() => {
    const local = readLocal<Draft>(key);
    if (!local) return;
    if (draftFingerprint(local.draft) === draftFingerprint(toDraft(initial))) localStorage.removeItem(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser: the offer can only be found after hydration
    else setOffer(local);
    // Only the copy found when the page opens is offered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    const flush = () => {
      clearTimeout(timerRef.current);
      void saveRef.current({ keepalive: true });
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onOnline = () => {
      retryRef.current = 0;
      schedule(0);
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
      clearTimeout(timerRef.current);
    };
  }, [schedule]);

  return {
    draft,
    update,
    status,
    problems,
    conflict,
    bodyKey,
    offer,
    /** Takes the text kept in this browser: as is when the server has not changed since, else through the conflict screen. */
    restoreOffer: () => {
      if (!offer) return;
      if (offer.baseVersion === initial.version) resume(offer.draft, initial);
      else {
        setOffer(null);
        pausedRef.current = true;
        draftRef.current = offer.draft;
        setConflict({ mine: offer.draft, theirs: initial });
        setStatus('conflict');
      }
    },
    discardOffer: () => {
      localStorage.removeItem(key);
      setOffer(null);
    },
    resolveConflict: (chosen: Draft) => conflict && resume(chosen, conflict.theirs),
    retryNow: () => {
      retryRef.current = 0;
      schedule(0);
    },
  };
}
