/**
 * The .NET values an expression works with, mapped onto JavaScript:
 * string/char -> string, numeric types -> number, bool -> boolean,
 * null -> null, byte[] -> Buffer, arrays and lists -> JS arrays, and the
 * classes below for the rest. C# exceptions are `CsException` with the .NET
 * type name APIM would report.
 */
export class CsException extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
  get Message(): string {
    return this.message;
  }
}

export const nullRef = (what = ""): CsException =>
  new CsException("System.NullReferenceException", `Object reference not set to an instance of an object.${what ? ` (${what})` : ""}`);

/** Marker for host objects: their PascalCase members are the C# members. */
export abstract class Host {
  abstract readonly csType: string;
}

export class CsTimeSpan extends Host {
  readonly csType = "System.TimeSpan";
  constructor(readonly ms: number) {
    super();
  }
  get TotalMilliseconds(): number {
    return this.ms;
  }
  get TotalSeconds(): number {
    return this.ms / 1000;
  }
  get TotalMinutes(): number {
    return this.ms / 60000;
  }
  get TotalHours(): number {
    return this.ms / 3600000;
  }
  get TotalDays(): number {
    return this.ms / 86400000;
  }
  get Milliseconds(): number {
    return Math.trunc(this.ms % 1000);
  }
  get Seconds(): number {
    return Math.trunc(this.ms / 1000) % 60;
  }
  get Minutes(): number {
    return Math.trunc(this.ms / 60000) % 60;
  }
  get Hours(): number {
    return Math.trunc(this.ms / 3600000) % 24;
  }
  get Days(): number {
    return Math.trunc(this.ms / 86400000);
  }
  get Ticks(): number {
    return this.ms * 10000;
  }
  Add(o: CsTimeSpan): CsTimeSpan {
    return new CsTimeSpan(this.ms + o.ms);
  }
  Subtract(o: CsTimeSpan): CsTimeSpan {
    return new CsTimeSpan(this.ms - o.ms);
  }
  ToString(): string {
    const neg = this.ms < 0 ? "-" : "";
    const a = Math.abs(this.ms);
    const d = Math.floor(a / 86400000);
    const p2 = (n: number) => String(n).padStart(2, "0");
    const rest = `${p2(Math.floor(a / 3600000) % 24)}:${p2(Math.floor(a / 60000) % 60)}:${p2(Math.floor(a / 1000) % 60)}`;
    const frac = a % 1000 ? `.${String(a % 1000).padStart(3, "0")}0000` : "";
    return `${neg}${d ? `${d}.` : ""}${rest}${frac}`;
  }
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** DateTime; the runtime is UTC throughout (APIM gateways run in UTC), so Now equals UtcNow. */
export class CsDateTime extends Host {
  readonly csType = "System.DateTime";
  constructor(readonly ms: number) {
    super();
  }
  private get d(): Date {
    return new Date(this.ms);
  }
  get Year(): number {
    return this.d.getUTCFullYear();
  }
  get Month(): number {
    return this.d.getUTCMonth() + 1;
  }
  get Day(): number {
    return this.d.getUTCDate();
  }
  get Hour(): number {
    return this.d.getUTCHours();
  }
  get Minute(): number {
    return this.d.getUTCMinutes();
  }
  get Second(): number {
    return this.d.getUTCSeconds();
  }
  get Millisecond(): number {
    return this.d.getUTCMilliseconds();
  }
  get DayOfWeek(): string {
    return DAYS[this.d.getUTCDay()];
  }
  get DayOfYear(): number {
    return Math.floor((this.ms - Date.UTC(this.Year, 0, 1)) / 86400000) + 1;
  }
  get Date(): CsDateTime {
    return new CsDateTime(Date.UTC(this.Year, this.Month - 1, this.Day));
  }
  get TimeOfDay(): CsTimeSpan {
    return new CsTimeSpan(this.ms - this.Date.ms);
  }
  get Ticks(): number {
    // .NET ticks since 0001-01-01 (exceeds 2^53 precision; fine for comparisons)
    return (this.ms + 62135596800000) * 10000;
  }
  get UtcDateTime(): CsDateTime {
    return this;
  }
  get DateTime(): CsDateTime {
    return this;
  }
  ToUnixTimeSeconds(): number {
    return Math.floor(this.ms / 1000);
  }
  ToUnixTimeMilliseconds(): number {
    return this.ms;
  }
  AddMilliseconds(n: number): CsDateTime {
    return new CsDateTime(this.ms + n);
  }
  AddSeconds(n: number): CsDateTime {
    return new CsDateTime(this.ms + n * 1000);
  }
  AddMinutes(n: number): CsDateTime {
    return new CsDateTime(this.ms + n * 60000);
  }
  AddHours(n: number): CsDateTime {
    return new CsDateTime(this.ms + n * 3600000);
  }
  AddDays(n: number): CsDateTime {
    return new CsDateTime(this.ms + n * 86400000);
  }
  AddMonths(n: number): CsDateTime {
    const d = this.d;
    d.setUTCMonth(d.getUTCMonth() + n);
    return new CsDateTime(d.getTime());
  }
  AddYears(n: number): CsDateTime {
    return this.AddMonths(12 * n);
  }
  Add(t: CsTimeSpan): CsDateTime {
    return new CsDateTime(this.ms + t.ms);
  }
  Subtract(o: CsDateTime | CsTimeSpan): CsDateTime | CsTimeSpan {
    return o instanceof CsDateTime ? new CsTimeSpan(this.ms - o.ms) : new CsDateTime(this.ms - o.ms);
  }
  ToUniversalTime(): CsDateTime {
    return this;
  }
  ToLocalTime(): CsDateTime {
    return this;
  }
  CompareTo(o: CsDateTime): number {
    return Math.sign(this.ms - o.ms);
  }
  ToString(format?: string): string {
    return formatDate(this.ms, format ?? "G");
  }
}

/** .NET custom and standard date formats (invariant culture). */
export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const std: Record<string, string> = {
    o: "yyyy-MM-ddTHH:mm:ss.fffffffZ",
    O: "yyyy-MM-ddTHH:mm:ss.fffffffZ",
    s: "yyyy-MM-ddTHH:mm:ss",
    u: "yyyy-MM-dd HH:mm:ssZ",
    r: "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
    R: "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
    d: "MM/dd/yyyy",
    D: "dddd, dd MMMM yyyy",
    t: "HH:mm",
    T: "HH:mm:ss",
    g: "MM/dd/yyyy HH:mm",
    G: "MM/dd/yyyy HH:mm:ss",
  };
  const f = format.length === 1 && std[format] ? std[format] : format;
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  let out = "";
  for (let i = 0; i < f.length; ) {
    const c = f[i];
    if (c === "'" || c === '"') {
      const close = f.indexOf(c, i + 1);
      out += f.slice(i + 1, close < 0 ? f.length : close);
      i = close < 0 ? f.length : close + 1;
      continue;
    }
    if (c === "\\") {
      out += f[i + 1] ?? "";
      i += 2;
      continue;
    }
    let n = 1;
    while (f[i + n] === c) n++;
    const h = d.getUTCHours();
    switch (c) {
      case "y":
        out += n <= 2 ? p(d.getUTCFullYear() % 100, n) : p(d.getUTCFullYear(), n);
        break;
      case "M":
        out += n >= 4 ? MONTHS[d.getUTCMonth()] : n === 3 ? MONTHS[d.getUTCMonth()].slice(0, 3) : p(d.getUTCMonth() + 1, n);
        break;
      case "d":
        out += n >= 4 ? DAYS[d.getUTCDay()] : n === 3 ? DAYS[d.getUTCDay()].slice(0, 3) : p(d.getUTCDate(), n);
        break;
      case "H":
        out += p(h, n);
        break;
      case "h":
        out += p(h % 12 || 12, n);
        break;
      case "m":
        out += p(d.getUTCMinutes(), n);
        break;
      case "s":
        out += p(d.getUTCSeconds(), n);
        break;
      case "f":
      case "F":
        out += (p(d.getUTCMilliseconds(), 3) + "0000000").slice(0, n);
        break;
      case "t":
        out += (h < 12 ? "AM" : "PM").slice(0, n);
        break;
      case "z":
      case "K":
        out += n >= 3 || c === "K" ? "+00:00" : "+00";
        break;
      default:
        out += f.slice(i, i + n);
    }
    i += n;
  }
  return out;
}

export class CsGuid extends Host {
  readonly csType = "System.Guid";
  constructor(readonly value: string) {
    super();
  }
  ToByteArray(): Buffer {
    return Buffer.from(this.value.replace(/-/g, ""), "hex");
  }
  ToString(format?: string): string {
    if (format === "N") return this.value.replace(/-/g, "");
    if (format === "B") return `{${this.value}}`;
    if (format === "P") return `(${this.value})`;
    return this.value;
  }
}

/** A .NET dictionary; `ignoreCase` for headers and query (StringComparer.OrdinalIgnoreCase). */
export class CsDict extends Host {
  readonly csType: string = "System.Collections.Generic.Dictionary";
  private readonly map = new Map<string, { key: string; value: unknown }>();
  constructor(
    readonly ignoreCase = false,
    entries?: Iterable<[string, unknown]>,
  ) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }
  private norm(k: string): string {
    return this.ignoreCase ? k.toLowerCase() : k;
  }
  get(k: string): unknown {
    return this.map.get(this.norm(k))?.value;
  }
  has(k: string): boolean {
    return this.map.has(this.norm(k));
  }
  set(k: string, v: unknown): void {
    const existing = this.map.get(this.norm(k));
    this.map.set(this.norm(k), { key: existing ? existing.key : k, value: v });
  }
  delete(k: string): boolean {
    return this.map.delete(this.norm(k));
  }
  entries(): Array<[string, unknown]> {
    return [...this.map.values()].map((e) => [e.key, e.value]);
  }
  get Count(): number {
    return this.map.size;
  }
  get Keys(): string[] {
    return [...this.map.values()].map((e) => e.key);
  }
  get Values(): unknown[] {
    return [...this.map.values()].map((e) => e.value);
  }
  ContainsKey(k: string): boolean {
    return this.has(k);
  }
  /** APIM's extension: headers and query values come back comma-joined. */
  GetValueOrDefault(k: string, def: unknown = null): unknown {
    if (!this.has(k)) return def;
    const v = this.get(k);
    return Array.isArray(v) ? v.join(",") : v;
  }
  GetValueOrDefault$T(typeArgs: string[], k: string, def: unknown = undefined): unknown {
    if (!this.has(k)) return def === undefined ? defaultOf(typeArgs[0]) : def;
    return convertTo(this.get(k), typeArgs[0]);
  }
  TryGetValue(k: string, out: Ref): boolean {
    const ok = this.has(k);
    out.value = ok ? this.get(k) : null;
    return ok;
  }
  Add(k: string, v: unknown): void {
    if (this.has(k)) throw new CsException("System.ArgumentException", `An item with the same key has already been added. Key: ${k}`);
    this.set(k, v);
  }
  Remove(k: string): boolean {
    return this.delete(k);
  }
  indexGet(k: unknown): unknown {
    if (typeof k !== "string") throw new CsException("System.ArgumentNullException", "Value cannot be null. (Parameter 'key')");
    if (!this.has(k)) throw new CsException("System.Collections.Generic.KeyNotFoundException", `The given key '${k}' was not present in the dictionary.`);
    return this.get(k);
  }
  indexSet(k: unknown, v: unknown): void {
    this.set(String(k), v);
  }
}

/** An `out` or `ref` argument. */
export class Ref {
  value: unknown = null;
}

export class KeyValuePair extends Host {
  readonly csType = "System.Collections.Generic.KeyValuePair";
  constructor(
    readonly Key: unknown,
    readonly Value: unknown,
  ) {
    super();
  }
}

export function defaultOf(type: string | undefined): unknown {
  switch (normType(type ?? "")) {
    case "int":
    case "long":
    case "double":
    case "decimal":
    case "float":
    case "byte":
    case "short":
      return 0;
    case "bool":
      return false;
    default:
      return null;
  }
}

const ALIASES: Record<string, string> = {
  String: "string", Int32: "int", Int64: "long", Double: "double", Decimal: "decimal", Boolean: "bool", Char: "char", Byte: "byte", Object: "object", Single: "float", Int16: "short",
};

/** `System.Int32` / `Int32` / `int` -> `int`; namespaces dropped. */
export function normType(name: string): string {
  const short = name.replace(/^(global::)?(System\.Text\.RegularExpressions\.|System\.Security\.Cryptography\.|System\.Collections\.Generic\.|Newtonsoft\.Json\.Linq\.|Newtonsoft\.Json\.|System\.Text\.|System\.Linq\.|System\.Net\.|System\.Globalization\.|System\.)/, "").replace(/\?$/, "");
  return ALIASES[short] ?? short;
}

/** Lazy-bound conversions (values.ts must not import the JSON module at load). */
let converter: (v: unknown, type: string) => unknown = (v) => v;
export function setConverter(fn: (v: unknown, type: string) => unknown): void {
  converter = fn;
}
export function convertTo(v: unknown, type: string | undefined): unknown {
  return type ? converter(v, type) : v;
}
