/**
 * Reads an `*.apimc-test.yaml` file: the contract format of issue 16. Every
 * mistake (unknown key, wrong type, unknown backend, product or API) is a
 * diagnostic at its file:line:col; nothing is guessed.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import { editDistance } from "../core/suggest";
import { makeDiagnostic, type Diagnostic } from "../core/diagnostic";
import type { Model } from "../model";
import { RUNTIME_CODES } from "./codes";
import { readPem, type CertificateSpec } from "./expression/x509";
import { declaredSubscriptions, subscriptionKeys, type SubscriptionScope } from "./subscriptions";

export interface MockRule {
  match?: { method?: string; path?: string; url?: string; headers?: Record<string, string>; query?: Record<string, string> };
  respond: { status: number; headers?: Record<string, string>; body?: unknown };
  /** Extension: the rule answers this many calls, then the next rule takes over. */
  times?: number;
}

export interface TestCase {
  name: string;
  request: { method: string; url: string; headers?: Record<string, string>; body?: unknown; ipAddress?: string; certificate?: CertificateSpec };
  repeat: number;
  expect: Record<string, unknown>;
  line: number;
}

export interface TestFile {
  file: string;
  namedValues: Record<string, string>;
  /** Accepted keys and their scope, declared subscriptions' keys resolved (see subscriptions.ts). */
  subscriptions: Record<string, SubscriptionScope>;
  /** Extension: values of `fromParameter` secret sources (subscription keys, named values). */
  parameters: Record<string, string>;
  clock?: number;
  backends: Record<string, MockRule[]>;
  tests: TestCase[];
}

type Shape = "string" | "number" | "boolean" | "any" | "scalarMap" | { map: Record<string, Shape> } | { list: Shape } | { dict: Shape };

const MATCH: Shape = { map: { method: "string", path: "string", url: "string", headers: "scalarMap", query: "scalarMap" } };
const RESPOND: Shape = { map: { status: "number", headers: "scalarMap", body: "any" } };
const EXPECT: Shape = {
  map: {
    status: "number",
    headers: "any",
    body: "any",
    backendRequests: { list: { map: { backend: "string", method: "string", url: "string", headers: "any", body: "any" } } },
    variables: "any",
    traces: { list: { map: { source: "string", contains: "string", message: "string", severity: "string" } } },
    // extensions beyond the contract:
    error: { map: { type: "string", source: "string", reason: "string", contains: "string" } },
    events: { list: { map: { logger: "string", contains: "string" } } },
    metrics: { list: { map: { name: "string", value: "number", dimensions: "scalarMap" } } },
  },
};
// Extension: the client certificate (context.Request.Certificate), as a PEM or as its fields.
const CERTIFICATE: Shape = { map: { pem: "string", subject: "string", issuer: "string", thumbprint: "string", serialNumber: "string", notBefore: "any", notAfter: "any", trusted: "boolean", revoked: "boolean" } };
const FILE: Shape = {
  map: {
    namedValues: "scalarMap",
    subscriptions: { dict: { map: { product: "string", api: "string", all: "boolean", subscription: "string" } } },
    // extension: values of `fromParameter` secret sources
    parameters: "scalarMap",
    clock: "any",
    backends: { dict: { list: { map: { match: MATCH, respond: RESPOND, times: "number" } } } },
    tests: {
      list: {
        map: {
          name: "string",
          request: { map: { method: "string", url: "string", headers: "scalarMap", body: "any", ipAddress: "string", certificate: CERTIFICATE } },
          repeat: "number",
          expect: EXPECT,
        },
      },
    },
  },
};

export function parseTestFile(file: string, text: string, model: Model): { test?: TestFile; diagnostics: Diagnostic[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (node: { range?: [number, number, number?] | null } | null | undefined) => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    return { file, line: p.line, col: p.col };
  };
  const diag = (code: string, msg: string, node: { range?: [number, number, number?] | null } | null | undefined, pointer: string, hint: string) => diagnostics.push(makeDiagnostic(code, "error", msg, at(node), pointer, hint));
  for (const e of doc.errors) {
    const p = lc.linePos(e.pos[0]);
    diagnostics.push(makeDiagnostic(RUNTIME_CODES.testFileSyntax, "error", `The test file is not valid YAML: ${e.message.split("\n")[0]}`, { file, line: p.line, col: p.col }, "", "Fix the YAML at this position."));
  }
  if (diagnostics.length) return { diagnostics };
  if (!isMap(doc.contents)) {
    diag(RUNTIME_CODES.testFileSyntax, "A test file is a map with `tests:` (and optionally namedValues, subscriptions, clock, backends).", doc.contents, "", "Start the file with `tests:`.");
    return { diagnostics };
  }

  const check = (node: Node | null | undefined, shape: Shape, pointer: string): void => {
    if (shape === "any" || !node) return;
    if (shape === "string" || shape === "number" || shape === "boolean") {
      const v = isScalar(node) ? node.value : undefined;
      const ok = isScalar(node) && (shape === "string" ? typeof v === "string" || typeof v === "number" : typeof v === shape);
      if (!ok) diag(RUNTIME_CODES.testFileInvalidValue, `\`${pointer || "/"}\` must be a ${shape}.`, node, pointer, `Write a ${shape} here.`);
      return;
    }
    if (shape === "scalarMap") {
      if (!isMap(node)) return void diag(RUNTIME_CODES.testFileInvalidValue, `\`${pointer}\` must be a map of names to values.`, node, pointer, "Write `{ name: value }`.");
      for (const p of node.items as Pair<Node, Node>[]) if (p.value && !isScalar(p.value)) diag(RUNTIME_CODES.testFileInvalidValue, `\`${pointer}/${String((p.key as { value?: unknown })?.value)}\` must be a single value.`, p.value, pointer, "Write a string, number, boolean or null.");
      return;
    }
    if ("list" in shape) {
      if (!isSeq(node)) return void diag(RUNTIME_CODES.testFileInvalidValue, `\`${pointer}\` must be a list.`, node, pointer, "Write a YAML list (`- ...`).");
      node.items.forEach((x, i) => check(x as Node, shape.list, `${pointer}/${i}`));
      return;
    }
    if (!isMap(node)) return void diag(RUNTIME_CODES.testFileInvalidValue, `\`${pointer || "/"}\` must be a map.`, node, pointer, "Write a YAML map (`key: value`).");
    for (const p of node.items as Pair<Node, Node>[]) {
      const key = String((p.key as { value?: unknown })?.value);
      const child = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if ("dict" in shape) {
        check(p.value, shape.dict, child);
        continue;
      }
      const sub = shape.map[key];
      if (sub === undefined) {
        const known = Object.keys(shape.map);
        const near = known.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2);
        diag(RUNTIME_CODES.testFileUnknownKey, `Unknown key \`${key}\` in \`${pointer || "/"}\`.`, p.key as Node, child, near ? `Did you mean \`${near}\`? Known keys: ${known.join(", ")}.` : `Known keys: ${known.join(", ")}.`);
        continue;
      }
      check(p.value, sub, child);
    }
  };
  check(doc.contents as Node, FILE, "");
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  const nodeAt = (path: Array<string | number>) => doc.getIn(path, true) as Node | undefined;

  // Cross-references: backends, products, APIs, tests.
  const backends = (data.backends ?? {}) as Record<string, MockRule[]>;
  for (const name of Object.keys(backends)) {
    if (/^https?:\/\//i.test(name) || model.backends[name]) continue;
    const pair = (doc.getIn(["backends"], true) as { items?: Pair<Node, Node>[] } | undefined)?.items?.find((p) => String((p.key as { value?: unknown }).value) === name);
    const known = Object.keys(model.backends);
    diag(RUNTIME_CODES.testFileUnknownBackend, `Unknown backend \`${name}\`: it is not declared, and it is not a base URL (https://...).`, (pair?.key as Node) ?? nodeAt(["backends"]), `/backends/${name}`, `Use a declared backend (${known.join(", ") || "none declared"}) or a base URL for send-request targets.`);
  }
  const subs = (data.subscriptions ?? {}) as Record<string, SubscriptionScope>;
  const declaredSubs = declaredSubscriptions(model);
  for (const [key, s] of Object.entries(subs)) {
    if (s?.subscription !== undefined) {
      const name = String(s.subscription);
      if (!declaredSubs[name]) {
        const known = Object.keys(declaredSubs).sort();
        const near = known.find((k) => editDistance(k, name) <= 2);
        diag(RUNTIME_CODES.testFileUnknownApi, `Subscription key \`${key}\` names \`${name}\`, which is not a declared subscription.`, nodeAt(["subscriptions", key, "subscription"]), `/subscriptions/${key}/subscription`, `${near ? `Did you mean \`${near}\`? ` : ""}Declared subscriptions: ${known.join(", ") || "none"}.`);
      }
      if (s.product !== undefined || s.api !== undefined || s.all !== undefined) diag(RUNTIME_CODES.testFileInvalidValue, `Subscription key \`${key}\` names a declared subscription and a scope; the declared subscription has its own scope.`, nodeAt(["subscriptions", key]), `/subscriptions/${key}`, "Keep either `subscription: NAME` or `product`/`api`/`all`.");
    }
    if (s?.product !== undefined && !model.products[s.product]) diag(RUNTIME_CODES.testFileUnknownApi, `Subscription \`${key}\` names an unknown product \`${s.product}\`.`, nodeAt(["subscriptions", key, "product"]), `/subscriptions/${key}/product`, `Use a declared product: ${Object.keys(model.products).join(", ") || "none declared"}.`);
    if (s?.api !== undefined && !model.apis[s.api]) diag(RUNTIME_CODES.testFileUnknownApi, `Subscription \`${key}\` names an unknown API \`${s.api}\`.`, nodeAt(["subscriptions", key, "api"]), `/subscriptions/${key}/api`, `Use a declared API: ${Object.keys(model.apis).join(", ")}.`);
  }
  const nvNames = new Set(Object.values(model.namedValues).flatMap((n) => [n.name, n.displayName]));
  for (const name of Object.keys((data.namedValues ?? {}) as object)) {
    if (!nvNames.has(name)) diag(RUNTIME_CODES.testFileInvalidValue, `\`namedValues\` gives a value for \`${name}\`, which is not a declared named value.`, nodeAt(["namedValues", name]), `/namedValues/${name}`, `Declared named values: ${[...nvNames].sort().join(", ") || "none"}.`);
  }
  const read = new Set<string>();
  for (const d of Object.values(declaredSubs)) for (const p of d.keyParameters) read.add(p);
  for (const nv of Object.values(model.namedValues)) if (nv.source.kind === "fromParameter") read.add(nv.source.parameter);
  for (const name of Object.keys((data.parameters ?? {}) as object)) {
    if (!read.has(name)) diag(RUNTIME_CODES.testFileInvalidValue, `\`parameters\` gives a value for \`${name}\`, which no subscription key or named value reads with \`fromParameter\`.`, nodeAt(["parameters", name]), `/parameters/${name}`, `Parameters the declarations read: ${[...read].sort().join(", ") || "none"}.`);
  }
  let clock: number | undefined;
  if (data.clock !== undefined) {
    const c = data.clock instanceof Date ? data.clock.getTime() : Date.parse(String(data.clock));
    if (Number.isNaN(c)) diag(RUNTIME_CODES.testFileInvalidValue, "`clock` is not an ISO 8601 date-time.", nodeAt(["clock"]), "/clock", "Write e.g. `clock: 2026-01-01T00:00:00Z`.");
    else clock = c;
  }
  const tests = Array.isArray(data.tests) ? (data.tests as Array<Record<string, unknown>>) : [];
  if (data.tests === undefined) diag(RUNTIME_CODES.testFileNone, "The test file has no `tests:` list.", doc.contents, "/tests", "Add `tests:` with at least one test.");
  const out: TestCase[] = [];
  tests.forEach((t, i) => {
    const node = nodeAt(["tests", i]);
    const line = at(node).line;
    if (!t || typeof t !== "object") return;
    if (typeof t.name !== "string") diag(RUNTIME_CODES.testFileInvalidValue, "Each test needs a `name`.", node, `/tests/${i}`, "Add `name: ...`.");
    const req = t.request as TestCase["request"] | undefined;
    if (!req || typeof req.url !== "string") diag(RUNTIME_CODES.testFileInvalidValue, "Each test needs `request: { method, url }`.", node, `/tests/${i}/request`, "Add `request: { method: GET, url: /api/path }`.");
    const exp = (t.expect ?? {}) as Record<string, unknown>;
    for (const [j, br] of ((exp.backendRequests ?? []) as Array<{ backend?: string }>).entries()) {
      if (br?.backend !== undefined && !model.backends[br.backend]) diag(RUNTIME_CODES.testFileUnknownBackend, `Unknown backend \`${br.backend}\` in an expected backend request.`, nodeAt(["tests", i, "expect", "backendRequests", j, "backend"]), `/tests/${i}/expect/backendRequests/${j}/backend`, `Use a declared backend: ${Object.keys(model.backends).join(", ")}.`);
    }
    let certificate: CertificateSpec | undefined;
    if (req?.certificate && typeof req.certificate === "object") {
      const c = req.certificate as Record<string, unknown>;
      const where = (k: string) => nodeAt(["tests", i, "request", "certificate", k]);
      certificate = {};
      for (const k of ["pem", "subject", "issuer", "thumbprint", "serialNumber"] as const) if (c[k] !== undefined && c[k] !== null) certificate[k] = String(c[k]);
      for (const k of ["trusted", "revoked"] as const) if (typeof c[k] === "boolean") certificate[k] = c[k] as boolean;
      for (const k of ["notBefore", "notAfter"] as const) {
        if (c[k] === undefined) continue;
        const ms = c[k] instanceof Date ? (c[k] as Date).getTime() : Date.parse(String(c[k]));
        if (Number.isNaN(ms)) diag(RUNTIME_CODES.testFileInvalidValue, `\`${k}\` is not an ISO 8601 date-time.`, where(k), `/tests/${i}/request/certificate/${k}`, `Write e.g. \`${k}: 2026-01-01T00:00:00Z\`.`);
        else certificate[k] = ms;
      }
      if (certificate.pem !== undefined) {
        try {
          readPem(certificate.pem);
        } catch (e) {
          diag(RUNTIME_CODES.testFileInvalidValue, `\`certificate.pem\` is not a PEM certificate: ${(e as Error).message}.`, where("pem"), `/tests/${i}/request/certificate/pem`, "Paste the certificate with its -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines, or give its fields (subject, issuer, thumbprint, ...).");
        }
      }
    }
    out.push({
      name: String(t.name ?? `test ${i + 1}`),
      request: { method: "GET", ...(req ?? { url: "/" }), headers: stringMap(req?.headers), certificate },
      repeat: typeof t.repeat === "number" && t.repeat >= 1 ? Math.floor(t.repeat) : 1,
      expect: exp,
      line,
    });
  });
  if (diagnostics.length) return { diagnostics };
  const parameters = stringMap(data.parameters) ?? {};
  const test: TestFile = {
    file,
    namedValues: stringMap(data.namedValues) ?? {},
    subscriptions: subscriptionKeys(model, subs, parameters),
    parameters,
    backends,
    tests: out,
  };
  if (clock !== undefined) test.clock = clock;
  return { test, diagnostics };
}

function stringMap(v: unknown): Record<string, string> | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = x === null ? "" : String(x);
  return o;
}

