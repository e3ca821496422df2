/**
 * APIM's documented `context` model (IProxyRequestContext and friends) as
 * host objects the expression evaluator reads, and the engine mutates.
 */
import { registerHostMembers, registerMemberNames } from "./expression/check";
import { parseJson } from "./expression/json";
import { CsDateTime, CsDict, CsException, CsGuid, CsTimeSpan, Host } from "./expression/values";
import { CsUri } from "./expression/builtins";
import { parseXml } from "./expression/xml";
import type { X509Certificate2 } from "./expression/x509";

/** A read-only record (IApi, IOperation, ...): its fields are the C# members. */
export class CsRecord extends Host {
  constructor(
    readonly csType: string,
    fields: Record<string, unknown>,
  ) {
    super();
    Object.assign(this, fields);
  }
}

/** Header collection: case-insensitive, values are string[] (APIM's IReadOnlyDictionary<string, string[]>). */
export class HeaderMap extends CsDict {
  override readonly csType = "IReadOnlyDictionary<string, string[]>";
  constructor(entries?: Record<string, string | string[]> | Iterable<[string, string[]]>) {
    super(true);
    if (entries && Symbol.iterator in (entries as object)) for (const [k, v] of entries as Iterable<[string, string[]]>) this.set(k, v);
    else if (entries) for (const [k, v] of Object.entries(entries as Record<string, string | string[]>)) this.set(k, Array.isArray(v) ? v : [String(v)]);
  }
  first(name: string): string | undefined {
    const v = this.get(name) as string[] | undefined;
    return v ? v.join(",") : undefined;
  }
  toRecord(): Record<string, string> {
    const o: Record<string, string> = {};
    for (const [k, v] of this.entries()) o[k] = (v as string[]).join(",");
    return o;
  }
  clone(): HeaderMap {
    return new HeaderMap(this.entries().map(([k, v]) => [k, [...(v as string[])]] as [string, string[]]));
  }
}

/** IMessageBody: As<T>(preserveContent) reads it; without preserveContent the body is consumed, as in APIM. */
export class MessageBody extends Host {
  readonly csType = "IMessageBody";
  constructor(public text: string | undefined) {
    super();
  }
  consumed = false;
  As$T(typeArgs: string[], preserveContent: unknown = false): unknown {
    const text = this.consumed ? "" : (this.text ?? "");
    if (preserveContent !== true) this.consumed = true;
    const t = (typeArgs[0] ?? "string").replace(/^Newtonsoft\.Json\.Linq\./, "");
    switch (t) {
      case "string":
      case "String":
        return text;
      case "JObject":
      case "JArray":
      case "JToken":
        if (!text) return null;
        return parseJson(text, t);
      case "byte[]":
        return Buffer.from(text, "utf8");
      case "XDocument":
      case "System.Xml.Linq.XDocument":
        return parseXml(text);
      case "XElement":
      case "System.Xml.Linq.XElement":
        return parseXml(text).Root;
    }
    throw new CsException("System.NotSupportedException", `Body.As<${t}>() is not supported by apimc's runtime.`);
  }
  /** What the next hop receives. */
  forwarded(): string | undefined {
    return this.consumed ? "" : this.text;
  }
}

export class UrlModel extends Host {
  readonly csType = "IUrl";
  Scheme: string;
  Host: string;
  Port: number;
  Path: string;
  Query: CsDict;
  /** From text, or from a URL the caller has parsed already (one parse per request). */
  constructor(url: string | URL) {
    super();
    const u = typeof url === "string" ? new URL(url) : url;
    this.Scheme = u.protocol.replace(/:$/, "");
    this.Host = u.hostname;
    this.Port = u.port ? Number(u.port) : this.Scheme === "https" ? 443 : 80;
    this.Path = safeDecode(u.pathname);
    this.Query = new CsDict(true);
    for (const [k, v] of u.searchParams) {
      const cur = this.Query.get(k) as string[] | undefined;
      this.Query.set(k, cur ? [...cur, v] : [v]);
    }
  }
  get QueryString(): string {
    const parts: string[] = [];
    for (const [k, v] of this.Query.entries()) for (const x of v as string[]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(x)}`);
    return parts.length ? `?${parts.join("&")}` : "";
  }
  ToString(): string {
    const defaultPort = (this.Scheme === "https" && this.Port === 443) || (this.Scheme === "http" && this.Port === 80);
    return `${this.Scheme}://${this.Host}${defaultPort ? "" : `:${this.Port}`}${encodeURI(this.Path)}${this.QueryString}`;
  }
  ToUri(): CsUri {
    return new CsUri(this.ToString());
  }
  /** A copy without a re-parse: the fields are copied, query values arrays too. */
  clone(): UrlModel {
    const c = Object.create(UrlModel.prototype) as UrlModel;
    Object.assign(c, this);
    c.Query = new CsDict(true);
    for (const [k, v] of this.Query.entries()) c.Query.set(k, [...(v as string[])]);
    return c;
  }
}

export class RequestModel extends Host {
  readonly csType = "IRequest";
  /** The client certificate (a test's `request.certificate`), else null. */
  Certificate: X509Certificate2 | null = null;
  MatchedParameters = new CsDict(true);
  OriginalUrl: UrlModel;
  OriginalMethod: string;
  constructor(
    public Method: string,
    public Url: UrlModel,
    public Headers: HeaderMap,
    public Body: MessageBody,
    public IpAddress: string,
  ) {
    super();
    this.OriginalUrl = Url.clone();
    this.OriginalMethod = Method;
  }
}

export class ResponseModel extends Host {
  readonly csType = "IResponse";
  constructor(
    public StatusCode: number,
    public StatusReason: string,
    public Headers: HeaderMap,
    public Body: MessageBody,
  ) {
    super();
  }
}

export interface TraceEntry {
  source: string;
  severity: string;
  message: string;
  metadata?: Record<string, string>;
}

export class ContextModel extends Host {
  readonly csType = "IProxyRequestContext";
  Variables = new CsDict(false);
  LastError: CsRecord | null = null;
  Tracing = false;
  Response: ResponseModel;
  constructor(
    public Request: RequestModel,
    readonly Api: CsRecord,
    readonly Operation: CsRecord,
    readonly Product: CsRecord | null,
    readonly Subscription: CsRecord | null,
    readonly User: CsRecord | null,
    readonly Deployment: CsRecord,
    readonly RequestId: CsGuid,
    readonly Timestamp: CsDateTime,
    private readonly clock: () => number,
    private readonly traces: TraceEntry[],
  ) {
    super();
    this.Response = new ResponseModel(200, "OK", new HeaderMap(), new MessageBody(undefined));
  }
  get Elapsed(): CsTimeSpan {
    return new CsTimeSpan(this.clock() - this.Timestamp.ms);
  }
  Trace(a: unknown, b?: unknown): void {
    this.traces.push(b === undefined ? { source: "context.Trace", severity: "information", message: String(a) } : { source: String(a), severity: "information", message: String(b) });
  }
}

registerHostMembers(HeaderMap, MessageBody, UrlModel, RequestModel, ResponseModel, ContextModel, CsUri);
registerMemberNames(
  // RequestModel / ResponseModel / ContextModel fields
  "Method", "Url", "Headers", "Body", "IpAddress", "Certificate", "MatchedParameters", "OriginalUrl", "OriginalMethod", "StatusCode", "StatusReason",
  "Variables", "LastError", "Tracing", "Response", "Request", "Api", "Operation", "Product", "Subscription", "User", "Deployment", "RequestId", "Timestamp",
  "Scheme", "Host", "Port", "Path", "Query",
  // IApi, IOperation, IProduct, ISubscription, IUser, IDeployment, ILastError
  "Id", "Name", "Protocols", "ServiceUrl", "SubscriptionKeyParameterNames", "Version", "Revision", "IsCurrentRevision", "UrlTemplate",
  "ApprovalRequired", "Groups", "State", "SubscriptionLimit", "SubscriptionRequired", "Key", "PrimaryKey", "SecondaryKey", "CreatedDate", "StartDate", "EndDate",
  "Email", "FirstName", "LastName", "Identities", "Note", "RegistrationDate", "Region", "ServiceName", "ServiceId", "GatewayId", "Certificates",
  "Source", "Reason", "Message", "Scope", "Section", "PolicyId", "Header",
);

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
