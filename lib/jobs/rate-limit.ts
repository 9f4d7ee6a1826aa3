/**
 * Paces work to `perSecond` starts a second across everything that shares the limiter (a worker's
 * every mail job): each caller waits for its own slot, spaced 1/perSecond apart, with at most a
 * second's worth of slots saved up while idle.
 */
export function createRateLimiter(perSecond: number, now: () => number = Date.now): () => Promise<void> {
  const spacing = 1000 / Math.max(0.001, perSecond);
  let next = 0;
  return async () => {
    const at = now();
    // Idle time earns at most one second of burst.
    next = Math.max(next, at - 1000 + spacing);
    const slot = next;
    next += spacing;
    const wait = slot - at;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

/** DISTRIBUTION_RATE_PER_SECOND: messages a second one worker sends a press distribution at (default 50). */
export function distributionRatePerSecond(): number {
  const rate = Number(process.env.DISTRIBUTION_RATE_PER_SECOND ?? 50);
  return Number.isFinite(rate) && rate > 0 ? rate : 50;
}
