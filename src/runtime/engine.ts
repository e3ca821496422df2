/**
 * Runs one request through the gateway: routing, subscription check, then
 * the operation's effective policy (inbound -> backend -> outbound, on-error
 * on failure), with backends, limits and caches in a RuntimeState.
 */
import type { PolicyElement, PolicyNode } from "../policy/types";
import type { ApiModel, OperationModel } from "../model";
import { ContextModel, CsRecord, HeaderMap, MessageBody, RequestModel, ResponseModel, UrlModel, type TraceEntry } from "./context";
import { compileExpression } from "./expression/compile";
import { evaluateProgram, type EvalEnv } from "./expression/evaluate";
import { csToString } from "./expression/builtins";
import { JToken } from "./expression/json";
import { CsDateTime, CsException, CsGuid } from "./expression/values";
import { advance, elementChildren, textOf, type Gateway } from "./gateway";
import { matchApi, matchOperation, nearestOperations } from "./routing";
import { recordOutcome, resolveBackend } from "./backends";
import { SlidingWindow, type Clock, type RuntimeState } from "./state";
import { HarnessError, TransportError, type Outcome, type OutboundCall, type RuntimeError, type RuntimeRequest, type Transport } from "./types";
import { renderLiquid, LiquidError, liquidXml } from "./liquid";
import { parseXml } from "./expression/xml";
import { jsonToXml, xmlToJson, type JsonToXmlOptions } from "./xmljson";
import { hmacKeyFromBase64, keysFromJwks, rsaKeyFromModulus, verifySignature, type JwtKey } from "./jwt";
import { parseJwt } from "./expression/builtins";
import type { SubscriptionScope } from "./subscriptions";
import { X509Certificate2 } from "./expression/x509";

export type { SubscriptionScope } from "./subscriptions";

export interface RuntimeOptions {
  clock: Clock;
  state: RuntimeState;
  transport: Transport;
  /** Value of a named value by its displayName or name; undefined when unknown. */
  namedValue: (name: string) => string | undefined;
  /** Subscription keys and their scope. */
  subscriptions: Record<string, SubscriptionScope>;
  /** The gateway host for relative request URLs. */
  host?: string;
  /** Caller IP when the request gives none. */
  ipAddress?: string;
}

class Stop {
  constructor(readonly kind: "return" | "toOutbound") {}
}

class PolicyFailure extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
    message: string,
    readonly status: number,
    readonly headers: Record<string, string> = {},
    readonly exceptionType?: string,
    readonly at?: string,
  ) {
    super(message);
  }
}

const REASONS: Record<number, string> = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };
export const reasonOf = (s: number): string => REASONS[s] ?? "";

const errorBody = (status: number, message: string): string => JSON.stringify({ statusCode: status, message }, null, 2);

export async function runRequest(gw: Gateway, req: RuntimeRequest, opts: RuntimeOptions): Promise<Outcome> {
  const model = gw.model;
  const host = opts.host ?? `${model.service.name}.azure-api.net`;
  const headers = new HeaderMap(req.headers ?? {});
  const base: Outcome = { status: 0, reason: "", headers: {}, body: "", backendRequests: [], variables: {}, traces: [], events: [], metrics: [], policies: [] };
  const reply = (status: number, message: string, extra: Partial<Outcome> = {}): Outcome => ({ ...base, status, reason: reasonOf(status), headers: { "content-type": "application/json" }, body: errorBody(status, message), ...extra });
  let url: URL;
  let pathname: string;
  try {
    url = new URL(/^https?:\/\//i.test(req.url) ? req.url : `https://${host}${req.url.startsWith("/") ? "" : "/"}${req.url}`);
    pathname = decodeURI(url.pathname);
  } catch {
    return reply(400, "Bad request: the URL is not valid.");
  }

  const apiMatch = matchApi(model, pathname, url.searchParams, (n) => headers.first(n));
  if (!apiMatch) return reply(404, "Resource not found", { nearest: nearestOperations(model, undefined, req.method, "", url.pathname) });
  const api = apiMatch.api;
  let opMatch = matchOperation(api, req.method, apiMatch.rest);
  let preflight = false;
  const acrm = headers.first("Access-Control-Request-Method");
  if (!opMatch && req.method.toUpperCase() === "OPTIONS" && acrm && headers.first("Origin")) {
    // A CORS preflight reaches the operation it asks about, so the cors policy there can answer it.
    opMatch = matchOperation(api, acrm, apiMatch.rest);
    preflight = Boolean(opMatch);
  }
  if (!opMatch) return reply(404, "Resource not found", { api: api.name, nearest: nearestOperations(model, api, req.method, apiMatch.rest, url.pathname) });
  const operation = opMatch.operation;

  // Subscription key: header or query, names per API.
  const keyHeader = api.properties.subscriptionKeyParameterNames?.header ?? "Ocp-Apim-Subscription-Key";
  const keyQuery = api.properties.subscriptionKeyParameterNames?.query ?? "subscription-key";
  const key = headers.first(keyHeader) ?? url.searchParams.get(keyQuery) ?? undefined;
  const required = api.properties.subscriptionRequired !== false;
  let product: string | undefined;
  let subscription: CsRecord | null = null;
  if (key !== undefined) {
    const scope = opts.subscriptions[key];
    // A declared subscription that is not active (suspended, submitted, ...) has no valid key, as in APIM.
    const covers = scope && (scope.state === undefined || scope.state === "active") && (scope.all || scope.api === api.name || (scope.product !== undefined && (model.products[scope.product]?.apis ?? []).includes(api.name)));
    if (covers) {
      product = scope.product;
      subscription = new CsRecord("ISubscription", { Id: scope.subscription ?? `sub-${product ?? scope.api ?? "all"}`, Key: key, Name: scope.displayName ?? product ?? scope.api ?? "all", PrimaryKey: key, SecondaryKey: "", CreatedDate: new CsDateTime(0), StartDate: null, EndDate: null });
    } else if (required) {
      return reply(401, "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.", { api: api.name, operation: operation.name });
    }
  } else if (required) {
    return reply(401, "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.", { api: api.name, operation: operation.name });
  }

  const run = new Run(gw, opts, api, operation, product, subscription, url, headers, req, opMatch.params, apiMatch.rest, preflight);
  return run.execute();
}

const records = new WeakMap<object, CsRecord>();
function cached(key: object, make: () => CsRecord): CsRecord {
  let r = records.get(key);
  if (!r) records.set(key, (r = make()));
  return r;
}

interface CorsResult {
  origin: string;
  allowCredentials: boolean;
  expose: string[];
}

class Run {
  readonly ctx: ContextModel;
  readonly traces: TraceEntry[] = [];
  readonly out: Outcome;
  private section = "inbound";
  /** Origin of the policy element running now, for LastError.Scope. */
  private origin: string | undefined;
  private backendTarget: { backendId?: string; baseUrl?: string } = {};
  private suffix: string;
  private cors?: CorsResult;
  private cacheKey?: string;
  private cacheHit = false;
  private readonly lateHeaders: Record<string, string> = {};
  private readonly afterResponse: Array<() => void> = [];
  private readonly env: EvalEnv;

  constructor(
    private readonly gw: Gateway,
    private readonly opts: RuntimeOptions,
    private readonly api: ApiModel,
    private readonly operation: OperationModel,
    private readonly product: string | undefined,
    subscription: CsRecord | null,
    url: URL,
    headers: HeaderMap,
    req: RuntimeRequest,
    params: Record<string, string>,
    rest: string,
    private preflight: boolean,
  ) {
    const now = opts.clock.now();
    const request = new RequestModel(req.method.toUpperCase(), new UrlModel(url), headers, new MessageBody(req.body), req.ipAddress ?? opts.ipAddress ?? "127.0.0.1");
    for (const [k, v] of Object.entries(params)) request.MatchedParameters.set(k, v);
    if (req.certificate) request.Certificate = new X509Certificate2(req.certificate, () => opts.clock.now());
    this.suffix = rest || "";
    const m = gw.model;
    // The records are read-only in C#, so one per API, operation, product and service serves every request.
    const apiRec = cached(api, () =>
      new CsRecord("IApi", {
        Id: api.name,
        Name: api.properties.displayName,
        Path: api.properties.path,
        Protocols: api.properties.protocols,
        ServiceUrl: api.properties.serviceUrl ? new UrlModel(api.properties.serviceUrl) : null,
        SubscriptionKeyParameterNames: new CsRecord("ISubscriptionKeyParameterNames", { Header: api.properties.subscriptionKeyParameterNames?.header ?? "Ocp-Apim-Subscription-Key", Query: api.properties.subscriptionKeyParameterNames?.query ?? "subscription-key" }),
        Version: api.properties.apiVersion ?? null,
        Revision: api.properties.apiRevision ?? "1",
        IsCurrentRevision: api.properties.isCurrent !== false,
      }),
    );
    const opRec = cached(operation, () => new CsRecord("IOperation", { Id: operation.name, Name: operation.properties.displayName, Method: operation.properties.method, UrlTemplate: operation.properties.urlTemplate }));
    const prod = product ? m.products[product] : undefined;
    const productRec = prod
      ? cached(prod, () => new CsRecord("IProduct", { Id: prod.name, Name: prod.properties.displayName, ApprovalRequired: prod.properties.approvalRequired ?? false, SubscriptionRequired: prod.properties.subscriptionRequired ?? true, SubscriptionLimit: prod.properties.subscriptionsLimit ?? null, State: prod.properties.state === "published" ? "Published" : "NotPublished", Groups: [] }))
      : null;
    const deployment = cached(m.service, () => new CsRecord("IDeployment", { Region: "local", ServiceName: m.service.name, ServiceId: m.service.name, GatewayId: "apimc", Certificates: [] }));
    this.ctx = new ContextModel(request, apiRec, opRec, productRec, subscription, null, deployment, new CsGuid(opts.state.nextGuid()), new CsDateTime(now), () => opts.clock.now(), this.traces);
    this.out = { status: 0, reason: "", headers: {}, body: "", api: api.name, operation: operation.name, product, backendRequests: [], variables: {}, traces: this.traces, events: [], metrics: [], policies: [] };
    this.env = { context: this.ctx, now: () => opts.clock.now(), newGuid: () => opts.state.nextGuid() };
  }

  async execute(): Promise<Outcome> {
    const doc = this.gw.effective(this.api, this.operation, this.product);
    const section = (name: string): PolicyElement | undefined => doc.root.children.find((c): c is PolicyElement => c.type === "element" && c.name === name);
    try {
      try {
        this.section = "inbound";
        await this.run(section("inbound")?.children ?? []);
        this.section = "backend";
        const backend = section("backend");
        // No backend section at any scope: APIM's default is to forward.
        if (backend) await this.run(backend.children);
        else await this.forward(undefined);
      } catch (e) {
        if (!(e instanceof Stop && e.kind === "toOutbound")) throw e;
      }
      this.section = "outbound";
      await this.run(section("outbound")?.children ?? []);
    } catch (e) {
      if (e instanceof Stop) {
        // return-response, mock-response, a cors preflight: the response is final.
      } else if (e instanceof HarnessError) {
        this.out.harnessError = e.message;
      } else {
        await this.onError(e, section("on-error"));
      }
    }
    return this.finish();
  }

  private async onError(e: unknown, onError: PolicyElement | undefined): Promise<void> {
    const f = this.toFailure(e);
    const err: RuntimeError = { source: f.source, reason: f.reason, message: f.message };
    if (f.exceptionType) err.exceptionType = f.exceptionType;
    if (f.at) err.at = f.at;
    this.out.error = err;
    this.ctx.LastError = new CsRecord("ILastError", { Source: f.source, Reason: f.reason, Message: f.message, Scope: scopeOf(this.origin), Section: this.section, Path: "", PolicyId: "" });
    this.ctx.Response = new ResponseModel(f.status, reasonOf(f.status), new HeaderMap({ "content-type": "application/json", ...f.headers }), new MessageBody(errorBody(f.status, f.status === 500 ? "Internal server error" : f.message)));
    if (f.status === 500) this.ctx.Response.Body = new MessageBody(JSON.stringify({ statusCode: 500, message: "Internal server error", activityId: this.ctx.RequestId.ToString() }, null, 2));
    this.section = "on-error";
    try {
      await this.run(onError?.children ?? []);
    } catch (e2) {
      if (e2 instanceof Stop) return;
      if (e2 instanceof HarnessError) {
        this.out.harnessError = e2.message;
        return;
      }
      // An error inside on-error ends the request with a 500.
      const f2 = this.toFailure(e2);
      this.ctx.Response = new ResponseModel(500, reasonOf(500), new HeaderMap({ "content-type": "application/json" }), new MessageBody(errorBody(500, "Internal server error")));
      this.out.error = { source: f2.source, reason: f2.reason, message: f2.message, ...(f2.exceptionType ? { exceptionType: f2.exceptionType } : {}), ...(f2.at ? { at: f2.at } : {}) };
    }
  }

  private toFailure(e: unknown): PolicyFailure {
    if (e instanceof PolicyFailure) return e;
    if (e instanceof CsException) return new PolicyFailure("expression", "ExpressionValueEvaluationFailure", `Expression evaluation failed. ${e.message}`, 500, {}, e.type);
    return new PolicyFailure("gateway", "InternalError", (e as Error)?.message ?? String(e), 500);
  }

  private finish(): Outcome {
    for (const f of this.afterResponse) {
      try {
        f();
      } catch {
        // an increment-condition that throws does not count the call
      }
    }
    const r = this.ctx.Response;
    const headers = r.Headers.toRecord();
    Object.assign(headers, this.lateHeaders);
    if (this.cors) {
      headers["Access-Control-Allow-Origin"] = this.cors.origin;
      if (this.cors.allowCredentials) headers["Access-Control-Allow-Credentials"] = "true";
      if (this.cors.expose.length) headers["Access-Control-Expose-Headers"] = this.cors.expose.join(",");
    }
    this.out.status = r.StatusCode;
    this.out.reason = r.StatusReason || reasonOf(r.StatusCode);
    this.out.headers = headers;
    this.out.body = r.Body.text ?? "";
    for (const [k, v] of this.ctx.Variables.entries()) this.out.variables[k] = plain(v);
    return this.out;
  }

  // ---- helpers ----
  private where(el: PolicyElement): string {
    const file = this.gw.fileOf(el.origin);
    return `${file}:${el.pos.line}:${el.pos.col}`;
  }

  private nv(text: string): string {
    if (!text.includes("{{")) return text;
    return text.replace(/\{\{([^{}]+)\}\}/g, (m, name: string) => {
      const v = this.opts.namedValue(name.trim());
      // Not a declared named value (a Liquid `{{ body.x }}`, say): left as written.
      if (v === undefined && !this.gw.namedValueNames.has(name.trim())) return m;
      if (v === undefined) throw new HarnessError(`The named value {{${name.trim()}}} has no value here: it is a secret (or comes from Key Vault or a parameter); give it a test value under \`namedValues\`.`);
      return v;
    });
  }

  /** A policy value: a whole `@(...)`/`@{...}` is evaluated; anything else is literal text with entities decoded. */
  private value(raw: string | undefined, el: PolicyElement): unknown {
    if (raw === undefined) return undefined;
    const text = this.nv(raw);
    const t = text.trim();
    if ((t.startsWith("@(") && t.endsWith(")")) || (t.startsWith("@{") && t.endsWith("}"))) {
      const c = compileExpression(t);
      if (!c.program) {
        const p = c.problems[0];
        throw new PolicyFailure(el.name, "ExpressionValueEvaluationFailure", `Expression is not valid: ${p?.message ?? "unknown problem"}`, 500, {}, "CompilationError", this.where(el));
      }
      try {
        const v = evaluateProgram(c.program, this.env);
        return v;
      } catch (e) {
        if (e instanceof CsException) {
          const pos = this.gw.fileOf(el.origin);
          throw new PolicyFailure(el.name, "ExpressionValueEvaluationFailure", `Expression evaluation failed. ${e.message}`, 500, {}, e.type, `${pos}:${el.pos.line}:${el.pos.col}`);
        }
        throw e;
      }
    }
    return decodeXml(text);
  }

  private attr(el: PolicyElement, name: string): string | undefined {
    return el.attributes.find((a) => a.name === name)?.value;
  }
  private str(el: PolicyElement, name: string, def?: string): string | undefined {
    const v = this.value(this.attr(el, name), el);
    return v === undefined ? def : v === null ? "" : csToString(v);
  }
  private num(el: PolicyElement, name: string, def: number): number {
    const v = this.value(this.attr(el, name), el);
    if (v === undefined || v === null || v === "") return def;
    const n = typeof v === "number" ? v : Number(csToString(v));
    return Number.isFinite(n) ? n : def;
  }
  private bool(el: PolicyElement, name: string, def: boolean): boolean {
    const v = this.value(this.attr(el, name), el);
    if (v === undefined || v === null) return def;
    return typeof v === "boolean" ? v : csToString(v).toLowerCase() === "true";
  }
  private text(el: PolicyElement): string {
    const v = this.value(textOf(el), el);
    return v === null || v === undefined ? "" : v instanceof JToken ? v.ToString("None") : csToString(v);
  }

  async run(nodes: PolicyNode[]): Promise<void> {
    for (const n of nodes) if (n.type === "element") await this.exec(n);
  }

  private message(): RequestModel | ResponseModel {
    return this.section === "inbound" || this.section === "backend" ? this.ctx.Request : this.ctx.Response;
  }

  private async exec(el: PolicyElement, target?: RequestModel | ResponseModel): Promise<void> {
    this.out.policies.push(`${this.section}/${el.name}`);
    this.origin = el.origin;
    const msg = target ?? this.message();
    switch (el.name) {
      case "base":
        return;
      case "choose":
        for (const c of elementChildren(el)) {
          if (c.name === "otherwise" || (c.name === "when" && truthy(this.value(this.attr(c, "condition"), c)))) {
            await this.run(c.children);
            return;
          }
        }
        return;
      case "retry": {
        const count = this.num(el, "count", 0);
        const interval = this.num(el, "interval", 0);
        const maxInterval = this.num(el, "max-interval", Infinity);
        const delta = this.num(el, "delta", 0);
        const firstFast = this.bool(el, "first-fast-retry", false);
        await this.run(el.children);
        for (let i = 0; i < count && truthy(this.value(this.attr(el, "condition"), el)); i++) {
          const wait = firstFast && i === 0 ? 0 : Math.min(maxInterval, interval + delta * i);
          await this.opts.clock.sleep(wait * 1000);
          await this.run(el.children);
        }
        return;
      }
      case "wait":
      case "limit-concurrency":
        await this.run(el.children);
        return;
      case "include-fragment":
        throw new PolicyFailure("include-fragment", "FragmentNotFound", `Policy fragment '${this.attr(el, "fragment-id")}' could not be found.`, 500, {}, undefined, this.where(el));
      case "set-variable":
        this.ctx.Variables.set(this.str(el, "name") ?? "", this.value(this.attr(el, "value"), el) ?? null);
        return;
      case "set-header":
        return this.setHeader(el, msg.Headers);
      case "set-query-parameter":
        return this.setQuery(el);
      case "set-method":
        this.ctx.Request.Method = this.text(el).trim().toUpperCase();
        return;
      case "set-status": {
        const code = this.num(el, "code", 200);
        const r = msg instanceof ResponseModel ? msg : this.ctx.Response;
        r.StatusCode = code;
        r.StatusReason = this.str(el, "reason", reasonOf(code)) ?? "";
        return;
      }
      case "set-body":
        return this.setBody(el, msg);
      case "find-and-replace": {
        const from = this.str(el, "from") ?? "";
        const to = this.str(el, "to") ?? "";
        const t = msg.Body.forwarded() ?? "";
        msg.Body = new MessageBody(from ? t.split(from).join(to) : t);
        return;
      }
      case "json-to-xml":
        return this.jsonToXml(el, msg);
      case "xml-to-json":
        return this.xmlToJson(el, msg);
      case "set-backend-service": {
        const id = this.str(el, "backend-id");
        const baseUrl = this.str(el, "base-url");
        this.backendTarget = id ? { backendId: id } : { baseUrl };
        return;
      }
      case "rewrite-uri":
        return this.rewriteUri(el);
      case "forward-request":
        return this.forward(el);
      case "send-request":
      case "send-one-way-request":
        return this.sendRequest(el);
      case "return-response":
        return this.returnResponse(el);
      case "mock-response":
        return this.mockResponse(el);
      case "check-header":
        return this.checkHeader(el);
      case "ip-filter":
        return this.ipFilter(el);
      case "cors":
        return this.corsPolicy(el);
      case "validate-jwt":
        return this.validateJwt(el);
      case "rate-limit":
      case "rate-limit-by-key":
        return this.rateLimit(el);
      case "quota":
      case "quota-by-key":
        return this.quota(el);
      case "cache-lookup":
        return this.cacheLookup(el);
      case "cache-store":
        return this.cacheStore(el);
      case "cache-lookup-value": {
        const v = this.opts.state.cacheGet(`value:${this.str(el, "key")}`, this.opts.clock.now());
        const name = this.str(el, "variable-name") ?? "";
        if (v !== undefined) this.ctx.Variables.set(name, v);
        else if (this.attr(el, "default-value") !== undefined) this.ctx.Variables.set(name, this.value(this.attr(el, "default-value"), el));
        return;
      }
      case "cache-store-value":
        this.opts.state.cacheSet(`value:${this.str(el, "key")}`, this.value(this.attr(el, "value"), el), this.num(el, "duration", 0), this.opts.clock.now());
        return;
      case "cache-remove-value":
        this.opts.state.cache.delete(`value:${this.str(el, "key")}`);
        return;
      case "authentication-basic": {
        const token = Buffer.from(`${this.str(el, "username") ?? ""}:${this.str(el, "password") ?? ""}`).toString("base64");
        msg.Headers.set("Authorization", [`Basic ${token}`]);
        return;
      }
      case "authentication-managed-identity": {
        const resource = this.str(el, "resource") ?? "";
        const clientId = this.str(el, "client-id");
        // Clearly fake: no identity endpoint exists locally, and nothing may mistake this for a real token.
        const token = `apimc-fake-managed-identity-token;resource=${resource}${clientId ? `;client-id=${clientId}` : ""}`;
        const out = this.str(el, "output-token-variable-name");
        if (out) this.ctx.Variables.set(out, token);
        else msg.Headers.set("Authorization", [`Bearer ${token}`]);
        return;
      }
      case "trace": {
        const metadata: Record<string, string> = {};
        for (const m of elementChildren(el, "metadata")) metadata[this.str(m, "name") ?? ""] = this.str(m, "value") ?? "";
        const msgEl = elementChildren(el, "message")[0];
        const entry: TraceEntry = { source: this.str(el, "source") ?? "", severity: this.str(el, "severity", "verbose") ?? "verbose", message: msgEl ? this.text(msgEl) : this.text(el) };
        if (Object.keys(metadata).length) entry.metadata = metadata;
        this.traces.push(entry);
        return;
      }
      case "log-to-eventhub":
        this.out.events.push({ logger: this.str(el, "logger-id") ?? "", message: this.text(el) });
        return;
      case "emit-metric": {
        const dimensions: Record<string, string> = {};
        for (const d of elementChildren(el, "dimension")) {
          const name = this.str(d, "name") ?? "";
          dimensions[name] = this.str(d, "value") ?? this.defaultDimension(name);
        }
        const metric: Outcome["metrics"][number] = { name: this.str(el, "name") ?? "", value: this.num(el, "value", 1), dimensions };
        const ns = this.str(el, "namespace");
        if (ns) metric.namespace = ns;
        this.out.metrics.push(metric);
        return;
      }
    }
    throw new PolicyFailure(el.name, "PolicyNotSupported", `The policy <${el.name}> is not supported by apimc's runtime.`, 500, {}, undefined, this.where(el));
  }

  private defaultDimension(name: string): string {
    switch (name.toLowerCase()) {
      case "api id":
        return this.api.name;
      case "operation id":
        return this.operation.name;
      case "product id":
        return this.product ?? "";
      case "subscription id":
        return (this.ctx.Subscription as unknown as { Id?: string } | null)?.Id ?? "";
      case "client ip":
        return this.ctx.Request.IpAddress;
      default:
        return "";
    }
  }

  private setHeader(el: PolicyElement, headers: HeaderMap): void {
    const name = this.str(el, "name") ?? "";
    const action = (this.str(el, "exists-action", "override") ?? "override").toLowerCase();
    if (action === "delete") {
      headers.delete(name);
      return;
    }
    if (action === "skip" && headers.has(name)) return;
    const values = elementChildren(el, "value").map((v) => this.text(v));
    if (action === "append" && headers.has(name)) headers.set(name, [...(headers.get(name) as string[]), ...values]);
    else headers.set(name, values);
  }

  private setQuery(el: PolicyElement): void {
    const name = this.str(el, "name") ?? "";
    const q = this.ctx.Request.Url.Query;
    const action = (this.str(el, "exists-action", "override") ?? "override").toLowerCase();
    if (action === "delete") {
      q.delete(name);
      return;
    }
    if (action === "skip" && q.has(name)) return;
    const values = elementChildren(el, "value").map((v) => this.text(v));
    if (action === "append" && q.has(name)) q.set(name, [...(q.get(name) as string[]), ...values]);
    else q.set(name, values);
  }

  private setBody(el: PolicyElement, msg: RequestModel | ResponseModel): void {
    if ((this.str(el, "template") ?? "").toLowerCase() === "liquid") {
      const current = msg.Body.text ?? "";
      let body: unknown = current;
      // The body binds as XML for an XML content type (application/xml, text/xml, +xml), else as JSON when it parses.
      if (/[/+]xml\b/i.test(msg.Headers.first("content-type") ?? "")) {
        try {
          body = liquidXml(parseXml(current));
        } catch {
          body = current;
        }
      } else {
        try {
          body = current ? JSON.parse(current) : {};
        } catch {
          body = current;
        }
      }
      const headersOf = (h: HeaderMap) => h.toRecord();
      const scope = {
        body,
        context: {
          Request: { Method: this.ctx.Request.Method, Headers: headersOf(this.ctx.Request.Headers), Url: { Path: this.ctx.Request.Url.Path, Host: this.ctx.Request.Url.Host, Query: Object.fromEntries(this.ctx.Request.Url.Query.entries().map(([k, v]) => [k, (v as string[]).join(",")])) }, MatchedParameters: Object.fromEntries(this.ctx.Request.MatchedParameters.entries()) },
          Response: { StatusCode: this.ctx.Response.StatusCode, Headers: headersOf(this.ctx.Response.Headers) },
          Variables: Object.fromEntries(this.ctx.Variables.entries().map(([k, v]) => [k, plain(v)])),
          Api: { Name: this.api.properties.displayName },
          Operation: { Name: this.operation.properties.displayName },
        },
      };
      try {
        // Markup inside the template (a SOAP envelope) is part of the text, as written; plain text has its entities decoded.
        const markup = el.children.some((c) => c.type === "element");
        msg.Body = new MessageBody(renderLiquid(this.nv(markup ? rawInner(el) : decodeXml(textOf(el))), scope));
      } catch (e) {
        if (e instanceof LiquidError) throw new PolicyFailure("set-body", "LiquidTemplateFailure", e.message, 500, {}, undefined, this.where(el));
        throw e;
      }
      return;
    }
    const v = this.value(textOf(el), el);
    msg.Body = new MessageBody(v === null || v === undefined ? "" : v instanceof JToken ? v.ToString("None") : Buffer.isBuffer(v) ? v.toString("utf8") : csToString(v));
  }

  private jsonToXml(el: PolicyElement, msg: RequestModel | ResponseModel): void {
    const apply = this.str(el, "apply", "always");
    const ct = msg.Headers.first("content-type") ?? "";
    if (apply === "content-type-json" && !/json/i.test(ct)) return;
    if (this.bool(el, "consider-accept-header", true) && this.section !== "inbound" && !/xml|\*\/\*/i.test(this.ctx.Request.Headers.first("Accept") ?? "*/*")) return;
    const text = msg.Body.forwarded() ?? "";
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return; // not JSON: APIM leaves the body alone
    }
    const opts: JsonToXmlOptions = {};
    const block = this.str(el, "attribute-block-name");
    if (block) opts.attributeBlockName = block;
    const nsSep = this.str(el, "namespace-separator");
    if (nsSep) opts.namespaceSeparator = nsSep;
    const nsPrefix = this.str(el, "namespace-prefix");
    if (nsPrefix) opts.namespacePrefix = nsPrefix;
    msg.Body = new MessageBody(jsonToXml(json, opts));
    msg.Headers.set("Content-Type", ["application/xml"]);
  }

  private xmlToJson(el: PolicyElement, msg: RequestModel | ResponseModel): void {
    const apply = this.str(el, "apply", "always");
    const ct = msg.Headers.first("content-type") ?? "";
    if (apply === "content-type-xml" && !/xml/i.test(ct)) return;
    if (this.bool(el, "consider-accept-header", true) && this.section !== "inbound" && !/json|\*\/\*/i.test(this.ctx.Request.Headers.first("Accept") ?? "*/*")) return;
    const kind = this.str(el, "kind", "javascript-friendly") === "direct" ? "direct" : "javascript-friendly";
    try {
      msg.Body = new MessageBody(JSON.stringify(xmlToJson(msg.Body.forwarded() ?? "", kind, this.bool(el, "always-array-child-elements", false))));
      msg.Headers.set("Content-Type", ["application/json"]);
    } catch {
      // not XML: left alone
    }
  }

  private rewriteUri(el: PolicyElement): void {
    const template = this.str(el, "template") ?? "/";
    const copy = this.bool(el, "copy-unmatched-params", true);
    const [pathPart, queryPart] = template.split("?");
    const used = new Set<string>();
    const fill = (s: string) =>
      s.replace(/\{([^}]+)\}/g, (_, n: string) => {
        used.add(n);
        const mp = this.ctx.Request.MatchedParameters.get(n) as string | undefined;
        const q = this.ctx.Request.Url.Query.get(n) as string[] | undefined;
        return encodeURIComponent(mp ?? (q ? q.join(",") : ""));
      });
    this.suffix = fill(pathPart);
    const newQuery = new Map<string, string[]>();
    if (queryPart) for (const [k, v] of new URLSearchParams(fill(queryPart))) newQuery.set(k, [...(newQuery.get(k) ?? []), v]);
    const q = this.ctx.Request.Url.Query;
    const templateParams = new Set(Object.keys(Object.fromEntries(this.ctx.Request.MatchedParameters.entries())));
    for (const [k, v] of q.entries()) {
      if (newQuery.has(k) || used.has(k)) continue;
      if (copy && !templateParams.has(k)) newQuery.set(k, v as string[]);
    }
    for (const k of q.Keys) q.delete(k);
    for (const [k, v] of newQuery) q.set(k, v);
    this.ctx.Request.Url.Path = `/${(this.api.properties.path ?? "").replace(/^\/+|\/+$/g, "")}${this.suffix.startsWith("/") ? "" : "/"}${this.suffix}`;
  }

  /** forward-request: to the set-backend-service target, else the API's backend. */
  async forward(el: PolicyElement | undefined): Promise<void> {
    const now = this.opts.clock.now();
    let base: string | undefined;
    let name: string | undefined;
    let extraHeaders: Record<string, string> = {};
    let extraQuery: Record<string, string> = {};
    if (this.backendTarget.backendId) {
      const r = resolveBackend(this.gw.model, this.backendTarget.backendId, this.opts.state, now, (s) => this.nv(s));
      if (!r.ok) {
        if (r.reason === "open") throw new PolicyFailure("forward-request", "BackendUnavailable", r.message, 503);
        throw new PolicyFailure("set-backend-service", "BackendNotFound", r.message, 500);
      }
      base = r.backend.url;
      name = r.backend.name;
      extraHeaders = r.backend.headers;
      extraQuery = r.backend.query;
    } else base = this.backendTarget.baseUrl ?? this.api.properties.serviceUrl;
    if (!base) throw new PolicyFailure("forward-request", "BackendUrlMissing", `API '${this.api.name}' has no backend: set serviceUrl, a backend, or set-backend-service.`, 500);
    const req = this.ctx.Request;
    let qs = "";
    if (req.Url.Query.Count || Object.keys(extraQuery).length) {
      const query = new URLSearchParams();
      for (const [k, v] of req.Url.Query.entries()) for (const x of v as string[]) query.append(k, x);
      for (const [k, v] of Object.entries(extraQuery)) query.set(k, v);
      qs = query.toString();
    }
    const url = `${base.replace(/\/+$/, "")}${this.suffix && !this.suffix.startsWith("/") ? "/" : ""}${this.suffix}${qs ? `?${qs}` : ""}`;
    const headers = { ...req.Headers.toRecord(), ...extraHeaders };
    const body = req.Body.forwarded();
    const call: OutboundCall = { kind: "backend", method: req.Method, url, headers };
    if (name) call.backend = name;
    if (body !== undefined && body !== "") call.body = body;
    const record: Outcome["backendRequests"][number] = { ...call };
    // APIM's default forward-request timeout is 300 s.
    call.timeoutMs = (el ? this.num(el, "timeout", 300) : 300) * 1000;
    this.out.backendRequests.push(record);
    let reply;
    try {
      reply = await this.opts.transport(call);
    } catch (e) {
      if (e instanceof TransportError) {
        if (name) recordOutcome(this.gw.model, this.opts.state, name, now, undefined, undefined);
        throw new PolicyFailure("forward-request", "BackendConnectionFailure", `Error occured while calling backend service. ${e.message}`, 500);
      }
      throw e;
    }
    record.status = reply.status;
    if (name) recordOutcome(this.gw.model, this.opts.state, name, this.opts.clock.now(), reply.status, headerOf(reply.headers, "retry-after"));
    this.ctx.Response = new ResponseModel(reply.status, reasonOf(reply.status), new HeaderMap(reply.headers), new MessageBody(reply.body));
    if (el && this.bool(el, "fail-on-error-status-code", false) && reply.status >= 400) {
      throw new PolicyFailure("forward-request", "BackendErrorStatusCode", `Backend returned ${reply.status}.`, reply.status);
    }
  }

  private async sendRequest(el: PolicyElement): Promise<void> {
    const mode = this.str(el, "mode", "new");
    const copy = mode === "copy";
    const r = new RequestModel(copy ? this.ctx.Request.Method : "GET", copy ? this.ctx.Request.Url.clone() : new UrlModel("https://localhost/"), copy ? this.ctx.Request.Headers.clone() : new HeaderMap(), new MessageBody(copy ? this.ctx.Request.Body.text : undefined), this.ctx.Request.IpAddress);
    let url = copy ? this.ctx.Request.Url.ToString() : "";
    for (const c of elementChildren(el)) {
      if (c.name === "set-url") url = this.text(c).trim();
      else if (c.name === "set-method") r.Method = this.text(c).trim().toUpperCase();
      else if (c.name === "set-header") this.setHeader(c, r.Headers);
      else if (c.name === "set-body") this.setBody(c, r);
      else if (c.name === "authentication-managed-identity" || c.name === "authentication-basic") await this.exec(c, r);
    }
    const kind = el.name === "send-one-way-request" ? "send-one-way-request" : "send-request";
    const call: OutboundCall = { kind, method: r.Method, url, headers: r.Headers.toRecord() };
    const body = r.Body.forwarded();
    if (body) call.body = body;
    const record: Outcome["backendRequests"][number] = { ...call };
    this.out.backendRequests.push(record);
    call.timeoutMs = this.num(el, "timeout", 60) * 1000;
    const varName = this.str(el, "response-variable-name");
    try {
      const reply = await this.opts.transport(call);
      record.status = reply.status;
      if (varName) this.ctx.Variables.set(varName, new ResponseModel(reply.status, reasonOf(reply.status), new HeaderMap(reply.headers), new MessageBody(reply.body)));
    } catch (e) {
      if (!(e instanceof TransportError)) throw e;
      if (kind === "send-one-way-request") return;
      if (this.bool(el, "ignore-error", false)) {
        if (varName) this.ctx.Variables.set(varName, null);
        return;
      }
      throw new PolicyFailure(el.name, "SendRequestFailure", `Error occured while sending the request. ${e.message}`, 500, {}, undefined, this.where(el));
    }
  }

  private returnResponse(el: PolicyElement): never {
    const varName = this.str(el, "response-variable-name");
    const fromVar = varName ? this.ctx.Variables.get(varName) : undefined;
    const r = fromVar instanceof ResponseModel ? fromVar : new ResponseModel(200, "OK", new HeaderMap(), new MessageBody(""));
    for (const c of elementChildren(el)) {
      if (c.name === "set-status") {
        r.StatusCode = this.num(c, "code", 200);
        r.StatusReason = this.str(c, "reason", reasonOf(r.StatusCode)) ?? "";
      } else if (c.name === "set-header") this.setHeader(c, r.Headers);
      else if (c.name === "set-body") this.setBody(c, r);
    }
    this.ctx.Response = r;
    throw new Stop("return");
  }

  private mockResponse(el: PolicyElement): never {
    const status = this.num(el, "status-code", 200);
    const want = this.str(el, "content-type");
    const responses = (this.operation.properties as { responses?: Array<{ statusCode: number; representations?: Array<{ contentType: string; examples?: Record<string, { value?: unknown }>; sample?: string }> }> }).responses ?? [];
    const resp = responses.find((r) => r.statusCode === status);
    const rep = resp?.representations?.find((x) => !want || x.contentType === want) ?? resp?.representations?.[0];
    let body = "";
    const example = rep?.examples ? Object.values(rep.examples)[0]?.value : undefined;
    if (example !== undefined) body = typeof example === "string" ? example : JSON.stringify(example);
    else if (rep?.sample) body = rep.sample;
    const headers = new HeaderMap();
    if (rep?.contentType ?? want) headers.set("Content-Type", [(rep?.contentType ?? want) as string]);
    this.ctx.Response = new ResponseModel(status, reasonOf(status), headers, new MessageBody(body));
    throw new Stop("return");
  }

  private checkHeader(el: PolicyElement): void {
    const name = this.str(el, "name") ?? "";
    const code = this.num(el, "failed-check-httpcode", 401);
    const message = this.str(el, "failed-check-error-message", "") ?? "";
    const ignoreCase = this.bool(el, "ignore-case", true);
    const got = this.ctx.Request.Headers.get(name) as string[] | undefined;
    if (!got) throw new PolicyFailure("check-header", "HeaderNotFound", message || `Header ${name} was not found in the request.`, code);
    const allowed = elementChildren(el, "value").map((v) => this.text(v));
    if (!allowed.length) return;
    const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
    if (!got.some((g) => allowed.some((a) => norm(a) === norm(g)))) throw new PolicyFailure("check-header", "HeaderValueNotAllowed", message || `Header ${name} value is not allowed.`, code);
  }

  private ipFilter(el: PolicyElement): void {
    const action = this.str(el, "action", "allow");
    const ip = ipv4(this.ctx.Request.IpAddress);
    let listed = false;
    for (const c of elementChildren(el)) {
      if (c.name === "address") listed ||= ipv4(this.text(c).trim()) === ip;
      if (c.name === "address-range") {
        const from = ipv4(this.str(c, "from") ?? "");
        const to = ipv4(this.str(c, "to") ?? "");
        listed ||= ip !== undefined && from !== undefined && to !== undefined && ip >= from && ip <= to;
      }
    }
    if ((action === "allow" && !listed) || (action === "forbid" && listed)) throw new PolicyFailure("ip-filter", "CallerIpNotAllowed", `Caller IP address ${this.ctx.Request.IpAddress} is not allowed. Access denied.`, 403);
  }

  private corsPolicy(el: PolicyElement): void {
    const origin = this.ctx.Request.Headers.first("Origin");
    const credentials = this.bool(el, "allow-credentials", false);
    const terminate = this.bool(el, "terminate-unmatched-request", true);
    const list = (parent: string, child: string) => elementChildren(el, parent).flatMap((p) => elementChildren(p, child).map((c) => this.text(c).trim()));
    const origins = list("allowed-origins", "origin");
    const methods = list("allowed-methods", "method");
    const allowedHeaders = list("allowed-headers", "header");
    const expose = list("expose-headers", "header");
    const originOk = origin !== undefined && (origins.includes("*") || origins.some((o) => o.toLowerCase() === origin.toLowerCase()));
    const allowOrigin = origins.includes("*") && !credentials ? "*" : (origin ?? "");
    if (this.preflight) {
      this.preflight = false;
      const method = (this.ctx.Request.Headers.first("Access-Control-Request-Method") ?? "").toUpperCase();
      const reqHeaders = (this.ctx.Request.Headers.first("Access-Control-Request-Headers") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
      const methodOk = methods.includes("*") || methods.map((m) => m.toUpperCase()).includes(method) || (!methods.length && ["GET", "POST", "HEAD"].includes(method));
      const headersOk = allowedHeaders.includes("*") || reqHeaders.every((h) => allowedHeaders.some((a) => a.toLowerCase() === h.toLowerCase()));
      const headers = new HeaderMap();
      if (originOk && methodOk && headersOk) {
        headers.set("Access-Control-Allow-Origin", [allowOrigin]);
        if (credentials) headers.set("Access-Control-Allow-Credentials", ["true"]);
        headers.set("Access-Control-Allow-Methods", [methods.includes("*") ? method : methods.join(",") || method]);
        if (reqHeaders.length) headers.set("Access-Control-Allow-Headers", [allowedHeaders.includes("*") ? reqHeaders.join(",") : reqHeaders.join(",")]);
        const maxAge = elementChildren(el, "allowed-methods")[0] ? this.str(elementChildren(el, "allowed-methods")[0], "preflight-result-max-age") : undefined;
        if (maxAge) headers.set("Access-Control-Max-Age", [maxAge]);
      } else if (!terminate) {
        return;
      }
      this.ctx.Response = new ResponseModel(200, "OK", headers, new MessageBody(""));
      throw new Stop("return");
    }
    if (originOk) this.cors = { origin: allowOrigin, allowCredentials: credentials, expose };
  }

  private async validateJwt(el: PolicyElement): Promise<void> {
    const code = this.num(el, "failed-validation-httpcode", 401);
    const message = this.str(el, "failed-validation-error-message", "Unauthorized. Access token is missing or invalid.") ?? "";
    const fail = (reason: string): never => {
      throw new PolicyFailure("validate-jwt", reason, message, code, code === 401 ? { "WWW-Authenticate": 'Bearer error="invalid_token"' } : {});
    };
    const headerName = this.str(el, "header-name");
    const queryName = this.str(el, "query-parameter-name");
    const tokenValue = this.str(el, "token-value");
    let token: string | undefined;
    if (tokenValue !== undefined) token = tokenValue;
    else if (queryName) token = (this.ctx.Request.Url.Query.get(queryName) as string[] | undefined)?.[0];
    else {
      const h = this.ctx.Request.Headers.first(headerName ?? "Authorization");
      const scheme = this.str(el, "require-scheme");
      if (h !== undefined) {
        const m = /^(\S+)\s+(.+)$/.exec(h);
        if (scheme && (!m || m[1].toLowerCase() !== scheme.toLowerCase())) fail("TokenSchemeNotAllowed");
        token = (headerName ?? "Authorization").toLowerCase() === "authorization" || scheme ? (m ? m[2] : h) : h;
      }
    }
    if (!token) return fail("TokenNotPresent");
    const jwt = parseJwt(token);
    if (!jwt) return fail("TokenNotParsable");
    const now = this.opts.clock.now();
    const skew = this.num(el, "clock-skew", 0) * 1000;
    const exp = jwt.payload.exp;
    if (exp === undefined && this.bool(el, "require-expiration-time", true)) fail("TokenExpirationTimeNotPresent");
    if (typeof exp === "number" && exp * 1000 + skew <= now) fail("TokenExpired");
    const nbf = jwt.payload.nbf;
    if (typeof nbf === "number" && nbf * 1000 - skew > now) fail("TokenNotYetValid");
    const alg = String(jwt.header.alg ?? "none");
    if (alg === "none" && this.bool(el, "require-signed-tokens", true)) fail("TokenNotSigned");
    const keys = await this.jwtKeys(el);
    if (alg !== "none" && !verifySignature(token, alg, jwt.header.kid as string | undefined, keys)) fail("TokenSignatureInvalid");
    const list = (parent: string, child: string) => elementChildren(el, parent).flatMap((p) => elementChildren(p, child).map((c) => this.text(c).trim()));
    const audiences = list("audiences", "audience");
    if (audiences.length && !jwt.Audiences.some((a) => audiences.includes(a))) fail("TokenAudienceNotAllowed");
    const issuers = list("issuers", "issuer");
    if (issuers.length && !issuers.includes(jwt.Issuer ?? "")) fail("TokenIssuerNotAllowed");
    for (const rc of elementChildren(el, "required-claims")) {
      for (const claim of elementChildren(rc, "claim")) {
        const name = this.str(claim, "name") ?? "";
        const raw = jwt.payload[name];
        if (raw === undefined) fail("TokenClaimNotFound");
        const sep = this.str(claim, "separator");
        let have = (Array.isArray(raw) ? raw.map(String) : [String(raw)]);
        if (sep) have = have.flatMap((h) => h.split(sep));
        const want = elementChildren(claim, "value").map((v) => this.text(v).trim());
        if (!want.length) continue;
        const match = this.str(claim, "match", "all");
        const ok = match === "any" ? want.some((w) => have.includes(w)) : want.every((w) => have.includes(w));
        if (!ok) fail("TokenClaimValueNotAllowed");
      }
    }
    const outVar = this.str(el, "output-token-variable-name");
    if (outVar) this.ctx.Variables.set(outVar, jwt);
  }

  private async jwtKeys(el: PolicyElement): Promise<JwtKey[]> {
    const keys: JwtKey[] = [];
    for (const group of elementChildren(el, "issuer-signing-keys")) {
      for (const k of elementChildren(group, "key")) {
        const n = this.str(k, "n");
        const e = this.str(k, "e");
        if (n && e) keys.push(rsaKeyFromModulus(n, e, this.str(k, "id")));
        else {
          const t = this.text(k).trim();
          if (t) keys.push(hmacKeyFromBase64(t));
        }
      }
    }
    for (const oc of elementChildren(el, "openid-config")) {
      const url = this.str(oc, "url") ?? "";
      const get = async (u: string): Promise<unknown> => {
        const call: OutboundCall = { kind: "openid-config", method: "GET", url: u, headers: {} };
        this.out.backendRequests.push({ ...call });
        try {
          const r = await this.opts.transport(call);
          return JSON.parse(r.body);
        } catch (e) {
          if (e instanceof HarnessError) throw e;
          return undefined;
        }
      };
      const config = (await get(url)) as { jwks_uri?: string; keys?: unknown } | undefined;
      if (config?.keys) keys.push(...keysFromJwks(config));
      else if (config?.jwks_uri) keys.push(...keysFromJwks(await get(config.jwks_uri)));
    }
    return keys;
  }

  private subscriptionKey(): string {
    return (this.ctx.Subscription as unknown as { Id?: string } | null)?.Id ?? "anonymous";
  }

  /**
   * rate-limit and rate-limit-by-key: a sliding window of `renewal-period`
   * seconds, as Microsoft documents it. rate-limit counts per subscription,
   * and its nested `<api>`/`<operation>` elements add their own windows for
   * the matching API (by name or id) and operation.
   */
  private rateLimit(el: PolicyElement): void {
    const byKey = el.name === "rate-limit-by-key";
    const now = this.opts.clock.now();
    const scope = byKey ? `rl-key:${this.str(el, "counter-key") ?? ""}` : `rl:${this.subscriptionKey()}:${el.origin ?? ""}:${el.pos.line}:${el.pos.col}`;
    const limits: Array<{ key: string; calls: number; period: number }> = [{ key: scope, calls: this.num(el, "calls", 0), period: this.num(el, "renewal-period", 60) }];
    if (!byKey) {
      const matches = (c: PolicyElement, id: string, name: string) => this.attr(c, "id") === id || this.attr(c, "name") === name;
      for (const a of elementChildren(el, "api")) {
        if (!matches(a, this.api.name, this.api.properties.displayName ?? "")) continue;
        if (this.attr(a, "calls") !== undefined) limits.push({ key: `${scope}:api:${this.api.name}`, calls: this.num(a, "calls", 0), period: this.num(a, "renewal-period", 60) });
        for (const o of elementChildren(a, "operation")) {
          if (matches(o, this.operation.name, this.operation.properties.displayName)) limits.push({ key: `${scope}:op:${this.api.name}/${this.operation.name}`, calls: this.num(o, "calls", 0), period: this.num(o, "renewal-period", 60) });
        }
      }
    }
    const windows = limits.map((l) => {
      let w = this.opts.state.windows.get(l.key);
      if (!w) this.opts.state.windows.set(l.key, (w = new SlidingWindow(l.period * 1000)));
      return { ...l, w };
    });
    const names = {
      retryHeader: this.str(el, "retry-after-header-name"),
      retryVar: this.str(el, "retry-after-variable-name"),
      remainingHeader: this.str(el, "remaining-calls-header-name"),
      remainingVar: this.str(el, "remaining-calls-variable-name"),
      totalHeader: this.str(el, "total-calls-header-name"),
    };
    const over = windows.find((x) => x.w.count(now) >= x.calls);
    if (over) {
      const retryAfter = over.w.retryAfter(now);
      if (names.retryVar) this.ctx.Variables.set(names.retryVar, retryAfter);
      if (names.remainingVar) this.ctx.Variables.set(names.remainingVar, 0);
      // retry-after-header-name replaces the default Retry-After header.
      const headers: Record<string, string> = { [names.retryHeader ?? "Retry-After"]: String(retryAfter) };
      if (names.remainingHeader) headers[names.remainingHeader] = "0";
      if (names.totalHeader) headers[names.totalHeader] = String(over.calls);
      throw new PolicyFailure(el.name, "RateLimitExceeded", `Rate limit is exceeded. Try again in ${retryAfter} seconds.`, 429, headers);
    }
    const amount = byKey ? this.num(el, "increment-count", 1) : 1;
    const condition = byKey ? this.attr(el, "increment-condition") : undefined;
    const main = windows[0];
    const publish = () => {
      const remaining = Math.max(0, main.calls - main.w.count(now));
      if (names.remainingVar) this.ctx.Variables.set(names.remainingVar, remaining);
      if (names.remainingHeader) this.lateHeaders[names.remainingHeader] = String(remaining);
      if (names.totalHeader) this.lateHeaders[names.totalHeader] = String(main.calls);
    };
    if (condition === undefined) {
      for (const x of windows) x.w.add(now, amount);
      publish();
    } else {
      // increment-condition usually reads the response: it is evaluated once the response is known.
      publish();
      this.afterResponse.push(() => {
        if (truthy(this.value(condition, el))) for (const x of windows) x.w.add(now, amount);
      });
    }
  }

  /**
   * quota and quota-by-key: a fixed period of `renewal-period` seconds from the
   * first call (0: never renews). quota's nested `<api>`/`<operation>`
   * elements add their own quotas for the matching API (by name or id) and
   * operation. Only `calls` are counted.
   */
  private quota(el: PolicyElement): void {
    const byKey = el.name === "quota-by-key";
    const scope = byKey ? `quota-key:${this.str(el, "counter-key") ?? ""}` : `quota:${this.subscriptionKey()}:${el.origin ?? ""}:${el.pos.line}:${el.pos.col}`;
    const limits: Array<{ key: string; calls: number; period: number }> = [{ key: scope, calls: this.num(el, "calls", Infinity), period: this.num(el, "renewal-period", 0) }];
    if (!byKey) {
      const matches = (c: PolicyElement, id: string, name: string) => this.attr(c, "id") === id || this.attr(c, "name") === name;
      for (const a of elementChildren(el, "api")) {
        if (!matches(a, this.api.name, this.api.properties.displayName ?? "")) continue;
        if (this.attr(a, "calls") !== undefined) limits.push({ key: `${scope}:api:${this.api.name}`, calls: this.num(a, "calls", Infinity), period: this.num(a, "renewal-period", 0) });
        for (const o of elementChildren(a, "operation")) {
          if (matches(o, this.operation.name, this.operation.properties.displayName ?? "") && this.attr(o, "calls") !== undefined) limits.push({ key: `${scope}:op:${this.api.name}/${this.operation.name}`, calls: this.num(o, "calls", Infinity), period: this.num(o, "renewal-period", 0) });
        }
      }
    }
    const now = this.opts.clock.now();
    const counters = limits.map((l) => {
      let c = this.opts.state.counters.get(l.key);
      if (!c || (l.period > 0 && c.resetAt <= now)) {
        c = { count: 0, resetAt: l.period > 0 ? now + l.period * 1000 : Infinity };
        this.opts.state.counters.set(l.key, c);
      }
      return { calls: l.calls, c };
    });
    const over = counters.find((x) => x.c.count >= x.calls);
    if (over) {
      const secs = Number.isFinite(over.c.resetAt) ? Math.max(1, Math.ceil((over.c.resetAt - now) / 1000)) : 0;
      const hms = `${String(Math.floor(secs / 3600)).padStart(2, "0")}:${String(Math.floor(secs / 60) % 60).padStart(2, "0")}:${String(secs % 60).padStart(2, "0")}`;
      throw new PolicyFailure(el.name, "QuotaExceeded", `Out of call volume quota. Quota will be replenished in ${hms}.`, 403, secs ? { "Retry-After": String(secs) } : {});
    }
    const condition = byKey ? this.attr(el, "increment-condition") : undefined;
    if (condition === undefined) for (const x of counters) x.c.count++;
    else
      this.afterResponse.push(() => {
        if (truthy(this.value(condition, el))) for (const x of counters) x.c.count++;
      });
  }

  private cacheLookup(el: PolicyElement): void {
    if (this.ctx.Request.Method !== "GET") return;
    const vary: string[] = [];
    for (const c of elementChildren(el)) {
      if (c.name === "vary-by-header") {
        const h = this.text(c).trim();
        vary.push(`h:${h}=${this.ctx.Request.Headers.first(h) ?? ""}`);
      } else if (c.name === "vary-by-query-parameter") {
        for (const q of this.text(c).split(/[;,]/).map((s) => s.trim()).filter(Boolean)) vary.push(`q:${q}=${((this.ctx.Request.Url.Query.get(q) as string[] | undefined) ?? []).join(",")}`);
      }
    }
    if (this.bool(el, "vary-by-developer", false)) vary.push(`dev:${this.subscriptionKey()}`);
    this.cacheKey = `response:${this.api.name}:${this.operation.name}:${this.ctx.Request.Url.Path}:${vary.sort().join("&")}`;
    const hit = this.opts.state.cacheGet(this.cacheKey, this.opts.clock.now()) as { status: number; headers: Record<string, string>; body: string } | undefined;
    if (!hit) return;
    this.cacheHit = true;
    this.ctx.Response = new ResponseModel(hit.status, reasonOf(hit.status), new HeaderMap(hit.headers), new MessageBody(hit.body));
    throw new Stop("toOutbound");
  }

  private cacheStore(el: PolicyElement): void {
    if (!this.cacheKey || this.cacheHit) return;
    const r = this.ctx.Response;
    const cacheResponse = this.attr(el, "cache-response");
    const store = cacheResponse !== undefined ? truthy(this.value(cacheResponse, el)) : r.StatusCode === 200;
    if (!store) return;
    this.opts.state.cacheSet(this.cacheKey, { status: r.StatusCode, headers: r.Headers.toRecord(), body: r.Body.text ?? "" }, this.num(el, "duration", 0), this.opts.clock.now());
  }
}

/** LastError.Scope from an effective element's origin. */
function scopeOf(origin: string | undefined): string {
  if (!origin || origin === "global") return "global";
  if (origin.startsWith("products/")) return "product";
  if (origin.includes("/operations/")) return "operation";
  if (origin.startsWith("apis/")) return "api";
  return "fragment";
}

function truthy(v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v.trim().toLowerCase() === "true";
  return Boolean(v);
}

function headerOf(h: Record<string, string>, name: string): string | undefined {
  const k = Object.keys(h).find((x) => x.toLowerCase() === name);
  return k === undefined ? undefined : h[k];
}

function ipv4(s: string): number | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s.trim().replace(/^::ffff:/, ""));
  if (!m) return undefined;
  return ((Number(m[1]) << 24) >>> 0) + (Number(m[2]) << 16) + (Number(m[3]) << 8) + Number(m[4]);
}

/** Literal policy text: XML entities decoded, as an XML parser would. */
export function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCharCode(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCharCode(Number(e.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

/** A variable's value as plain JSON for assertions and output. */
export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof JToken) return v.toJson();
  if (Array.isArray(v)) return v.map(plain);
  if (Buffer.isBuffer(v)) return v.toString("base64");
  if (v instanceof ResponseModel) return { statusCode: v.StatusCode, headers: v.Headers.toRecord(), body: v.Body.text ?? "" };
  return csToString(v);
}

export { advance };

/** The content of an element exactly as written (markup, entities and CDATA kept). */
function rawInner(el: PolicyElement): string {
  let out = "";
  for (const c of el.children) {
    if (c.type === "element") {
      const attrs = c.attributes.map((a) => ` ${a.name}="${a.value}"`).join("");
      out += c.children.length ? `<${c.name}${attrs}>${rawInner(c)}</${c.name}>` : `<${c.name}${attrs} />`;
    } else if (c.type === "text") out += c.text;
    else if (c.type === "cdata") out += `<![CDATA[${c.text}]]>`;
  }
  return out;
}
