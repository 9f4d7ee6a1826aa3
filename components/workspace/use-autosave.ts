import { useCallback, useEffect, useRef, useState } from 'react';
import { fingerprintOf } from '@/lib/releases/fingerprint';
import {
  advance,
  startAutosave,
  type AutosaveAnswer,
  type AutosaveConfig,
  type AutosaveEffect,
  type AutosaveEvent,
  type LocalDraft,
  type ServerCopy,
} from './autosave-machine';

export type { LocalDraft, SaveStatus } from './autosave-machine';

// Browsers refuse keepalive requests over 64 kB; a longer text goes with an ordinary request.
const KEEPALIVE_MAX_CHARS = 60_000;

/** The browser's key for a person's unsaved text of one document (ids are unique across releases and pages). */
export const localDraftKey = (userId: string, documentId: string) => `communique:draft:${userId}:${documentId}`;

/** How one kind of document is saved: where, under which local key, and how its fields map to what the server stores. */
export type AutosaveTarget<Draft, Server extends ServerCopy> = AutosaveConfig<Draft, Server> & {
  /** The `PUT` route taking `{ expectedVersion, draft }`. */
  url: string;
  storageKey: string;
  initial: Server;
};

function readLocal<Draft>(key: string): LocalDraft<Draft> | undefined {
  try {
    const stored = localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as LocalDraft<Draft>) : undefined;
  } catch {
    return undefined;
  }
}

type Runner<Draft, Server extends ServerCopy> = {
  target: AutosaveTarget<Draft, Server>;
  timer: { current: ReturnType<typeof setTimeout> | undefined };
  dispatch: (event: AutosaveEvent<Draft, Server>) => void;
};

/** Does what the machine asked for; answers and due saves come back to it as events. */
function runEffect<Draft, Server extends ServerCopy>(
  effect: AutosaveEffect<Draft>,
  { target, timer, dispatch }: Runner<Draft, Server>,
) {
  switch (effect.type) {
    case 'keepLocally': {
      const { baseVersion, draft, sent } = effect;
      const copy: LocalDraft<Draft> = {
        baseVersion,
        draft,
        writtenAt: new Date().toISOString(),
        ...(sent && { sent }),
      };
      try {
        localStorage.setItem(target.storageKey, JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the server copy is then the only one, as without this safety net.
      }
      return;
    }
    case 'dropLocal': {
      const stored = readLocal<Draft>(target.storageKey);
      if (stored && fingerprintOf(target.toPayload(stored.draft)) === effect.fingerprint)
        localStorage.removeItem(target.storageKey);
      return;
    }
    case 'schedule':
      clearTimeout(timer.current);
      timer.current = setTimeout(() => dispatch({ type: 'saveDue', online: navigator.onLine }), effect.delayMs);
      return;
    case 'send': {
      const body = JSON.stringify({ expectedVersion: effect.expectedVersion, draft: effect.payload });
      fetch(target.url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
        keepalive: effect.keepalive && body.length <= KEEPALIVE_MAX_CHARS,
      })
        .then((response) => response.json() as Promise<AutosaveAnswer<Server>>)
        .then(
          (answer) => dispatch({ type: 'answered', answer }),
          () => dispatch({ type: 'answered', answer: undefined }),
        );
    }
  }
}

/**
 * The editor's working copy and its way to the server: the rules are the state machine's
 * (`autosave-machine.ts`); this hook keeps its state, runs its effects (browser storage, the timer,
 * the request) and hands it the answers, the page being hidden and the connection coming back.
 */
export function useAutosave<Draft, Server extends ServerCopy>(target: AutosaveTarget<Draft, Server>) {
  const [state, setState] = useState(() => startAutosave(target, target.initial));
  // The machine's state between renders (effects and answers arrive outside React's render), the
  // pending save's timer, and the latest target for both.
  const current = useRef(state);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });

  const dispatch = useCallback(function dispatch(event: AutosaveEvent<Draft, Server>) {
    const step = advance(latest.current, current.current, event);
    current.current = step.state;
    setState(step.state);
    for (const effect of step.effects) runEffect(effect, { target: latest.current, timer, dispatch });
  }, []);
  const saveNow = useCallback(
    (keepalive: boolean) => {
      clearTimeout(timer.current);
      dispatch({ type: 'saveDue', online: navigator.onLine, keepalive });
    },
    [dispatch],
  );

  // Text left in this browser by a reload, a crash or a lost connection: localStorage exists only
  // in the browser, so it can only be looked at after hydration.
  useEffect(() => {
    dispatch({ type: 'opened', local: readLocal<Draft>(latest.current.storageKey), server: latest.current.initial });
  }, [dispatch]);

  useEffect(() => {
    const pending = timer;
    const flush = () => saveNow(true);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onOnline = () => dispatch({ type: 'retryNow' });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
      clearTimeout(pending.current);
    };
  }, [dispatch, saveNow]);

  return {
    draft: state.draft,
    update: useCallback(
      (change: (draft: Draft) => Draft) => dispatch({ type: 'edited', draft: change(current.current.draft) }),
      [dispatch],
    ),
    status: state.status,
    problems: state.problems,
    conflict: state.conflict,
    bodyKey: state.bodyKey,
    offer: state.offer,
    /** Takes the text kept in this browser: as is when the server has not changed since, else through the conflict screen. */
    restoreOffer: () => dispatch({ type: 'offerRestored', server: target.initial }),
    discardOffer: () => dispatch({ type: 'offerDiscarded' }),
    resolveConflict: (chosen: Draft) => dispatch({ type: 'conflictResolved', chosen }),
    retryNow: () => dispatch({ type: 'retryNow' }),
  };
}
