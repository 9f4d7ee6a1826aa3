import { useCallback, useEffect, useRef, useState } from 'react';
import {
  draftFingerprint,
  localDraftKey,
  toDraftPayload,
  toEditorDraft,
  type EditorDraft,
  type LocalDraft,
  type ReleaseDraftDTO,
  type SaveDraftResponse,
} from '@/lib/releases/draft';
import { draftProblems, ReleaseDraftInput, type DraftProblem } from '@/lib/validation/release-draft';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'invalid' | 'frozen' | 'signed_out';

/** Quiet time after the last keystroke before a save. */
const SAVE_DELAY_MS = 2000;
const MAX_RETRY_MS = 30_000;
// Browsers refuse keepalive requests over 64 kB; a longer text goes with an ordinary request.
const KEEPALIVE_MAX_CHARS = 60_000;

function readLocal(key: string): LocalDraft | undefined {
  try {
    const stored = localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as LocalDraft) : undefined;
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
export function useAutosave({ releaseId, userId, initial }: { releaseId: string; userId: string; initial: ReleaseDraftDTO }) {
  const key = localDraftKey(userId, releaseId);
  const url = `/api/releases/${releaseId}/draft`;
  const [draft, setDraft] = useState<EditorDraft>(() => toEditorDraft(initial));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [conflict, setConflict] = useState<{ mine: EditorDraft; theirs: ReleaseDraftDTO } | null>(null);
  const [offer, setOffer] = useState<LocalDraft | null>(null);
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
    (next: EditorDraft) => {
      try {
        localStorage.setItem(key, JSON.stringify({ baseVersion: versionRef.current, draft: next, writtenAt: new Date().toISOString() } satisfies LocalDraft));
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
      if (readLocal(key) && draftFingerprint(readLocal(key)!.draft) === fingerprint) localStorage.removeItem(key);
      setStatus('saved');
      return;
    }
    const payload = toDraftPayload(saving);
    const checked = ReleaseDraftInput.safeParse(payload);
    if (!checked.success) {
      setProblems(draftProblems(checked.error));
      setStatus('invalid');
      return;
    }
    if (!navigator.onLine) return goOffline();
    const body = JSON.stringify({ expectedVersion: versionRef.current, draft: payload });
    inFlightRef.current = true;
    setStatus('saving');
    let answer: SaveDraftResponse | undefined;
    try {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        keepalive: keepalive && body.length <= KEEPALIVE_MAX_CHARS,
      });
      answer = (await response.json()) as SaveDraftResponse;
    } catch {
      answer = undefined;
    } finally {
      inFlightRef.current = false;
    }
    // No answer, or the server could not reach its database: keep the text here and try again later.
    if (!answer || (!answer.ok && answer.reason === 'unavailable')) return goOffline();
    retryRef.current = 0;
    // A save that reached the server while the page was closing already wrote this very text.
    if (!answer.ok && answer.reason === 'conflict' && draftFingerprint(toEditorDraft(answer.current)) === fingerprint) {
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
    if (answer.reason === 'conflict') {
      pausedRef.current = true;
      setConflict({ mine: draftRef.current, theirs: answer.current });
      setStatus('conflict');
    } else if (answer.reason === 'frozen') {
      pausedRef.current = true;
      setStatus('frozen');
    } else if (answer.reason === 'signed_out') {
      setStatus('signed_out');
    } else {
      setProblems(answer.reason === 'invalid' ? answer.problems : [{ field: answer.reason === 'unknown_topic' ? 'topicIds' : 'heroMediaId', message: answer.reason }]);
      setStatus('invalid');
    }
  };

  useEffect(() => {
    saveRef.current = save;
  });

  const update = useCallback(
    (change: (current: EditorDraft) => EditorDraft) => {
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
  const resume = useCallback(
    (chosen: EditorDraft, server: ReleaseDraftDTO) => {
      versionRef.current = server.version;
      ackedRef.current = draftFingerprint(toEditorDraft(server));
      pausedRef.current = false;
      setConflict(null);
      setOffer(null);
      setBodyKey((value) => value + 1);
      draftRef.current = chosen;
      setDraft(chosen);
      writeLocal(chosen);
      void saveRef.current();
    },
    [writeLocal],
  );

  // Text left in this browser by a reload, a crash or a lost connection.
  useEffect(() => {
    const local = readLocal(key);
    if (!local) return;
    if (draftFingerprint(local.draft) === draftFingerprint(toEditorDraft(initial))) localStorage.removeItem(key);
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
    resolveConflict: (chosen: EditorDraft) => conflict && resume(chosen, conflict.theirs),
    retryNow: () => {
      retryRef.current = 0;
      schedule(0);
    },
  };
}
