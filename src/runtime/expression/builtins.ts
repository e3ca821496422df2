/**
 * The allowed .NET surface: static members of the types policies may name,
 * instance members of strings, numbers and enumerables (LINQ), and the C#
 * conversions. Host classes (values.ts, json.ts, context) carry their own
 * members as PascalCase properties and methods.
 */
import * as crypto from "node:crypto";
import { CsDateTime, CsDict, CsException, CsGuid, CsTimeSpan, Host, KeyValuePair, normType, Ref, setConverter, formatDate, nullRef } from "./values";
import { JArray, JObject, JProperty, JToken, JValue, jsonConvert, parseJson, toJToken } from "./json";
import { XAttribute, XDocument, XElement, XName, XNamespace } from "./xml";

export type Fn = (...args: unknown[]) => unknown;

/** Lambdas arrive as JS functions. */
type Lambda = (...args: unknown[]) => unknown;

// ---- text conversions ----
export function csToString(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return numberToString(v);
  if (Buffer.isBuffer(v)) return "System.Byte[]";
  if (Array.isArray(v)) return "System.Object[]";
  if (v instanceof Host) {
    const f = (v as unknown as { ToString?: () => string }).ToString;
    return typeof f === "function" ? f.call(v) : v.csType;
  }
  return String(v);
}

function numberToString(n: number, format?: string): string {
  if (format) {
    const m = /^([NFDXnfdx])(\d*)$/.exec(format);
    if (m) {
      const digits = m[2] ? Number(m[2]) : m[1].toUpperCase() === "D" || m[1].toUpperCase() === "X" ? 0 : 2;
      switch (m[1].toUpperCase()) {
        case "F":
          return n.toFixed(digits);
        case "N":
          return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
        case "D":
          return String(Math.trunc(n)).padStart(digits, "0");
        case "X": {
          const s = Math.trunc(n).toString(16).padStart(digits, "0");
          return m[1] === "X" ? s.toUpperCase() : s;
        }
      }
    }
    if (/^0+(\.0+)?$/.test(format)) {
      const [i, f] = format.split(".");
      return n.toFixed(f ? f.length : 0).padStart(i.length + (f ? f.length + 1 : 0), "0");
    }
  }
  if (Number.isInteger(n) || !Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n === Infinity ? "∞" : n === -Infinity ? "-∞" : String(n);
  return String(Number(n.toPrecision(15)));
}

/** Enumerating any IEnumerable the runtime knows. */
export function toSeq(v: unknown): unknown[] {
  if (v === null || v === undefined) throw new CsException("System.ArgumentNullException", "Value cannot be null. (Parameter 'source')");
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [...v];
  if (Buffer.isBuffer(v)) return [...v];
  if (v instanceof JArray) return v.items;
  if (v instanceof JObject) return v.Properties();
  if (v instanceof CsDict) return v.entries().map(([k, x]) => new KeyValuePair(k, x));
  throw new CsException("System.InvalidCastException", `${csTypeName(v)} is not enumerable.`);
}

export function csTypeName(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return "System.String";
  if (typeof v === "number") return Number.isInteger(v) ? "System.Int32" : "System.Double";
  if (typeof v === "boolean") return "System.Boolean";
  if (Buffer.isBuffer(v)) return "System.Byte[]";
  if (Array.isArray(v)) return "System.Collections.Generic.List";
  if (v instanceof Host) return v.csType;
  return "System.Object";
}

/** `(T)v` and `Convert`-style coercion; throws InvalidCastException as the CLR would. */
export function castTo(v: unknown, type: string): unknown {
  const t = normType(type);
  if (v === null || v === undefined) {
    if (["int", "long", "double", "decimal", "bool", "float", "byte", "short", "char", "DateTime", "TimeSpan", "Guid"].includes(t) && !type.endsWith("?")) {
      throw nullRef(`cast to ${t}`);
    }
    return null;
  }
  if (v instanceof JToken && !["JToken", "JObject", "JArray", "JValue", "JProperty", "object"].includes(t)) return jsonConvert(v, t);
  const bad = (): never => {
    throw new CsException("System.InvalidCastException", `Unable to cast object of type '${csTypeName(v)}' to type '${type}'.`);
  };
  switch (t) {
    case "object":
      return v;
    case "string":
      return typeof v === "string" ? v : bad();
    case "int":
    case "long":
    case "short":
    case "byte":
      if (typeof v === "number") return Math.trunc(v);
      if (typeof v === "string" && v.length === 1) return v.charCodeAt(0);
      return bad();
    case "double":
    case "decimal":
    case "float":
      return typeof v === "number" ? v : bad();
    case "char":
      if (typeof v === "number") return String.fromCharCode(v);
      return typeof v === "string" && v.length === 1 ? v : bad();
    case "bool":
      return typeof v === "boolean" ? v : bad();
    case "JObject":
      return v instanceof JObject ? v : bad();
    case "JArray":
      return v instanceof JArray ? v : bad();
    case "JToken":
      return v instanceof JToken ? v : bad();
    case "JValue":
      return v instanceof JValue ? v : bad();
    case "DateTime":
    case "DateTimeOffset":
      return v instanceof CsDateTime ? v : bad();
    case "TimeSpan":
      return v instanceof CsTimeSpan ? v : bad();
    case "Guid":
      return v instanceof CsGuid ? v : bad();
    // Implicit conversions from string, as System.Xml.Linq defines them.
    case "XNamespace":
      return v instanceof XNamespace ? v : typeof v === "string" ? new XNamespace(v) : bad();
    case "XName":
      return v instanceof XName ? v : typeof v === "string" ? XName.of(v) : bad();
  }
  // Interfaces and classes the runtime models structurally (IResponse, Jwt, string[] ...): check by shape.
  if (t.endsWith("[]")) return Array.isArray(v) || Buffer.isBuffer(v) ? v : bad();
  if (v instanceof Host && !typeMatches(v, t)) return bad();
  return v;
}

/** `v is T`. */
export function isType(v: unknown, type: string): boolean {
  if (v === null || v === undefined) return false;
  const t = normType(type);
  switch (t) {
    case "object":
      return true;
    case "string":
      return typeof v === "string";
    case "int":
    case "long":
      return typeof v === "number" && Number.isInteger(v);
    case "double":
    case "decimal":
    case "float":
      return typeof v === "number";
    case "bool":
      return typeof v === "boolean";
    case "JObject":
      return v instanceof JObject;
    case "JArray":
      return v instanceof JArray;
    case "JToken":
      return v instanceof JToken;
    case "JValue":
      return v instanceof JValue;
    case "DateTime":
      return v instanceof CsDateTime;
    case "TimeSpan":
      return v instanceof CsTimeSpan;
  }
  if (t.endsWith("[]")) return Array.isArray(v) || Buffer.isBuffer(v);
  if (v instanceof Host) return typeMatches(v, t);
  return false;
}

function typeMatches(v: Host, t: string): boolean {
  const own = v.csType.split(".").pop() as string;
  if (own === t) return true;
  // Interfaces: I<Name> matches <Name> and the context model's interface names.
  const iface = t.replace(/^I(?=[A-Z])/, "");
  return own === iface || own === t.replace(/^IReadOnly/, "") || (t === "IEnumerable" && v instanceof CsDict) || (v instanceof CsDict && /Dictionary$/.test(t));
}

setConverter((v, type) => (normType(type) === "object" ? v : castTo(v, type)));

// ---- string ----
const cmpIgnore = (sc: unknown): boolean => typeof sc === "string" && /IgnoreCase$/.test(sc);
const fold = (s: string, ic: boolean) => (ic ? s.toLowerCase() : s);

function splitChars(sep: unknown): string[] {
  if (Array.isArray(sep)) return sep.map(String);
  return [String(sep)];
}

export const STRING_MEMBERS: Record<string, (s: string, ...a: unknown[]) => unknown> = {
  Length: (s) => s.length,
  ToLower: (s) => s.toLowerCase(),
  ToLowerInvariant: (s) => s.toLowerCase(),
  ToUpper: (s) => s.toUpperCase(),
  ToUpperInvariant: (s) => s.toUpperCase(),
  Trim: (s, ...c) => (c.length ? trimChars(s, c.flat().map(String), true, true) : s.trim()),
  TrimStart: (s, ...c) => (c.length ? trimChars(s, c.flat().map(String), true, false) : s.trimStart()),
  TrimEnd: (s, ...c) => (c.length ? trimChars(s, c.flat().map(String), false, true) : s.trimEnd()),
  StartsWith: (s, p, sc) => fold(s, cmpIgnore(sc)).startsWith(fold(str(p), cmpIgnore(sc))),
  EndsWith: (s, p, sc) => fold(s, cmpIgnore(sc)).endsWith(fold(str(p), cmpIgnore(sc))),
  Contains: (s, p, sc) => fold(s, cmpIgnore(sc)).includes(fold(str(p), cmpIgnore(sc))),
  IndexOf: (s, p, a, b) => (typeof a === "number" ? s.indexOf(str(p), a) : fold(s, cmpIgnore(a ?? b)).indexOf(fold(str(p), cmpIgnore(a ?? b)))),
  LastIndexOf: (s, p) => s.lastIndexOf(str(p)),
  IndexOfAny: (s, chars) => {
    const idx = (chars as string[]).map((c) => s.indexOf(c)).filter((i) => i >= 0);
    return idx.length ? Math.min(...idx) : -1;
  },
  Substring: (s, start, len) => {
    const a = start as number;
    if (a < 0 || a > s.length || (len !== undefined && (len as number) < 0) || (len !== undefined && a + (len as number) > s.length)) {
      throw new CsException("System.ArgumentOutOfRangeException", "Index and length must refer to a location within the string. (Parameter 'length')");
    }
    return len === undefined ? s.slice(a) : s.substr(a, len as number);
  },
  Replace: (s, a, b) => s.split(str(a)).join(b === null || b === undefined ? "" : str(b)),
  Split: (s, ...args) => {
    let seps: string[] = [];
    let removeEmpty = false;
    let limit = Infinity;
    for (const a of args) {
      if (a === "RemoveEmptyEntries") removeEmpty = true;
      else if (a === "None" || a === "TrimEntries") continue;
      else if (typeof a === "number") limit = a;
      else seps = seps.concat(splitChars(a));
    }
    if (!seps.length) seps = [" "];
    const out: string[] = [];
    let cur = 0;
    for (let i = 0; i < s.length && out.length < limit - 1; ) {
      const sep = seps.find((p) => p && s.startsWith(p, i));
      if (sep !== undefined) {
        out.push(s.slice(cur, i));
        i += sep.length;
        cur = i;
      } else i++;
    }
    out.push(s.slice(cur));
    return removeEmpty ? out.filter((x) => x !== "") : out;
  },
  PadLeft: (s, n, c) => s.padStart(n as number, (c as string) ?? " "),
  PadRight: (s, n, c) => s.padEnd(n as number, (c as string) ?? " "),
  Insert: (s, i, v) => s.slice(0, i as number) + str(v) + s.slice(i as number),
  Remove: (s, i, n) => (n === undefined ? s.slice(0, i as number) : s.slice(0, i as number) + s.slice((i as number) + (n as number))),
  Equals: (s, o, sc) => (typeof o === "string" ? fold(s, cmpIgnore(sc)) === fold(o, cmpIgnore(sc)) : false),
  CompareTo: (s, o) => (s < str(o) ? -1 : s > str(o) ? 1 : 0),
  ToString: (s) => s,
  ToCharArray: (s) => [...s],
  GetHashCode: (s) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0),
  Normalize: (s) => s.normalize(),
  // APIM's extension methods on string
  AsJwt: (s) => parseJwt(s),
  AsBasic: (s) => parseBasic(s),
  AsFormUrlEncodedContent: (s) => new CsDict(false, new URLSearchParams(s).entries()),
  TryParseJwt: (s, out) => {
    const j = parseJwt(s);
    (out as Ref).value = j;
    return j !== null;
  },
  TryParseBasic: (s, out) => {
    const b = parseBasic(s);
    (out as Ref).value = b;
    return b !== null;
  },
};

function trimChars(s: string, chars: string[], start: boolean, end: boolean): string {
  let a = 0;
  let b = s.length;
  while (start && a < b && chars.includes(s[a])) a++;
  while (end && b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function str(v: unknown): string {
  if (v === null || v === undefined) throw new CsException("System.ArgumentNullException", "Value cannot be null.");
  return typeof v === "string" ? v : csToString(v);
}

// ---- numbers and booleans ----
export const NUMBER_MEMBERS: Record<string, (n: number, ...a: unknown[]) => unknown> = {
  ToString: (n, f) => numberToString(n, f as string | undefined),
  Equals: (n, o) => n === o,
  CompareTo: (n, o) => Math.sign(n - (o as number)),
  GetHashCode: (n) => n | 0,
  HasValue: () => true,
  Value: (n) => n,
};
export const BOOL_MEMBERS: Record<string, (b: boolean, ...a: unknown[]) => unknown> = {
  ToString: (b) => (b ? "True" : "False"),
  Equals: (b, o) => b === o,
  HasValue: () => true,
  Value: (b) => b,
};

// ---- LINQ and list members over any enumerable ----
const fn = (f: unknown): Lambda => f as Lambda;
const cmpValues = (a: unknown, b: unknown): number => {
  if (a instanceof CsDateTime || a instanceof CsTimeSpan) return a.ms - (b as CsTimeSpan).ms;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return (a as number) - (b as number);
};
const noElements = (): never => {
  throw new CsException("System.InvalidOperationException", "Sequence contains no elements");
};
const noMatch = (): never => {
  throw new CsException("System.InvalidOperationException", "Sequence contains no matching element");
};

export const SEQ_MEMBERS: Record<string, (s: unknown[], ...a: unknown[]) => unknown> = {
  Where: (s, f) => s.filter((x, i) => fn(f)(x, i) === true),
  Select: (s, f) => s.map((x, i) => fn(f)(x, i)),
  SelectMany: (s, f) => s.flatMap((x) => toSeq(fn(f)(x))),
  Any: (s, f) => (f ? s.some((x) => fn(f)(x) === true) : s.length > 0),
  All: (s, f) => s.every((x) => fn(f)(x) === true),
  First: (s, f) => {
    const r = f ? s.filter((x) => fn(f)(x) === true) : s;
    return r.length ? r[0] : f ? noMatch() : noElements();
  },
  FirstOrDefault: (s, f) => {
    if (f !== undefined && typeof f !== "function") return s.length ? s[0] : f;
    const r = f ? s.find((x) => fn(f)(x) === true) : s[0];
    return r === undefined ? null : r;
  },
  Last: (s, f) => {
    const r = f ? s.filter((x) => fn(f)(x) === true) : s;
    return r.length ? r[r.length - 1] : f ? noMatch() : noElements();
  },
  LastOrDefault: (s, f) => {
    const r = f ? s.filter((x) => fn(f)(x) === true) : s;
    return r.length ? r[r.length - 1] : null;
  },
  Single: (s, f) => {
    const r = f ? s.filter((x) => fn(f)(x) === true) : s;
    if (r.length !== 1) throw new CsException("System.InvalidOperationException", r.length ? "Sequence contains more than one element" : "Sequence contains no elements");
    return r[0];
  },
  SingleOrDefault: (s, f) => {
    const r = f ? s.filter((x) => fn(f)(x) === true) : s;
    if (r.length > 1) throw new CsException("System.InvalidOperationException", "Sequence contains more than one element");
    return r.length ? r[0] : null;
  },
  Count: (s, f) => (f ? s.filter((x) => fn(f)(x) === true).length : s.length),
  Sum: (s, f) => s.reduce((a: number, x) => a + ((f ? fn(f)(x) : x) as number), 0),
  Min: (s, f) => (s.length ? s.map((x) => (f ? fn(f)(x) : x)).reduce((a, b) => (cmpValues(a, b) <= 0 ? a : b)) : noElements()),
  Max: (s, f) => (s.length ? s.map((x) => (f ? fn(f)(x) : x)).reduce((a, b) => (cmpValues(a, b) >= 0 ? a : b)) : noElements()),
  Average: (s, f) => (s.length ? (SEQ_MEMBERS.Sum(s, f) as number) / s.length : noElements()),
  OrderBy: (s, f) => [...s].sort((a, b) => cmpValues(fn(f)(a), fn(f)(b))),
  OrderByDescending: (s, f) => [...s].sort((a, b) => cmpValues(fn(f)(b), fn(f)(a))),
  Reverse: (s) => [...s].reverse(),
  Distinct: (s) => s.filter((x, i) => s.findIndex((y) => csEquals(x, y)) === i),
  Skip: (s, n) => s.slice(n as number),
  Take: (s, n) => s.slice(0, n as number),
  Concat: (s, o) => s.concat(toSeq(o)),
  ElementAt: (s, i) => {
    if ((i as number) >= s.length) throw new CsException("System.ArgumentOutOfRangeException", "Index was out of range.");
    return s[i as number];
  },
  ElementAtOrDefault: (s, i) => s[i as number] ?? null,
  Aggregate: (s, seed, f) => (f ? s.reduce((a, x) => fn(f)(a, x), seed) : s.reduce((a, x) => fn(seed)(a, x))),
  ToArray: (s) => [...s],
  ToList: (s) => [...s],
  ToDictionary: (s, k, v) => new CsDict(false, s.map((x) => [csToString(fn(k)(x)), v ? fn(v)(x) : x] as [string, unknown])),
  Contains: (s, v) => s.some((x) => csEquals(x, v)),
  IndexOf: (s, v) => s.findIndex((x) => csEquals(x, v)),
  Length: (s) => s.length,
  // List<T> mutators
  Add: (s, v) => {
    s.push(v);
  },
  AddRange: (s, v) => {
    s.push(...toSeq(v));
  },
  Insert: (s, i, v) => {
    s.splice(i as number, 0, v);
  },
  Remove: (s, v) => {
    const i = s.findIndex((x) => csEquals(x, v));
    if (i >= 0) s.splice(i, 1);
    return i >= 0;
  },
  RemoveAt: (s, i) => {
    s.splice(i as number, 1);
  },
  Clear: (s) => {
    s.length = 0;
  },
};

/** `==` for values: strings and numbers by value, DateTime/TimeSpan/Guid by value, the rest by reference. */
export function csEquals(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (a === null || b === null) return false;
  if ((a instanceof CsDateTime && b instanceof CsDateTime) || (a instanceof CsTimeSpan && b instanceof CsTimeSpan)) return a.ms === b.ms;
  if (a instanceof CsGuid && b instanceof CsGuid) return a.value === b.value;
  if (a instanceof KeyValuePair && b instanceof KeyValuePair) return csEquals(a.Key, b.Key) && csEquals(a.Value, b.Value);
  // XName and XNamespace compare by value, also with the string they convert from.
  if (a instanceof XName || b instanceof XName) return XName.of(a instanceof XName ? a : csToString(a)).equals(XName.of(b instanceof XName ? b : csToString(b)));
  if (a instanceof XNamespace || b instanceof XNamespace) return csToString(a) === csToString(b);
  return false;
}

// ---- JWT and basic auth (APIM extension methods) ----
export class Jwt extends Host {
  readonly csType = "Jwt";
  constructor(
    readonly header: Record<string, unknown>,
    readonly payload: Record<string, unknown>,
    readonly raw: string,
  ) {
    super();
  }
  private claim(n: string): string | null {
    const v = this.payload[n];
    return v === undefined || v === null ? null : Array.isArray(v) ? v.map(String).join(",") : String(v);
  }
  private time(n: string): CsDateTime | null {
    const v = this.payload[n];
    return typeof v === "number" ? new CsDateTime(v * 1000) : null;
  }
  get Id(): string | null {
    return this.claim("jti");
  }
  get Issuer(): string | null {
    return this.claim("iss");
  }
  get Subject(): string | null {
    return this.claim("sub");
  }
  get Type(): string | null {
    return (this.header.typ as string) ?? null;
  }
  get Algorithm(): string | null {
    return (this.header.alg as string) ?? null;
  }
  get Audiences(): string[] {
    const a = this.payload.aud;
    return a === undefined ? [] : Array.isArray(a) ? a.map(String) : [String(a)];
  }
  get ExpirationTime(): CsDateTime | null {
    return this.time("exp");
  }
  get NotBefore(): CsDateTime | null {
    return this.time("nbf");
  }
  get IssuedAt(): CsDateTime | null {
    return this.time("iat");
  }
  get Claims(): CsDict {
    return new CsDict(false, Object.entries(this.payload).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : [typeof v === "object" ? JSON.stringify(v) : String(v)]] as [string, unknown]));
  }
}

export function parseJwt(s: string): Jwt | null {
  const token = s.replace(/^Bearer\s+/i, "");
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8")) as Record<string, unknown>;
    const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as Record<string, unknown>;
    if (!header || typeof header !== "object" || !payload || typeof payload !== "object") return null;
    return new Jwt(header, payload, token);
  } catch {
    return null;
  }
}

export class BasicAuthCredentials extends Host {
  readonly csType = "BasicAuthCredentials";
  constructor(
    readonly Username: string,
    readonly Password: string,
  ) {
    super();
  }
}

function parseBasic(s: string): BasicAuthCredentials | null {
  const m = /^Basic\s+(.+)$/i.exec(s.trim());
  if (!m) return null;
  const text = Buffer.from(m[1], "base64").toString("utf8");
  const colon = text.indexOf(":");
  return colon < 0 ? null : new BasicAuthCredentials(text.slice(0, colon), text.slice(colon + 1));
}

// ---- Uri, Regex, StringBuilder, hashing ----
export class CsUri extends Host {
  readonly csType = "System.Uri";
  private readonly u: URL;
  constructor(text: string) {
    super();
    try {
      this.u = new URL(text);
    } catch {
      throw new CsException("System.UriFormatException", `Invalid URI: The format of the URI could not be determined.`);
    }
  }
  get Host(): string {
    return this.u.hostname;
  }
  get Scheme(): string {
    return this.u.protocol.replace(/:$/, "");
  }
  get Port(): number {
    return this.u.port ? Number(this.u.port) : this.u.protocol === "https:" ? 443 : 80;
  }
  get AbsolutePath(): string {
    return this.u.pathname;
  }
  get PathAndQuery(): string {
    return this.u.pathname + this.u.search;
  }
  get Query(): string {
    return this.u.search;
  }
  get AbsoluteUri(): string {
    return this.u.href;
  }
  get Authority(): string {
    return this.u.host;
  }
  get Segments(): string[] {
    return this.u.pathname.split(/(?<=\/)/);
  }
  ToString(): string {
    return this.u.href;
  }
}

export class CsMatch extends Host {
  readonly csType = "System.Text.RegularExpressions.Match";
  constructor(private readonly m: RegExpExecArray | null) {
    super();
  }
  get Success(): boolean {
    return this.m !== null;
  }
  get Value(): string {
    return this.m ? this.m[0] : "";
  }
  get Index(): number {
    return this.m ? this.m.index : 0;
  }
  get Length(): number {
    return this.Value.length;
  }
  get Groups(): CsGroups {
    return new CsGroups(this.m);
  }
  ToString(): string {
    return this.Value;
  }
}

export class CsGroups extends Host {
  readonly csType = "System.Text.RegularExpressions.GroupCollection";
  constructor(private readonly m: RegExpExecArray | null) {
    super();
  }
  get Count(): number {
    return this.m ? this.m.length : 0;
  }
  indexGet(k: unknown): CsGroup {
    const v = !this.m ? undefined : typeof k === "number" ? this.m[k] : this.m.groups?.[String(k)];
    return new CsGroup(v);
  }
}

export class CsGroup extends Host {
  readonly csType = "System.Text.RegularExpressions.Group";
  constructor(private readonly v: string | undefined) {
    super();
  }
  get Success(): boolean {
    return this.v !== undefined;
  }
  get Value(): string {
    return this.v ?? "";
  }
  ToString(): string {
    return this.Value;
  }
}

export class StringBuilder extends Host {
  readonly csType = "System.Text.StringBuilder";
  private s: string;
  constructor(init?: unknown) {
    super();
    this.s = typeof init === "string" ? init : "";
  }
  Append(v: unknown): StringBuilder {
    this.s += csToString(v);
    return this;
  }
  AppendLine(v?: unknown): StringBuilder {
    this.s += csToString(v ?? "") + "\r\n";
    return this;
  }
  AppendFormat(f: string, ...a: unknown[]): StringBuilder {
    this.s += formatString(f, a);
    return this;
  }
  get Length(): number {
    return this.s.length;
  }
  ToString(): string {
    return this.s;
  }
}

export class Hasher extends Host {
  readonly csType: string;
  constructor(
    readonly alg: string,
    readonly key?: Buffer,
  ) {
    super();
    this.csType = `System.Security.Cryptography.${key ? "HMAC" : ""}${alg.toUpperCase()}`;
  }
  ComputeHash(data: unknown): Buffer {
    const buf = toBytes(data);
    return this.key ? crypto.createHmac(this.alg, this.key).update(buf).digest() : crypto.createHash(this.alg).update(buf).digest();
  }
  Dispose(): void {}
}

function toBytes(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (Array.isArray(v)) return Buffer.from(v as number[]);
  throw new CsException("System.ArgumentException", "A byte[] was expected.");
}

function regexOf(pattern: unknown, options: unknown, global = false): RegExp {
  const opts = typeof options === "string" ? options : "";
  try {
    // .NET named groups (?<name>...) and most syntax match JS; inline options are not translated.
    return new RegExp(str(pattern), (global ? "g" : "") + (/IgnoreCase/.test(opts) ? "i" : "") + (/Multiline/.test(opts) ? "m" : "") + (/Singleline/.test(opts) ? "s" : ""));
  } catch (e) {
    throw new CsException("System.ArgumentException", `Invalid pattern '${String(pattern)}': ${(e as Error).message}`);
  }
}

/** `string.Format` / composite formatting. */
export function formatString(f: string, args: unknown[]): string {
  const flat = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return f.replace(/\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::([^}]*))?\}/g, (m, i, align, fmt) => {
    if (m === "{{") return "{";
    if (m === "}}") return "}";
    const idx = Number(i);
    if (idx >= flat.length) throw new CsException("System.FormatException", "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
    const v = flat[idx];
    let s = fmt ? formatValue(v, fmt) : csToString(v);
    if (align) s = Number(align) < 0 ? s.padEnd(-Number(align)) : s.padStart(Number(align));
    return s;
  });
}

export function formatValue(v: unknown, fmt: string): string {
  if (typeof v === "number") return numberToString(v, fmt);
  if (v instanceof CsDateTime) return formatDate(v.ms, fmt);
  if (v instanceof CsGuid) return v.ToString(fmt);
  return csToString(v);
}

function parseNumber(t: string, s: unknown): number {
  const text = str(s).trim();
  const ok = t === "int" || t === "long" ? /^[+-]?\d+$/.test(text) : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);
  if (!ok) throw new CsException("System.FormatException", `The input string '${str(s)}' was not in a correct format.`);
  const n = Number(text);
  if (t === "int" && (n > 2147483647 || n < -2147483648)) throw new CsException("System.OverflowException", "Value was either too large or too small for an Int32.");
  return n;
}

function tryParser(t: string): Fn {
  return (s, out) => {
    const ref = (out ?? (s as unknown)) as Ref;
    try {
      ref.value = parseNumber(t, s);
      return true;
    } catch {
      ref.value = 0;
      return false;
    }
  };
}

function numeric(t: string): Record<string, unknown> {
  const max: Record<string, number> = { int: 2147483647, long: Number.MAX_SAFE_INTEGER, double: Number.MAX_VALUE, decimal: Number.MAX_SAFE_INTEGER };
  return {
    Parse: (s: unknown) => parseNumber(t, s),
    TryParse: tryParser(t),
    MaxValue: max[t],
    MinValue: t === "double" ? -Number.MAX_VALUE : -max[t] - (t === "int" ? 1 : 0),
  };
}

function parseDate(s: unknown): CsDateTime {
  const text = str(s);
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$|GMT|UTC/.test(text) || !/T|\d:\d/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) throw new CsException("System.FormatException", `String '${text}' was not recognized as a valid DateTime.`);
  return new CsDateTime(ms);
}

/** Per-evaluation services the statics need (clock, random). */
export interface StaticEnv {
  now(): number;
  newGuid(): string;
}

const encoding = (enc: BufferEncoding) => ({
  GetBytes: (s: unknown) => Buffer.from(str(s), enc),
  GetString: (b: unknown, i?: unknown, n?: unknown) => {
    const buf = toBytes(b);
    return (i === undefined ? buf : buf.subarray(i as number, (i as number) + (n as number))).toString(enc);
  },
});

/** Static members by (normalised) type name. A getter-style member is a function of the env with `prop: true`. */
export function staticTypes(env: StaticEnv): Record<string, Record<string, unknown>> {
  return {
    string: {
      IsNullOrEmpty: (s: unknown) => s === null || s === undefined || s === "",
      IsNullOrWhiteSpace: (s: unknown) => s === null || s === undefined || (typeof s === "string" && s.trim() === ""),
      Join: (sep: unknown, ...items: unknown[]) => {
        const list = items.length === 1 && typeof items[0] !== "string" ? toSeq(items[0]) : items;
        return list.map(csToString).join(csToString(sep));
      },
      Concat: (...items: unknown[]) => (items.length === 1 && typeof items[0] !== "string" ? toSeq(items[0]) : items).map(csToString).join(""),
      Format: (f: unknown, ...a: unknown[]) => formatString(str(f), a),
      Equals: (a: unknown, b: unknown, sc: unknown) => (typeof a === "string" && typeof b === "string" ? fold(a, cmpIgnore(sc)) === fold(b, cmpIgnore(sc)) : a === b),
      Compare: (a: unknown, b: unknown, ic: unknown) => {
        const x = fold(str(a), ic === true || cmpIgnore(ic));
        const y = fold(str(b), ic === true || cmpIgnore(ic));
        return x < y ? -1 : x > y ? 1 : 0;
      },
      Empty: "",
    },
    int: numeric("int"),
    long: numeric("long"),
    double: { ...numeric("double"), IsNaN: (n: unknown) => Number.isNaN(n) },
    decimal: numeric("decimal"),
    bool: {
      Parse: (s: unknown) => {
        const t = str(s).trim().toLowerCase();
        if (t !== "true" && t !== "false") throw new CsException("System.FormatException", `String '${str(s)}' was not recognized as a valid Boolean.`);
        return t === "true";
      },
      TryParse: (s: unknown, out: unknown) => {
        const t = typeof s === "string" ? s.trim().toLowerCase() : "";
        (out as Ref).value = t === "true";
        return t === "true" || t === "false";
      },
      TrueString: "True",
      FalseString: "False",
    },
    char: { IsDigit: (c: unknown) => /^\d$/.test(str(c)), IsLetter: (c: unknown) => /^\p{L}$/u.test(str(c)), IsWhiteSpace: (c: unknown) => /^\s$/.test(str(c)), IsUpper: (c: unknown) => /^\p{Lu}$/u.test(str(c)), IsLower: (c: unknown) => /^\p{Ll}$/u.test(str(c)) },
    Math: {
      Max: (a: unknown, b: unknown) => Math.max(a as number, b as number),
      Min: (a: unknown, b: unknown) => Math.min(a as number, b as number),
      Abs: (a: unknown) => Math.abs(a as number),
      Floor: (a: unknown) => Math.floor(a as number),
      Ceiling: (a: unknown) => Math.ceil(a as number),
      Round: (a: unknown, d: unknown) => roundHalfEven(a as number, (d as number) ?? 0),
      Truncate: (a: unknown) => Math.trunc(a as number),
      Pow: (a: unknown, b: unknown) => Math.pow(a as number, b as number),
      Sqrt: (a: unknown) => Math.sqrt(a as number),
      Log: (a: unknown) => Math.log(a as number),
      Log10: (a: unknown) => Math.log10(a as number),
      Sign: (a: unknown) => Math.sign(a as number),
      PI: Math.PI,
      E: Math.E,
    },
    Convert: {
      ToBase64String: (b: unknown) => toBytes(b).toString("base64"),
      FromBase64String: (s: unknown) => {
        const t = str(s);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t.replace(/\s/g, "")) || t.replace(/\s/g, "").length % 4 !== 0) throw new CsException("System.FormatException", "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
        return Buffer.from(t, "base64");
      },
      ToInt32: (v: unknown) => (typeof v === "string" ? parseNumber("int", v) : typeof v === "boolean" ? Number(v) : roundHalfEven(v as number, 0)),
      ToInt64: (v: unknown) => (typeof v === "string" ? parseNumber("long", v) : roundHalfEven(v as number, 0)),
      ToDouble: (v: unknown) => (typeof v === "string" ? parseNumber("double", v) : Number(v)),
      ToDecimal: (v: unknown) => (typeof v === "string" ? parseNumber("decimal", v) : Number(v)),
      ToBoolean: (v: unknown) => (typeof v === "string" ? staticTypes(env).bool.Parse && (staticTypes(env).bool.Parse as Fn)(v) : Boolean(v)),
      ToString: (v: unknown) => csToString(v),
      ToDateTime: (v: unknown) => (v instanceof CsDateTime ? v : parseDate(v)),
      ToHexString: (b: unknown) => toBytes(b).toString("hex").toUpperCase(),
      FromHexString: (s: unknown) => Buffer.from(str(s), "hex"),
    },
    Encoding: { UTF8: encoding("utf8"), ASCII: encoding("ascii"), Unicode: encoding("utf16le"), Default: encoding("utf8") },
    DateTime: {
      UtcNow: { prop: () => new CsDateTime(env.now()) },
      Now: { prop: () => new CsDateTime(env.now()) },
      Today: { prop: () => new CsDateTime(env.now()).Date },
      Parse: parseDate,
      TryParse: (s: unknown, out: unknown) => {
        try {
          (out as Ref).value = parseDate(s);
          return true;
        } catch {
          (out as Ref).value = new CsDateTime(-62135596800000);
          return false;
        }
      },
      ParseExact: (s: unknown) => parseDate(s),
      MinValue: new CsDateTime(-62135596800000),
      MaxValue: new CsDateTime(253402300799999),
      UnixEpoch: new CsDateTime(0),
    },
    DateTimeOffset: {
      UtcNow: { prop: () => new CsDateTime(env.now()) },
      Now: { prop: () => new CsDateTime(env.now()) },
      Parse: parseDate,
      FromUnixTimeSeconds: (n: unknown) => new CsDateTime((n as number) * 1000),
      FromUnixTimeMilliseconds: (n: unknown) => new CsDateTime(n as number),
    },
    TimeSpan: {
      FromMilliseconds: (n: unknown) => new CsTimeSpan(n as number),
      FromSeconds: (n: unknown) => new CsTimeSpan((n as number) * 1000),
      FromMinutes: (n: unknown) => new CsTimeSpan((n as number) * 60000),
      FromHours: (n: unknown) => new CsTimeSpan((n as number) * 3600000),
      FromDays: (n: unknown) => new CsTimeSpan((n as number) * 86400000),
      Zero: new CsTimeSpan(0),
    },
    Guid: {
      NewGuid: () => new CsGuid(env.newGuid()),
      Parse: (s: unknown) => {
        const t = str(s).replace(/^[{(]|[})]$/g, "").toLowerCase();
        const norm = /^[0-9a-f]{32}$/.test(t) ? `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}` : t;
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(norm)) throw new CsException("System.FormatException", "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
        return new CsGuid(norm);
      },
      TryParse: (s: unknown, out: unknown) => {
        const ok = typeof s === "string" && /^[{(]?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}[})]?$/.test(s);
        (out as Ref).value = ok ? new CsGuid(s.replace(/[{}()]/g, "").toLowerCase()) : new CsGuid("00000000-0000-0000-0000-000000000000");
        return ok;
      },
      Empty: new CsGuid("00000000-0000-0000-0000-000000000000"),
    },
    Uri: {
      EscapeDataString: (s: unknown) => encodeURIComponent(str(s)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
      UnescapeDataString: (s: unknown) => decodeURIComponent(str(s)),
      EscapeUriString: (s: unknown) => encodeURI(str(s)),
      IsWellFormedUriString: (s: unknown) => {
        try {
          new URL(str(s));
          return true;
        } catch {
          return false;
        }
      },
      TryCreate: (s: unknown, _kind: unknown, out: unknown) => {
        try {
          (out as Ref).value = new CsUri(str(s));
          return true;
        } catch {
          (out as Ref).value = null;
          return false;
        }
      },
    },
    WebUtility: {
      UrlEncode: (s: unknown) => (s === null ? null : encodeURIComponent(str(s)).replace(/%20/g, "+")),
      UrlDecode: (s: unknown) => (s === null ? null : decodeURIComponent(str(s).replace(/\+/g, " "))),
      HtmlEncode: (s: unknown) => (s === null ? null : str(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")),
      HtmlDecode: (s: unknown) => (s === null ? null : str(s).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")),
    },
    Regex: {
      IsMatch: (s: unknown, p: unknown, o: unknown) => regexOf(p, o).test(str(s)),
      Match: (s: unknown, p: unknown, o: unknown) => new CsMatch(regexOf(p, o).exec(str(s))),
      Matches: (s: unknown, p: unknown, o: unknown) => [...str(s).matchAll(regexOf(p, o, true))].map((m) => new CsMatch(m as RegExpExecArray)),
      Replace: (s: unknown, p: unknown, r: unknown, o: unknown) =>
        typeof r === "function"
          ? str(s).replace(regexOf(p, o, true), (...m: string[]) => csToString((r as Fn)(new CsMatch(m as unknown as RegExpExecArray))))
          : str(s).replace(regexOf(p, o, true), str(r).replace(/\$\{(\w+)\}/g, "$<$1>")),
      Split: (s: unknown, p: unknown, o: unknown) => str(s).split(regexOf(p, o)),
      Escape: (s: unknown) => str(s).replace(/[.*+?^${}()|[\]\\#\s]/g, "\\$&"),
    },
    RegexOptions: { None: "None", IgnoreCase: "IgnoreCase", Multiline: "Multiline", Singleline: "Singleline", Compiled: "Compiled", CultureInvariant: "CultureInvariant", ECMAScript: "ECMAScript" },
    XDocument: { Parse: (t: unknown) => XDocument.Parse(t) },
    XElement: { Parse: (t: unknown) => XElement.Parse(t) },
    XNamespace: { Get: (t: unknown) => new XNamespace(str(t)), None: new XNamespace(""), Xmlns: new XNamespace("http://www.w3.org/2000/xmlns/"), Xml: new XNamespace("http://www.w3.org/XML/1998/namespace") },
    XName: { Get: (local: unknown, ns?: unknown) => (ns === undefined ? XName.of(local) : new XName(str(local), str(ns))) },
    SaveOptions: { None: "None", DisableFormatting: "DisableFormatting", OmitDuplicateNamespaces: "OmitDuplicateNamespaces" },
    StringComparison: { Ordinal: "Ordinal", OrdinalIgnoreCase: "OrdinalIgnoreCase", InvariantCulture: "InvariantCulture", InvariantCultureIgnoreCase: "InvariantCultureIgnoreCase", CurrentCulture: "CurrentCulture", CurrentCultureIgnoreCase: "CurrentCultureIgnoreCase" },
    StringSplitOptions: { None: "None", RemoveEmptyEntries: "RemoveEmptyEntries", TrimEntries: "TrimEntries" },
    Formatting: { None: "None", Indented: "Indented" },
    JTokenType: { Object: "Object", Array: "Array", String: "String", Integer: "Integer", Float: "Float", Boolean: "Boolean", Null: "Null" },
    DateTimeKind: { Utc: "Utc", Local: "Local", Unspecified: "Unspecified" },
    CultureInfo: { InvariantCulture: "InvariantCulture", CurrentCulture: "InvariantCulture" },
    JObject: { Parse: (s: unknown) => parseJson(str(s), "JObject"), FromObject: (v: unknown) => toJToken(v) },
    JArray: { Parse: (s: unknown) => parseJson(str(s), "JArray"), FromObject: (v: unknown) => toJToken(v) },
    JToken: { Parse: (s: unknown) => parseJson(str(s), "JToken"), FromObject: (v: unknown) => toJToken(v) },
    JsonConvert: {
      SerializeObject: (v: unknown, f: unknown) => (v instanceof JToken ? JSON.stringify(v.toJson(), null, f === "Indented" ? 2 : undefined) : JSON.stringify(v instanceof Host ? csToString(v) : v)),
      DeserializeObject: (s: unknown) => parseJson(str(s), "JToken"),
    },
    Enumerable: {
      Range: (a: unknown, n: unknown) => Array.from({ length: n as number }, (_, i) => (a as number) + i),
      Repeat: (v: unknown, n: unknown) => Array.from({ length: n as number }, () => v),
      Empty: () => [],
    },
    Array: {
      Empty: () => [],
      IndexOf: (a: unknown, v: unknown) => toSeq(a).findIndex((x) => csEquals(x, v)),
      Exists: (a: unknown, f: unknown) => toSeq(a).some((x) => (f as Fn)(x) === true),
      Find: (a: unknown, f: unknown) => toSeq(a).find((x) => (f as Fn)(x) === true) ?? null,
    },
    SHA256: { Create: () => new Hasher("sha256") },
    SHA1: { Create: () => new Hasher("sha1") },
    SHA512: { Create: () => new Hasher("sha512") },
    MD5: { Create: () => new Hasher("md5") },
  };
}

function roundHalfEven(n: number, d: number): number {
  const f = Math.pow(10, d);
  const x = n * f;
  const r = Math.round(x);
  const isHalf = Math.abs(x % 1) === 0.5;
  return (isHalf ? (r % 2 === 0 ? r : r - 1) : r) / f;
}

/**
 * System.Random with a seeded generator: `new Random()` is seeded with 0 so
 * test runs are repeatable (APIM's is time-seeded; tests cannot depend on it).
 */
export class CsRandom extends Host {
  readonly csType = "System.Random";
  private state: number;
  constructor(seed: number) {
    super();
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  private nextFloat(): number {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  Next(a?: unknown, b?: unknown): number {
    if (a === undefined) return Math.floor(this.nextFloat() * 2147483647);
    if (b === undefined) return Math.floor(this.nextFloat() * (a as number));
    return (a as number) + Math.floor(this.nextFloat() * ((b as number) - (a as number)));
  }
  NextDouble(): number {
    return this.nextFloat();
  }
}

/** APIM's byte[] extensions Encrypt/Decrypt(alg, key, iv): AES-CBC with PKCS7 padding. */
export const BYTES_MEMBERS: Record<string, (b: Buffer, ...a: unknown[]) => unknown> = {
  Encrypt: (b, alg, key, iv) => aes(true, b, alg, key, iv),
  Decrypt: (b, alg, key, iv) => aes(false, b, alg, key, iv),
};

function aes(encrypt: boolean, data: Buffer, alg: unknown, key: unknown, iv: unknown): Buffer {
  if (!/^aes$/i.test(String(alg))) throw new CsException("System.NotSupportedException", `Algorithm ${String(alg)} is not supported by apimc's runtime (only Aes).`);
  const k = toBytes(key);
  const name = `aes-${k.length * 8}-cbc`;
  try {
    const c = encrypt ? crypto.createCipheriv(name, k, toBytes(iv)) : crypto.createDecipheriv(name, k, toBytes(iv));
    return Buffer.concat([c.update(data), c.final()]);
  } catch (e) {
    throw new CsException("System.Security.Cryptography.CryptographicException", (e as Error).message);
  }
}

/** `new T(...)`: the constructible types. */
export const CONSTRUCTORS: Record<string, (args: unknown[]) => unknown> = {
  JObject: (a) => {
    const o = new JObject();
    for (const p of a.flatMap((x) => (Array.isArray(x) ? x : [x]))) if (p instanceof JProperty) o.props.set(p.Name, p.Value);
    return o;
  },
  JArray: (a) => new JArray(a.flatMap((x) => (Array.isArray(x) ? x : x instanceof JArray ? x.items : [x])).map(toJToken)),
  JProperty: (a) => new JProperty(str(a[0]), toJToken(a[1])),
  JValue: (a) => toJToken(a[0]),
  List: (a) => (a.length && typeof a[0] !== "number" ? [...toSeq(a[0])] : []),
  Dictionary: () => new CsDict(false),
  HashSet: (a) => (a.length ? [...new Set(toSeq(a[0]))] : []),
  StringBuilder: (a) => new StringBuilder(a[0]),
  Uri: (a) => new CsUri(a.length > 1 ? new URL(str(a[1]), csToString(a[0])).href : str(a[0])),
  DateTimeOffset: (a) => (a[0] instanceof CsDateTime ? a[0] : CONSTRUCTORS.DateTime(a)),
  Random: (a) => new CsRandom(typeof a[0] === "number" ? a[0] : 0),
  DateTime: (a) => new CsDateTime(Date.UTC(a[0] as number, ((a[1] as number) ?? 1) - 1, (a[2] as number) ?? 1, (a[3] as number) ?? 0, (a[4] as number) ?? 0, (a[5] as number) ?? 0)),
  TimeSpan: (a) => new CsTimeSpan(a.length === 3 ? (((a[0] as number) * 60 + (a[1] as number)) * 60 + (a[2] as number)) * 1000 : a.length >= 4 ? ((((a[0] as number) * 24 + (a[1] as number)) * 60 + (a[2] as number)) * 60 + (a[3] as number)) * 1000 : (a[0] as number) / 10000),
  Guid: (a) => new CsGuid(str(a[0]).toLowerCase()),
  HMACSHA256: (a) => new Hasher("sha256", toBytes(a[0])),
  HMACSHA1: (a) => new Hasher("sha1", toBytes(a[0])),
  HMACSHA512: (a) => new Hasher("sha512", toBytes(a[0])),
  Exception: (a) => new CsException("System.Exception", a.length ? str(a[0]) : "Exception of type 'System.Exception' was thrown."),
  ArgumentException: (a) => new CsException("System.ArgumentException", a.length ? str(a[0]) : "Value does not fall within the expected range."),
  InvalidOperationException: (a) => new CsException("System.InvalidOperationException", a.length ? str(a[0]) : "Operation is not valid due to the current state of the object."),
  FormatException: (a) => new CsException("System.FormatException", a.length ? str(a[0]) : "One of the identified items was in an invalid format."),
  KeyValuePair: (a) => new KeyValuePair(a[0], a[1]),
  BasicAuthCredentials: (a) => new BasicAuthCredentials(str(a[0]), str(a[1])),
  XElement: (a) => {
    if (a[0] instanceof XElement) return (a[0] as XElement).clone();
    const e = new XElement(XName.of(a[0]));
    e.Add(...a.slice(1));
    return e;
  },
  XAttribute: (a) => new XAttribute(XName.of(a[0]), csToString(a[1])),
  XDocument: (a) => {
    const d = new XDocument();
    d.Add(...a.filter((x) => x instanceof XElement));
    return d;
  },
};

/** Every type name an expression may mention (after normType). */
export const KNOWN_TYPES = new Set([
  "string", "int", "long", "double", "decimal", "float", "bool", "char", "byte", "short", "object", "uint", "ulong", "sbyte", "ushort", "var",
  "Math", "Convert", "Encoding", "Regex", "RegexOptions", "Match", "MatchCollection", "Group", "GroupCollection", "Guid", "Uri", "UriKind", "WebUtility",
  "DateTime", "DateTimeOffset", "TimeSpan", "DateTimeKind", "CultureInfo", "StringComparison", "StringSplitOptions", "StringBuilder", "Formatting", "JsonConvert",
  "JObject", "JArray", "JToken", "JValue", "JProperty", "JTokenType", "Jwt", "BasicAuthCredentials", "Enumerable", "Array", "Exception",
  "ArgumentException", "InvalidOperationException", "FormatException", "List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "IReadOnlyCollection",
  "Dictionary", "IDictionary", "IReadOnlyDictionary", "KeyValuePair", "HashSet", "Tuple", "HMACSHA256", "HMACSHA1", "HMACSHA512", "SHA256", "SHA1", "SHA512", "MD5",
  "IResponse", "IRequest", "IMessageBody", "IUrl", "IApi", "IOperation", "IProduct", "ISubscription", "IUser", "IGroup", "IDeployment", "ILastError", "IProxyRequestContext",
  "Nullable", "Random", "XDocument", "XElement", "XAttribute", "XName", "XNamespace", "SaveOptions", "X509Certificate2", "X500DistinguishedName",
]);

/** Type names a policy may use that apimc does not model: a load-time diagnostic names them. */
export const UNSUPPORTED_TYPES: Record<string, string> = {
  XmlDocument: "XML (System.Xml) types",
  RSA: "RSA key operations",
  RSACryptoServiceProvider: "RSA key operations",
  ECDsa: "ECDsa key operations",
  Aes: "AES encryption",
  RijndaelManaged: "AES encryption",
  ICryptoTransform: "AES encryption",
  CipherMode: "AES encryption",
  PaddingMode: "AES encryption",
  X509Certificate: "X509 certificates",
  BitConverter: "System.BitConverter",
  HttpUtility: "System.Web.HttpUtility",
  Uuid: "Uuid",
  JsonSerializer: "System.Text.Json",
  JsonDocument: "System.Text.Json",
  JwtSecurityToken: "System.IdentityModel.Tokens.Jwt",
};
