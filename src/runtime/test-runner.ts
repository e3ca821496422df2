/**
 * `apimc test`: each test gets a fresh RuntimeState and a fixed virtual
 * clock; `repeat` sends the request N times on that state and checks the
 * expectations against the last outcome. Backends answer from the file's
 * mocks; an unmocked call fails the test with a clear message.
 */
import type { Model } from "../model";
import { runRequest, type RuntimeOptions } from "./engine";
import type { Gateway } from "./gateway";
import { RuntimeState, virtualClock } from "./state";
import { namedValueLookup } from "./subscriptions";
import type { MockRule, TestCase, TestFile } from "./test-file";
import { HarnessError, type OutboundCall, type OutboundReply, type Outcome, type Transport } from "./types";

export interface ExpectationFailure {
  /** e.g. `status`, `headers.x-tenant`, `backendRequests[0].url`. */
  expectation: string;
  expected: unknown;
  actual: unknown;
  note?: string;
}

export interface TestResult {
  file: string;
  name: string;
  line: number;
  passed: boolean;
  failures: ExpectationFailure[];
  /** Operation that ran, policies, and any runtime error: context for the output. */
  outcome: Pick<Outcome, "status" | "api" | "operation" | "policies" | "error" | "nearest" | "harnessError">;
}

/** Default clock: fixed, so Timestamp, expiry checks and windows repeat run to run. */
export const DEFAULT_TEST_CLOCK = Date.UTC(2026, 0, 1);

export async function runTestFile(gw: Gateway, tf: TestFile): Promise<TestResult[]> {
  const results: TestResult[] = [];
  const secrets = secretValues(gw.model, tf);
  for (const t of tf.tests) results.push(await runTest(gw, tf, t, secrets));
  return results;
}

function secretValues(model: Model, tf: TestFile): string[] {
  const out: string[] = [];
  for (const nv of Object.values(model.namedValues)) {
    const v = tf.namedValues[nv.name] ?? tf.namedValues[nv.displayName];
    if (v !== undefined && (nv.secret || nv.source.kind !== "plain") && v.length > 0) out.push(v);
  }
  // Parameters feed secret sources (subscription keys, secret named values): all masked.
  for (const v of Object.values(tf.parameters)) if (v.length > 0) out.push(v);
  return out.sort((a, b) => b.length - a.length);
}

/**
 * Answers calls from the test file's mocks: by backend name, else by the
 * longest base-URL key, else by the declared backend whose url the call
 * starts with (an API's serviceUrl usually is one).
 */
export function mockTransport(tf: Pick<TestFile, "backends">, model?: Model): Transport {
  const used = new Map<MockRule, number>();
  return async (call: OutboundCall): Promise<OutboundReply> => {
    let rules: MockRule[] | undefined;
    let label: string;
    const declared = !call.backend && model ? Object.values(model.backends).find((b) => b.properties.url && tf.backends[b.name] && (call.url === b.properties.url || call.url.startsWith(`${b.properties.url.replace(/\/+$/, "")}/`) || call.url.startsWith(`${b.properties.url}?`))) : undefined;
    if (call.backend && tf.backends[call.backend]) {
      rules = tf.backends[call.backend];
      label = `backend \`${call.backend}\``;
    } else {
      const key = Object.keys(tf.backends)
        .filter((k) => /^https?:\/\//i.test(k) && (call.url === k || call.url.startsWith(k.endsWith("/") ? k : `${k}/`) || call.url.startsWith(`${k}?`)))
        .sort((a, b) => b.length - a.length)[0];
      rules = key ? tf.backends[key] : declared ? tf.backends[declared.name] : undefined;
      label = key ? `\`${key}\`` : declared ? `backend \`${declared.name}\`` : call.backend ? `backend \`${call.backend}\`` : `\`${call.url}\``;
    }
    if (!rules) throw new HarnessError(`No mock answers ${call.method} ${call.url} (${call.backend ? `backend \`${call.backend}\`` : call.kind}): add it under \`backends:\` in the test file.`);
    const u = new URL(call.url);
    for (const r of rules) {
      if (r.times !== undefined && (used.get(r) ?? 0) >= r.times) continue;
      const m = r.match ?? {};
      if (m.method && m.method.toUpperCase() !== call.method.toUpperCase()) continue;
      if (m.path && !pathMatches(m.path, u)) continue;
      if (m.url && m.url !== call.url) continue;
      if (m.headers && !Object.entries(m.headers).every(([k, v]) => headerValue(call.headers, k) === String(v))) continue;
      if (m.query && !Object.entries(m.query).every(([k, v]) => u.searchParams.get(k) === String(v))) continue;
      used.set(r, (used.get(r) ?? 0) + 1);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.respond.headers ?? {})) headers[k] = String(v);
      const b = r.respond.body;
      let body = "";
      if (b !== undefined && b !== null) {
        if (typeof b === "string") body = b;
        else {
          body = JSON.stringify(b);
          if (!Object.keys(headers).some((k) => k.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
        }
      }
      return { status: r.respond.status ?? 200, headers, body };
    }
    throw new HarnessError(`No mock rule of ${label} matches ${call.method} ${u.pathname}${u.search}.`);
  };
}

function pathMatches(p: string, u: URL): boolean {
  const actual = p.includes("?") ? u.pathname + u.search : u.pathname;
  return p.endsWith("*") ? actual.startsWith(p.slice(0, -1)) : actual === p;
}

function headerValue(h: Record<string, string>, name: string): string | undefined {
  const k = Object.keys(h).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : h[k];
}

async function runTest(gw: Gateway, tf: TestFile, t: TestCase, secrets: string[]): Promise<TestResult> {
  const model = gw.model;
  const opts: RuntimeOptions = {
    clock: virtualClock(tf.clock ?? DEFAULT_TEST_CLOCK),
    state: new RuntimeState(),
    transport: mockTransport(tf, model),
    namedValue: namedValueLookup(model, tf.namedValues, tf.parameters),
    subscriptions: tf.subscriptions,
  };
  let outcome: Outcome | undefined;
  const body = t.request.body === undefined || t.request.body === null ? undefined : typeof t.request.body === "string" ? t.request.body : JSON.stringify(t.request.body);
  for (let i = 0; i < t.repeat; i++) {
    outcome = await runRequest(gw, { method: t.request.method, url: t.request.url, headers: t.request.headers, body, ipAddress: t.request.ipAddress, certificate: t.request.certificate }, opts);
    if (outcome.harnessError) break;
  }
  const o = outcome as Outcome;
  const failures: ExpectationFailure[] = o.harnessError ? [{ expectation: "setup", expected: "a test the runtime can run", actual: o.harnessError }] : checkExpectations(t.expect, o);
  if (o.nearest && !o.harnessError && failures.length) failures.push({ expectation: "route", expected: `an operation for ${t.request.method.toUpperCase()} ${t.request.url}`, actual: "no operation matched", note: `nearest: ${o.nearest.join("; ")}` });
  const mask = (v: unknown): unknown => maskSecrets(v, secrets);
  const outcomeView: TestResult["outcome"] = { status: o.status, policies: o.policies };
  if (o.api) outcomeView.api = o.api;
  if (o.operation) outcomeView.operation = o.operation;
  if (o.error) outcomeView.error = mask(o.error) as Outcome["error"];
  if (o.nearest) outcomeView.nearest = o.nearest;
  if (o.harnessError) outcomeView.harnessError = mask(o.harnessError) as string;
  return { file: tf.file, name: t.name, line: t.line, passed: failures.length === 0, failures: failures.map((f) => mask(f) as ExpectationFailure), outcome: outcomeView };
}

/** Secret values never appear in output, whatever expectation shows them. */
export function maskSecrets(v: unknown, secrets: string[]): unknown {
  if (!secrets.length) return v;
  if (typeof v === "string") return secrets.reduce((s, x) => s.split(x).join("***"), v);
  if (Array.isArray(v)) return v.map((x) => maskSecrets(x, secrets));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskSecrets(x, secrets)]));
  return v;
}

export function checkExpectations(exp: Record<string, unknown>, o: Outcome): ExpectationFailure[] {
  const f: ExpectationFailure[] = [];
  if (exp.status !== undefined && Number(exp.status) !== o.status) {
    f.push({ expectation: "status", expected: exp.status, actual: o.status, ...(o.error ? { note: errorNote(o) } : {}) });
  }
  if (exp.headers && typeof exp.headers === "object") checkHeaders("headers", exp.headers as Record<string, unknown>, o.headers, f);
  if ("body" in exp) checkBody("body", exp.body, o.body, f);
  if (Array.isArray(exp.backendRequests)) {
    const want = exp.backendRequests as Array<Record<string, unknown>>;
    const got = o.backendRequests;
    if (want.length !== got.length) f.push({ expectation: "backendRequests.length", expected: want.length, actual: got.length, note: got.map((g) => `${g.method} ${g.url}`).join("; ") || "no calls" });
    want.forEach((w, i) => {
      const g = got[i];
      if (!g) return;
      const p = `backendRequests[${i}]`;
      if (w.backend !== undefined && w.backend !== g.backend) f.push({ expectation: `${p}.backend`, expected: w.backend, actual: g.backend ?? null });
      if (w.method !== undefined && String(w.method).toUpperCase() !== g.method.toUpperCase()) f.push({ expectation: `${p}.method`, expected: w.method, actual: g.method });
      if (w.url !== undefined && w.url !== g.url) f.push({ expectation: `${p}.url`, expected: w.url, actual: g.url });
      if (w.headers && typeof w.headers === "object") checkHeaders(`${p}.headers`, w.headers as Record<string, unknown>, g.headers, f);
      if ("body" in w) checkBody(`${p}.body`, w.body, g.body, f);
    });
  }
  if (exp.variables && typeof exp.variables === "object") {
    for (const [k, v] of Object.entries(exp.variables as Record<string, unknown>)) {
      const actual = k in o.variables ? o.variables[k] : undefined;
      if (v === null ? actual !== undefined && actual !== null : !deepEqual(v, actual)) f.push({ expectation: `variables.${k}`, expected: v, actual: actual === undefined ? "(not set)" : actual });
    }
  }
  if (Array.isArray(exp.traces)) {
    let from = 0;
    for (const [i, w] of (exp.traces as Array<Record<string, string>>).entries()) {
      const idx = o.traces.findIndex((t, j) => j >= from && (w.source === undefined || t.source === w.source) && (w.contains === undefined || t.message.includes(w.contains)) && (w.message === undefined || t.message === w.message) && (w.severity === undefined || t.severity === w.severity));
      if (idx < 0) f.push({ expectation: `traces[${i}]`, expected: w, actual: o.traces.map((t) => ({ source: t.source, message: t.message })) });
      else from = idx + 1;
    }
  }
  if (Array.isArray(exp.events)) {
    for (const [i, w] of (exp.events as Array<Record<string, string>>).entries()) {
      if (!o.events.some((e) => (w.logger === undefined || e.logger === w.logger) && (w.contains === undefined || e.message.includes(w.contains)))) f.push({ expectation: `events[${i}]`, expected: w, actual: o.events });
    }
  }
  if (Array.isArray(exp.metrics)) {
    for (const [i, w] of (exp.metrics as Array<Record<string, unknown>>).entries()) {
      const ok = o.metrics.some((m) => (w.name === undefined || m.name === w.name) && (w.value === undefined || m.value === w.value) && Object.entries((w.dimensions ?? {}) as Record<string, unknown>).every(([k, v]) => m.dimensions[k] === String(v)));
      if (!ok) f.push({ expectation: `metrics[${i}]`, expected: w, actual: o.metrics });
    }
  }
  if (exp.error && typeof exp.error === "object") {
    const w = exp.error as Record<string, string>;
    const e = o.error;
    if (!e) f.push({ expectation: "error", expected: w, actual: "(no error)" });
    else {
      if (w.type !== undefined && e.exceptionType !== w.type && e.exceptionType?.split(".").pop() !== w.type) f.push({ expectation: "error.type", expected: w.type, actual: e.exceptionType ?? null });
      if (w.source !== undefined && e.source !== w.source) f.push({ expectation: "error.source", expected: w.source, actual: e.source });
      if (w.reason !== undefined && e.reason !== w.reason) f.push({ expectation: "error.reason", expected: w.reason, actual: e.reason });
      if (w.contains !== undefined && !e.message.includes(w.contains)) f.push({ expectation: "error.message", expected: { contains: w.contains }, actual: e.message });
    }
  }
  return f;
}

function errorNote(o: Outcome): string {
  const e = o.error;
  if (!e) return "";
  return `on-error ran: ${e.source} ${e.reason}${e.exceptionType ? ` (${e.exceptionType})` : ""}: ${e.message}${e.at ? ` at ${e.at}` : ""}`;
}

function checkHeaders(prefix: string, want: Record<string, unknown>, got: Record<string, string>, f: ExpectationFailure[]): void {
  for (const [k, v] of Object.entries(want)) {
    const actual = headerValue(got, k);
    if (v === null) {
      if (actual !== undefined) f.push({ expectation: `${prefix}.${k}`, expected: "(absent)", actual });
    } else if (actual !== String(v)) f.push({ expectation: `${prefix}.${k}`, expected: String(v), actual: actual === undefined ? "(absent)" : actual });
  }
}

function checkBody(name: string, want: unknown, got: string | undefined, f: ExpectationFailure[]): void {
  const text = got ?? "";
  if (want === null) {
    if (text !== "") f.push({ expectation: name, expected: "(no body)", actual: text });
    return;
  }
  if (typeof want === "string") {
    if (text !== want) f.push({ expectation: name, expected: want, actual: text });
    return;
  }
  if (want && typeof want === "object" && !Array.isArray(want)) {
    const keys = Object.keys(want);
    if (keys.length === 1 && keys[0] === "contains") {
      if (!text.includes(String((want as { contains: unknown }).contains))) f.push({ expectation: `${name}.contains`, expected: (want as { contains: unknown }).contains, actual: text });
      return;
    }
    if (keys.length === 1 && keys[0] === "matches") {
      const re = new RegExp(String((want as { matches: unknown }).matches));
      if (!re.test(text)) f.push({ expectation: `${name}.matches`, expected: String(re), actual: text });
      return;
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    f.push({ expectation: name, expected: want, actual: text, note: "the body is not JSON" });
    return;
  }
  if (!deepEqual(want, parsed)) f.push({ expectation: name, expected: want, actual: parsed });
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "string") return String(a) === b;
  if (typeof a === "string" && typeof b === "number") return a === String(b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
