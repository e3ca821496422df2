/**
 * A local HTTPS emulator of the ARM API Management resource provider, enough
 * for apimc's kinds: PUT/GET/HEAD/DELETE/list with paging, per-resource ETags,
 * ARM error bodies, long-running operations (Azure-AsyncOperation or
 * Location), injectable faults, a request log, and the REST-contract check of
 * every PUT body when ../shared/specs/rest is present.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { loadRestSpec, sharedDir, type RestKind, type RestSpec } from "../support/rest-spec";
import { emulatorTls } from "./tls";
import { canonicalRevisionPath, createRevision, releaseRevision } from "./revisions";

export type LroStyle = "azure-async" | "location" | "none";

export interface Fault {
  method?: string;
  pathIncludes?: string;
  /** HTTP status to answer with (ignored when drop is set). */
  status?: number;
  /** Retry-After header: seconds, or an HTTP date string. */
  retryAfter?: number | string;
  /** How many matching requests this fault answers; default 1. */
  times?: number;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
  code?: string;
  message?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  headers: Record<string, string | undefined>;
  /** Status answered; 0 when the connection was dropped. */
  status: number;
  /** True when a fault answered instead of the emulated service. */
  faulted: boolean;
}

export interface SpecViolation {
  method: string;
  path: string;
  kind: RestKind;
  errors: string[];
}

export interface StoredResource {
  id: string;
  type: string;
  name: string;
  kind: RestKind;
  etag: string;
  properties: Record<string, unknown>;
  /** A secret named value's value: never returned by GET, only by listValue. */
  secretValue?: string;
}

export interface ArmEmulatorOptions {
  /** How api, namedValue and policyFragment PUTs complete; default "azure-async". */
  lroStyle?: LroStyle;
  /** Items per list page; default 100. */
  pageSize?: number;
  /** Folder holding specs/rest; default $APIMC_SHARED or ../shared. false disables the check. */
  sharedDir?: string | false;
}

export interface ArmEmulator {
  url: string;
  port: number;
  caPem: string;
  caFile: string;
  /** Stored resources keyed by lower-cased path below the service. */
  state: Map<string, StoredResource>;
  faults: Fault[];
  requests: LoggedRequest[];
  specViolations: SpecViolation[];
  /** Whether PUT bodies are being checked against the REST spec. */
  specChecked: boolean;
  lroStyle: LroStyle;
  /** Finds a resource by its path below the service, e.g. "apis/orders". */
  resource(path: string): StoredResource | undefined;
  /** Changes a resource as someone outside apimc would (new ETag). */
  mutate(path: string, change: (properties: Record<string, unknown>) => void): void;
  /** Writes (PUT/PATCH/DELETE/POST) that the service applied, i.e. not answered by a fault or an error. */
  appliedWrites(): LoggedRequest[];
  stop(): Promise<void>;
}

interface Pattern {
  kind: RestKind;
  segments: string[];
  type: string;
  lro?: boolean;
  /** Parent resources that must exist, as indexes into the name list -> path builders. */
  parents?: (names: string[]) => string[];
}

const PATTERNS: Pattern[] = [
  { kind: "namedValue", segments: ["namedValues", "*"], type: "namedValues", lro: true },
  { kind: "backend", segments: ["backends", "*"], type: "backends" },
  { kind: "api", segments: ["apis", "*"], type: "apis", lro: true },
  { kind: "operation", segments: ["apis", "*", "operations", "*"], type: "apis/operations", parents: ([a]) => [`apis/${a}`] },
  { kind: "globalPolicy", segments: ["policies", "policy"], type: "policies" },
  { kind: "apiPolicy", segments: ["apis", "*", "policies", "policy"], type: "apis/policies", parents: ([a]) => [`apis/${a}`] },
  { kind: "operationPolicy", segments: ["apis", "*", "operations", "*", "policies", "policy"], type: "apis/operations/policies", parents: ([a, o]) => [`apis/${a}/operations/${o}`] },
  { kind: "productPolicy", segments: ["products", "*", "policies", "policy"], type: "products/policies", parents: ([p]) => [`products/${p}`] },
  { kind: "policyFragment", segments: ["policyFragments", "*"], type: "policyFragments", lro: true },
  { kind: "product", segments: ["products", "*"], type: "products" },
  { kind: "productApi", segments: ["products", "*", "apis", "*"], type: "products/apis", parents: ([p, a]) => [`products/${p}`, `apis/${a}`] },
  { kind: "apiVersionSet", segments: ["apiVersionSets", "*"], type: "apiVersionSets" },
  { kind: "gateway", segments: ["gateways", "*"], type: "gateways" },
  { kind: "gatewayApi", segments: ["gateways", "*", "apis", "*"], type: "gateways/apis", parents: ([g, a]) => [`gateways/${g}`, `apis/${a}`] },
  { kind: "gatewayHostname", segments: ["gateways", "*", "hostnameConfigurations", "*"], type: "gateways/hostnameConfigurations", parents: ([g]) => [`gateways/${g}`] },
  { kind: "gatewayCertificateAuthority", segments: ["gateways", "*", "certificateAuthorities", "*"], type: "gateways/certificateAuthorities", parents: ([g]) => [`gateways/${g}`] },
  { kind: "tag", segments: ["tags", "*"], type: "tags" },
  { kind: "group", segments: ["groups", "*"], type: "groups" },
  { kind: "certificate", segments: ["certificates", "*"], type: "certificates" },
  { kind: "logger", segments: ["loggers", "*"], type: "loggers" },
  { kind: "diagnostic", segments: ["diagnostics", "*"], type: "diagnostics" },
  { kind: "cache", segments: ["caches", "*"], type: "caches" },
  { kind: "authorizationServer", segments: ["authorizationServers", "*"], type: "authorizationServers" },
  { kind: "openidConnectProvider", segments: ["openidConnectProviders", "*"], type: "openidConnectProviders" },
  { kind: "subscription", segments: ["subscriptions", "*"], type: "subscriptions" },
  { kind: "productTag", segments: ["products", "*", "tags", "*"], type: "products/tags", parents: ([p, t]) => [`products/${p}`, `tags/${t}`] },
  // Built-in groups exist in every instance without a PUT.
  { kind: "productGroup", segments: ["products", "*", "groups", "*"], type: "products/groups", parents: ([p, g]) => [`products/${p}`, ...(["administrators", "developers", "guests"].includes(g.toLowerCase()) ? [] : [`groups/${g}`])] },
  { kind: "apiTag", segments: ["apis", "*", "tags", "*"], type: "apis/tags", parents: ([a, t]) => [`apis/${a}`, `tags/${t}`] },
  { kind: "apiDiagnostic", segments: ["apis", "*", "diagnostics", "*"], type: "apis/diagnostics", parents: ([a]) => [`apis/${a}`] },
  { kind: "operationTag", segments: ["apis", "*", "operations", "*", "tags", "*"], type: "apis/operations/tags", parents: ([a, op, t]) => [`apis/${a}/operations/${op}`, `tags/${t}`] },
  { kind: "apiSchema", segments: ["apis", "*", "schemas", "*"], type: "apis/schemas", lro: true, parents: ([a]) => [`apis/${a}`] },
  { kind: "apiRelease", segments: ["apis", "*", "releases", "*"], type: "apis/releases", parents: ([a]) => [`apis/${a}`] },
];

/** Secrets Azure never returns from a GET (only from listSecrets actions), per kind. */
const WRITE_ONLY_SECRETS: Partial<Record<RestKind, readonly string[]>> = {
  certificate: ["data", "password"],
  subscription: ["primaryKey", "secondaryKey"],
  authorizationServer: ["clientSecret", "resourceOwnerPassword"],
  openidConnectProvider: ["clientSecret"],
  cache: ["connectionString"],
};

const SERVICE_PREFIX = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ApiManagement\/service\/([^/]+)(?:\/(.*))?$/i;

function matchPattern(rest: string[]): { pattern: Pattern; names: string[] } | undefined {
  for (const pattern of PATTERNS) {
    if (pattern.segments.length !== rest.length) continue;
    const names: string[] = [];
    let ok = true;
    pattern.segments.forEach((seg, i) => {
      if (seg === "*") names.push(rest[i]);
      else if (seg.toLowerCase() !== rest[i].toLowerCase()) ok = false;
    });
    if (ok) return { pattern, names };
  }
  return undefined;
}

/** A collection path is a resource path minus its last segment, e.g. "apis/orders/operations". */
function matchCollection(rest: string[]): { pattern: Pattern; parentNames: string[] } | undefined {
  for (const pattern of PATTERNS) {
    if (pattern.segments.length !== rest.length + 1 || pattern.segments[rest.length] !== "*") continue;
    const parentNames: string[] = [];
    let ok = true;
    rest.forEach((seg, i) => {
      const want = pattern.segments[i];
      if (want === "*") parentNames.push(seg);
      else if (want.toLowerCase() !== seg.toLowerCase()) ok = false;
    });
    if (ok) return { pattern, parentNames };
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startArmEmulator(opts: ArmEmulatorOptions = {}): Promise<ArmEmulator> {
  const tls = await emulatorTls();
  const spec: RestSpec | undefined = opts.sharedDir === false ? undefined : loadRestSpec(opts.sharedDir ?? sharedDir());
  const state = new Map<string, StoredResource>();
  const faults: Fault[] = [];
  const requests: LoggedRequest[] = [];
  const specViolations: SpecViolation[] = [];
  const pageSize = opts.pageSize ?? 100;
  let etagCounter = 0;
  let opCounter = 0;
  const operations = new Map<string, { polls: number; resourcePath: string; fullPath: string }>();
  let baseUrl = "";

  const emulator = {} as ArmEmulator;

  function newEtag(): string {
    etagCounter++;
    return `"${Buffer.from(`etag-${etagCounter}`).toString("base64")}"`;
  }

  function armJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "x-ms-request-id": `req-${requests.length}`, ...headers });
    res.end(text);
  }

  function armError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    armJson(res, status, { error: { code, message } }, headers);
  }

  function view(r: StoredResource, query: Record<string, string>): Record<string, unknown> {
    const properties = { ...r.properties };
    if (r.kind === "namedValue" && properties.secret === true) delete properties.value;
    for (const key of WRITE_ONLY_SECRETS[r.kind] ?? []) delete properties[key];
    // Azure keeps a logger's secret credentials in a named value of its own and returns a reference to it.
    if (r.kind === "logger" && properties.credentials && typeof properties.credentials === "object") {
      const c = { ...(properties.credentials as Record<string, unknown>) };
      for (const key of ["connectionString", "instrumentationKey"]) if (key in c) c[key] = `{{Logger-Credentials--${r.name}}}`;
      properties.credentials = c;
    }
    if (r.kind.endsWith("olicy") && typeof properties.format === "string") {
      properties.format = query.format === "rawxml" ? "rawxml" : "xml";
    }
    return { id: r.id, type: r.type, name: r.name, properties };
  }

  function removeTree(key: string): void {
    for (const k of [...state.keys()]) if (k === key || k.startsWith(`${key}/`)) state.delete(k);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, entry: LoggedRequest, rawBody: string): Promise<void> {
    const method = entry.method;
    const url = new URL(req.url ?? "/", baseUrl);
    if (!req.headers.authorization?.startsWith("Bearer ")) {
      return armError(res, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.");
    }

    const opMatch = /^\/emulator\/(operations|results)\/([^/]+)$/.exec(url.pathname);
    if (opMatch && method === "GET") {
      const op = operations.get(opMatch[2]);
      if (!op) return armError(res, 404, "NotFound", "Unknown operation.");
      op.polls++;
      if (opMatch[1] === "operations") {
        return armJson(res, 200, { id: opMatch[2], status: op.polls < 2 ? "InProgress" : "Succeeded" }, { "Retry-After": "0" });
      }
      if (op.polls < 2) return armJson(res, 202, undefined, { Location: `${baseUrl}/emulator/results/${opMatch[2]}`, "Retry-After": "0" });
      const r = state.get(op.resourcePath);
      return r ? armJson(res, 200, view(r, {}), { ETag: r.etag }) : armJson(res, 204, undefined);
    }

    const m = SERVICE_PREFIX.exec(url.pathname);
    if (!m) return armError(res, 404, "InvalidResourceType", `No route for ${url.pathname}.`);
    const serviceId = `/subscriptions/${m[1]}/resourceGroups/${m[2]}/providers/Microsoft.ApiManagement/service/${m[3]}`;
    const restPath = m[4] ?? "";
    // A path naming the current revision by number (`apis/orders;rev=3/...`) is the API's own.
    const rest = canonicalRevisionPath(state, restPath.split("/").filter(Boolean).map(decodeURIComponent));
    const query = Object.fromEntries(url.searchParams.entries());

    if (method === "POST" && rest.length === 3 && rest[0].toLowerCase() === "namedvalues" && rest[2].toLowerCase() === "listvalue") {
      const r = state.get(`namedvalues/${rest[1].toLowerCase()}`);
      if (!r) return armError(res, 404, "ResourceNotFound", "Named value not found.");
      return armJson(res, 200, { value: r.secretValue ?? r.properties.value ?? "" });
    }

    const hit = matchPattern(rest);
    if (!hit) {
      const coll = method === "GET" ? matchCollection(rest) : undefined;
      if (!coll) return armError(res, 404, "InvalidResourceType", `The resource path ${restPath} is not supported.`);
      const prefix = rest.map((s) => s.toLowerCase()).join("/") + "/";
      const depth = rest.length + 1;
      let items: StoredResource[];
      if (coll.pattern.kind === "productApi" || coll.pattern.kind === "gatewayApi") {
        // Link collections list the linked APIs themselves, as ARM does.
        items = [...state.entries()]
          .filter(([k]) => k.startsWith(prefix) && k.split("/").length === depth)
          .map(([, link]) => state.get(`apis/${link.name.toLowerCase()}`))
          .filter((x): x is StoredResource => x !== undefined);
      } else {
        items = [...state.entries()].filter(([k]) => k.startsWith(prefix) && k.split("/").length === depth).map(([, v]) => v);
      }
      items.sort((a, b) => a.name.localeCompare(b.name));
      const skip = Number(query.$skiptoken ?? 0) || 0;
      const page = items.slice(skip, skip + pageSize);
      const body: Record<string, unknown> = { value: page.map((r) => view(r, query)), count: items.length };
      if (skip + pageSize < items.length) {
        const next = new URL(url.toString());
        next.searchParams.set("$skiptoken", String(skip + pageSize));
        body.nextLink = next.toString();
      }
      return armJson(res, 200, body);
    }

    const { pattern, names } = hit;
    const key = rest.map((s) => s.toLowerCase()).join("/");
    const existing = state.get(key);
    const ifMatch = req.headers["if-match"];
    const ifNoneMatch = req.headers["if-none-match"];
    const fullId = `${serviceId}/${rest.join("/")}`;

    if (method === "GET" || method === "HEAD") {
      if (!existing) {
        if (method === "HEAD") return armJson(res, 404, undefined);
        return armError(res, 404, "ResourceNotFound", `${pattern.kind} not found: ${restPath}`);
      }
      if (method === "HEAD") return armJson(res, pattern.kind === "productApi" || pattern.kind === "productGroup" ? 204 : 200, undefined, { ETag: existing.etag });
      return armJson(res, 200, view(existing, query), { ETag: existing.etag });
    }

    if (method === "DELETE") {
      if (!existing) return armError(res, 404, "ResourceNotFound", `${pattern.kind} not found: ${restPath}`);
      if (ifMatch && ifMatch !== "*" && ifMatch !== existing.etag) {
        return armError(res, 412, "PreconditionFailed", "The entity's ETag does not match the If-Match header.");
      }
      if (pattern.kind === "apiVersionSet") {
        const user = [...state.values()].find((r) => r.kind === "api" && String(r.properties.apiVersionSetId ?? "").toLowerCase().endsWith(`/apiversionsets/${names[0].toLowerCase()}`));
        if (user) return armError(res, 409, "Conflict", `The version set is used by API '${user.name}'.`);
      }
      removeTree(key);
      // `deleteRevisions=true` deletes every revision of the API with it, as Azure does; without it they stay.
      if (pattern.kind === "api" && query.deleteRevisions === "true") {
        for (const k of [...state.keys()]) if (k.startsWith(`${key};rev=`)) state.delete(k);
      }
      if (pattern.kind === "api") {
        for (const k of [...state.keys()]) {
          const parts = k.split("/");
          if (parts.length === 4 && (parts[0] === "products" || parts[0] === "gateways") && parts[2] === "apis" && parts[3] === names[0].toLowerCase()) state.delete(k);
        }
      }
      return armJson(res, 200, undefined);
    }

    if (method !== "PUT" && method !== "PATCH") return armError(res, 405, "MethodNotAllowed", `${method} is not supported here.`);

    for (const parent of pattern.parents?.(names) ?? []) {
      if (!state.has(parent.toLowerCase())) return armError(res, 404, "ResourceNotFound", `Parent ${parent} not found.`);
    }
    if (ifMatch && (!existing || (ifMatch !== "*" && ifMatch !== existing.etag))) {
      return armError(res, 412, "PreconditionFailed", "The entity's ETag does not match the If-Match header.");
    }
    if (ifNoneMatch === "*" && existing) return armError(res, 412, "PreconditionFailed", "The entity already exists.");

    let body: Record<string, unknown> = {};
    if (rawBody.trim() !== "") {
      try {
        body = JSON.parse(rawBody) as Record<string, unknown>;
      } catch {
        return armError(res, 400, "InvalidRequestContent", "The request content was invalid and could not be deserialized.");
      }
    }
    if (spec && method === "PUT") {
      const errors = spec.validateRequestBody(pattern.kind, body);
      if (errors.length) {
        specViolations.push({ method, path: url.pathname, kind: pattern.kind, errors });
        return armError(res, 400, "ValidationError", `Request body does not match the REST contract: ${errors.join("; ")}`);
      }
    }
    const incoming = (typeof body.properties === "object" && body.properties !== null ? body.properties : {}) as Record<string, unknown>;
    const properties = method === "PATCH" && existing ? { ...existing.properties, ...incoming } : { ...incoming };
    let secretValue: string | undefined;
    if (pattern.kind === "namedValue" && properties.secret === true && typeof properties.value === "string") {
      secretValue = properties.value;
    }
    if (pattern.kind.endsWith("olicy") || pattern.kind === "policyFragment") properties.format ??= "xml";
    if (pattern.kind === "api") {
      // A new revision starts as a copy of its source; a PUT that leaves the revision out keeps the one the API has.
      Object.assign(properties, createRevision(state, key, names[0], properties, serviceId) ?? {});
      delete properties.sourceApiId;
      properties.apiRevision ??= existing?.properties.apiRevision;
      if (properties.apiRevision === undefined) delete properties.apiRevision;
      properties.isCurrent ??= true;
    }
    if (pattern.kind === "apiRelease") releaseRevision(state, names[0], properties.apiId, serviceId);
    const stored: StoredResource = {
      id: fullId,
      type: `Microsoft.ApiManagement/service/${pattern.type}`,
      name: names[names.length - 1] ?? "policy",
      kind: pattern.kind,
      etag: newEtag(),
      properties,
      ...(secretValue !== undefined ? { secretValue } : {}),
    };
    if (pattern.kind.endsWith("olicy")) stored.name = "policy";
    state.set(key, stored);
    const status = existing ? 200 : 201;
    if (pattern.lro && emulator.lroStyle !== "none") {
      const opId = `op-${++opCounter}`;
      operations.set(opId, { polls: 0, resourcePath: key, fullPath: url.pathname });
      if (emulator.lroStyle === "azure-async") {
        return armJson(res, 201, view(stored, query), { "Azure-AsyncOperation": `${baseUrl}/emulator/operations/${opId}`, "Retry-After": "0", ETag: stored.etag });
      }
      return armJson(res, 202, undefined, { Location: `${baseUrl}/emulator/results/${opId}`, "Retry-After": "0" });
    }
    return armJson(res, status, view(stored, query), { ETag: stored.etag });
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const i = faults.findIndex((f) => (!f.method || f.method.toUpperCase() === method) && (!f.pathIncludes || path.includes(f.pathIncludes)));
    if (i < 0) return undefined;
    const f = faults[i];
    const left = (f.times ?? 1) - 1;
    if (left <= 0) faults.splice(i, 1);
    else f.times = left;
    return f;
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void (async () => {
      const rawBody = await readBody(req);
      const url = new URL(req.url ?? "/", baseUrl);
      let parsed: unknown;
      try {
        parsed = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        parsed = rawBody;
      }
      const entry: LoggedRequest = {
        method: (req.method ?? "GET").toUpperCase(),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams.entries()),
        body: parsed,
        headers: { "if-match": req.headers["if-match"], "if-none-match": req.headers["if-none-match"] },
        status: 0,
        faulted: false,
      };
      requests.push(entry);
      res.on("finish", () => (entry.status = res.statusCode));
      const fault = takeFault(entry.method, url.pathname);
      if (fault) {
        entry.faulted = true;
        if (fault.drop) {
          req.socket.destroy();
          return;
        }
        const status = fault.status ?? 503;
        const headers: Record<string, string> = {};
        if (fault.retryAfter !== undefined) headers["Retry-After"] = String(fault.retryAfter);
        const code = fault.code ?? (status === 429 ? "TooManyRequests" : status >= 500 ? "ServiceUnavailable" : `Http${status}`);
        return armError(res, status, code, fault.message ?? `Injected fault ${status}.`, headers);
      }
      await handle(req, res, entry, rawBody);
    })().catch((err: unknown) => {
      if (!res.headersSent) armError(res, 500, "InternalServerError", String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `https://127.0.0.1:${port}`;

  Object.assign(emulator, {
    url: baseUrl,
    port,
    caPem: tls.cert,
    caFile: tls.caFile,
    state,
    faults,
    requests,
    specViolations,
    specChecked: spec !== undefined,
    lroStyle: opts.lroStyle ?? "azure-async",
    resource: (path: string) => state.get(path.toLowerCase()),
    mutate(path: string, change: (p: Record<string, unknown>) => void) {
      const r = state.get(path.toLowerCase());
      if (!r) throw new Error(`emulator has no ${path}`);
      change(r.properties);
      r.etag = newEtag();
    },
    appliedWrites: () => requests.filter((r) => r.method !== "GET" && r.method !== "HEAD" && !r.faulted && r.status >= 200 && r.status < 300 && !r.path.endsWith("/listValue")),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } satisfies Omit<ArmEmulator, never>);
  return emulator;
}
