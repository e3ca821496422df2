/**
 * Everything that survives between requests in one gateway: rate-limit and
 * quota counters, caches, circuit breakers and pool rotation. `apimc test`
 * makes a fresh one per test; `repeat` shares it.
 */
export interface Counter {
  count: number;
  /** Epoch ms when the window ends. */
  resetAt: number;
}

/**
 * A rate limit's sliding window: the counted calls of the last
 * `renewal-period`, oldest first, as a queue with a running total (O(1)
 * amortised per call).
 */
export class SlidingWindow {
  private readonly entries: Array<{ at: number; n: number }> = [];
  private head = 0;
  private total = 0;
  constructor(private readonly periodMs: number) {}
  /** Calls counted within the window ending at `now`. */
  count(now: number): number {
    while (this.head < this.entries.length && this.entries[this.head].at <= now - this.periodMs) {
      this.total -= this.entries[this.head].n;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
    return this.total;
  }
  add(now: number, n: number): void {
    this.entries.push({ at: now, n });
    this.total += n;
  }
  /** Seconds until a call leaves the window and makes room (at least 1), for Retry-After. */
  retryAfter(now: number): number {
    const oldest = this.entries[this.head];
    return oldest ? Math.max(1, Math.ceil((oldest.at + this.periodMs - now) / 1000)) : 1;
  }
}

export interface BreakerState {
  /**
   * Calls inside the rule's interval, oldest first, as a queue (`head` is the
   * first live entry) with running totals, so each call costs O(1) amortised
   * however busy the backend is.
   */
  calls: Array<{ at: number; failed: boolean }>;
  head: number;
  total: number;
  failures: number;
  /** Tripped until this epoch ms. */
  openUntil: number;
}

export class RuntimeState {
  readonly counters = new Map<string, Counter>();
  readonly windows = new Map<string, SlidingWindow>();
  readonly cache = new Map<string, { value: unknown; expiresAt: number }>();
  readonly breakers = new Map<string, BreakerState>();
  /** Smooth weighted round-robin: current weight per pool member. */
  readonly rotation = new Map<string, Map<string, number>>();
  /** Deterministic ids: request ids and Guid.NewGuid() count up from here. */
  guidSeq = 0;

  cacheGet(key: string, now: number): unknown {
    const e = this.cache.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= now) {
      this.cache.delete(key);
      return undefined;
    }
    return e.value;
  }
  cacheSet(key: string, value: unknown, seconds: number, now: number): void {
    this.cache.set(key, { value, expiresAt: now + seconds * 1000 });
  }
  breaker(name: string): BreakerState {
    let b = this.breakers.get(name);
    if (!b) {
      b = { calls: [], head: 0, total: 0, failures: 0, openUntil: 0 };
      this.breakers.set(name, b);
    }
    return b;
  }
  nextGuid(): string {
    const n = ++this.guidSeq;
    const hex = n.toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${hex}`;
  }
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** A clock that only moves when the runtime waits (retry intervals, `wait`), so tests are repeatable. */
export function virtualClock(start: number): Clock {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0, ms);
    },
  };
}

export function realClock(): Clock {
  return {
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 30_000))),
  };
}

/** ISO 8601 duration (PT1M, P1D, PT0.5S) to ms; NaN when not one. */
export function isoDurationMs(s: string | undefined): number {
  if (!s) return NaN;
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(s);
  if (!m) return NaN;
  const [, d, h, mi, se] = m.map((x) => (x ? Number(x) : 0));
  return (((d * 24 + h) * 60 + mi) * 60 + se) * 1000;
}
