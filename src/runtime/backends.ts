/**
 * Backends from the declarations: a `backend-id` resolves to one Single
 * backend (pools pick by priority, then weight, skipping members whose
 * circuit breaker is open), with its credentials applied, named values
 * substituted. Breakers trip on their declared failure condition.
 */
import type { BackendModel, Model } from "../model";
import { isoDurationMs, type RuntimeState } from "./state";

export interface ResolvedBackend {
  /** Name of the Single backend the call goes to. */
  name: string;
  url: string;
  /** Headers and query parameters from `credentials`, named values substituted. */
  headers: Record<string, string>;
  query: Record<string, string>;
}

export type Resolution = { ok: true; backend: ResolvedBackend } | { ok: false; reason: "unknown" | "open" | "noUrl"; message: string };

export function resolveBackend(model: Model, id: string, state: RuntimeState, now: number, nv: (s: string) => string): Resolution {
  const b = model.backends[id];
  if (!b) return { ok: false, reason: "unknown", message: `Backend with id '${id}' could not be found.` };
  if (b.properties.type === "Pool") {
    const members = b.properties.pool?.services ?? [];
    const byPriority = new Map<number, Array<{ name: string; weight: number }>>();
    for (const m of members) {
      const ref = m as unknown as { backend?: string; id?: string; priority?: number; weight?: number };
      const name = ref.backend ?? (ref.id ?? "").split("/").pop() ?? "";
      const p = ref.priority ?? 0;
      if (!byPriority.has(p)) byPriority.set(p, []);
      byPriority.get(p)?.push({ name, weight: ref.weight ?? 1 });
    }
    for (const p of [...byPriority.keys()].sort((x, y) => x - y)) {
      const open = (byPriority.get(p) ?? []).filter((m) => !isOpen(state, m.name, now) && model.backends[m.name]);
      if (!open.length) continue;
      const pick = rotate(state, `${id}#${p}`, open);
      return single(model.backends[pick], nv);
    }
    return { ok: false, reason: "open", message: `All members of backend pool '${id}' are unavailable: their circuit breakers are open.` };
  }
  if (isOpen(state, id, now)) return { ok: false, reason: "open", message: `Backend '${id}' is unavailable: its circuit breaker is open.` };
  return single(b, nv);
}

function single(b: BackendModel, nv: (s: string) => string): Resolution {
  const p = b.properties as BackendModel["properties"] & {
    credentials?: { header?: Record<string, string[]>; query?: Record<string, string[]>; authorization?: { scheme: string; parameter: string } };
  };
  if (!p.url) return { ok: false, reason: "noUrl", message: `Backend '${b.name}' has no url.` };
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.credentials?.header ?? {})) headers[k] = v.map(nv).join(",");
  for (const [k, v] of Object.entries(p.credentials?.query ?? {})) query[k] = v.map(nv).join(",");
  if (p.credentials?.authorization) headers.Authorization = `${p.credentials.authorization.scheme} ${nv(p.credentials.authorization.parameter)}`;
  return { ok: true, backend: { name: b.name, url: nv(p.url), headers, query } };
}

function isOpen(state: RuntimeState, name: string, now: number): boolean {
  const b = state.breakers.get(name);
  return Boolean(b && b.openUntil > now);
}

/** Smooth weighted round-robin (nginx's): deterministic, and proportional to the weights. */
function rotate(state: RuntimeState, key: string, members: Array<{ name: string; weight: number }>): string {
  let cur = state.rotation.get(key);
  if (!cur) {
    cur = new Map();
    state.rotation.set(key, cur);
  }
  const total = members.reduce((a, m) => a + m.weight, 0);
  let best = members[0];
  let bestW = -Infinity;
  for (const m of members) {
    const w = (cur.get(m.name) ?? 0) + m.weight;
    cur.set(m.name, w);
    if (w > bestW) {
      bestW = w;
      best = m;
    }
  }
  cur.set(best.name, bestW - total);
  return best.name;
}

/** After a call to a Single backend: count it against each breaker rule and trip when a condition is met. */
export function recordOutcome(model: Model, state: RuntimeState, name: string, now: number, status: number | undefined, retryAfter: string | undefined): void {
  const rules = (model.backends[name]?.properties as { circuitBreaker?: { rules?: BreakerRule[] } } | undefined)?.circuitBreaker?.rules ?? [];
  if (!rules.length) return;
  const backend = state.breaker(name);
  rules.forEach((rule, i) => {
    // Each rule keeps its own window of calls; the backend trips when any rule does.
    const w = state.breaker(`${name}#rule${i}`);
    const failed = isFailure(rule, status);
    const interval = isoDurationMs(rule.failureCondition?.interval) || 0;
    w.calls.push({ at: now, failed });
    w.total++;
    if (failed) w.failures++;
    while (w.head < w.calls.length && w.calls[w.head].at <= now - interval) {
      w.total--;
      if (w.calls[w.head].failed) w.failures--;
      w.head++;
    }
    if (w.head > 1024 && w.head * 2 > w.calls.length) {
      w.calls = w.calls.slice(w.head);
      w.head = 0;
    }
    const fc = rule.failureCondition ?? {};
    const trips = fc.count !== undefined ? w.failures >= fc.count : fc.percentage !== undefined ? (w.failures * 100) / w.total >= fc.percentage : false;
    if (!failed || !trips) return;
    let duration = isoDurationMs(rule.tripDuration) || 0;
    // acceptRetryAfter: the backend's Retry-After (seconds or an HTTP date) sets the trip duration.
    if (rule.acceptRetryAfter && retryAfter) {
      const ms = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - now;
      if (Number.isFinite(ms) && ms > 0) duration = ms;
    }
    backend.openUntil = Math.max(backend.openUntil, now + duration);
    w.calls = [];
    w.head = 0;
    w.total = 0;
    w.failures = 0;
  });
}

interface BreakerRule {
  name?: string;
  failureCondition?: { count?: number; percentage?: number; interval?: string; statusCodeRanges?: Array<{ min: number; max: number }>; errorReasons?: string[] };
  tripDuration?: string;
  acceptRetryAfter?: boolean;
}

function isFailure(rule: BreakerRule, status: number | undefined): boolean {
  const fc = rule.failureCondition ?? {};
  // A transport failure (no status) counts as a failure, as a connection error does in APIM.
  if (status === undefined) return true;
  return (fc.statusCodeRanges ?? []).some((r) => status >= r.min && status <= r.max);
}
