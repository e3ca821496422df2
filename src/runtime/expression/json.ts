/** Newtonsoft.Json.Linq semantics: JObject, JArray, JValue, JProperty over plain JSON. */
import { CsException, Host } from "./values";

export abstract class JToken extends Host {
  abstract toJson(): unknown;
  get Type(): string {
    const j = this.toJson();
    if (this instanceof JObject) return "Object";
    if (this instanceof JArray) return "Array";
    if (j === null) return "Null";
    if (typeof j === "string") return "String";
    if (typeof j === "boolean") return "Boolean";
    return Number.isInteger(j) ? "Integer" : "Float";
  }
  get HasValues(): boolean {
    return (this instanceof JObject && this.props.size > 0) || (this instanceof JArray && this.items.length > 0);
  }
  ToString(formatting?: string): string {
    const j = this.toJson();
    if (this instanceof JValue) return j === null ? "" : typeof j === "boolean" ? (j ? "True" : "False") : String(j);
    // Newtonsoft's JToken.ToString() is indented by default.
    return formatting === "None" ? JSON.stringify(j) : JSON.stringify(j, null, 2);
  }
  Value$T(typeArgs: string[], key?: unknown): unknown {
    const tok = key === undefined ? this : this.indexGet(key);
    if (tok === null || tok === undefined) return null;
    return jsonConvert(tok, typeArgs[0]);
  }
  Values$T(typeArgs: string[]): unknown[] {
    const items = this instanceof JArray ? this.items : this instanceof JObject ? [...this.props.values()] : [];
    return items.map((t) => jsonConvert(t, typeArgs[0]));
  }
  ToObject$T(typeArgs: string[]): unknown {
    return jsonConvert(this, typeArgs[0]);
  }
  SelectToken(path: string): JToken | null {
    const segs = path.replace(/^\$\.?/, "").split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== "");
    return segs.reduce<JToken | null>((cur, seg) => {
      if (!cur) return null;
      if (/^\d+$/.test(seg) && cur instanceof JArray) return cur.items[Number(seg)] ?? null;
      if (cur instanceof JObject) return cur.props.get(seg) ?? null;
      return null;
    }, this);
  }
  DeepClone(): JToken {
    return toJToken(structuredClone(this.toJson()));
  }
  indexGet(key: unknown): JToken | null {
    void key;
    throw new CsException("System.InvalidOperationException", `Cannot access child value on ${this.constructor.name}.`);
  }
  indexSet(key: unknown, v: unknown): void {
    void key;
    void v;
    throw new CsException("System.InvalidOperationException", `Cannot set child value on ${this.constructor.name}.`);
  }
}

export class JValue extends JToken {
  readonly csType = "Newtonsoft.Json.Linq.JValue";
  constructor(readonly value: string | number | boolean | null) {
    super();
  }
  get Value(): unknown {
    return this.value;
  }
  toJson(): unknown {
    return this.value;
  }
}

export class JProperty extends JToken {
  readonly csType = "Newtonsoft.Json.Linq.JProperty";
  constructor(
    readonly Name: string,
    public Value: JToken,
  ) {
    super();
  }
  toJson(): unknown {
    return { [this.Name]: this.Value.toJson() };
  }
}

export class JObject extends JToken {
  readonly csType = "Newtonsoft.Json.Linq.JObject";
  readonly props = new Map<string, JToken>();
  toJson(): unknown {
    const o: Record<string, unknown> = {};
    for (const [k, v] of this.props) o[k] = v.toJson();
    return o;
  }
  override indexGet(key: unknown): JToken | null {
    if (typeof key !== "string") throw new CsException("System.ArgumentException", "Accessed JObject values with invalid key value. Object property name expected.");
    return this.props.get(key) ?? null;
  }
  override indexSet(key: unknown, v: unknown): void {
    this.props.set(String(key), toJToken(v));
  }
  Add(name: string, v: unknown): void {
    if (this.props.has(name)) throw new CsException("System.ArgumentException", `Can not add property ${name} to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.`);
    this.props.set(name, toJToken(v));
  }
  Remove(name: string): boolean {
    return this.props.delete(name);
  }
  ContainsKey(name: string): boolean {
    return this.props.has(name);
  }
  Property(name: string): JProperty | null {
    const v = this.props.get(name);
    return v ? new JProperty(name, v) : null;
  }
  Properties(): JProperty[] {
    return [...this.props].map(([k, v]) => new JProperty(k, v));
  }
  GetValue(name: string): JToken | null {
    return this.props.get(name) ?? null;
  }
  TryGetValue(name: string, out: { value: unknown }): boolean {
    out.value = this.props.get(name) ?? null;
    return this.props.has(name);
  }
  get Count(): number {
    return this.props.size;
  }
}

export class JArray extends JToken {
  readonly csType = "Newtonsoft.Json.Linq.JArray";
  constructor(readonly items: JToken[] = []) {
    super();
  }
  toJson(): unknown {
    return this.items.map((t) => t.toJson());
  }
  override indexGet(key: unknown): JToken | null {
    if (typeof key !== "number") throw new CsException("System.ArgumentException", "Accessed JArray values with invalid key value. Int32 array index expected.");
    if (key < 0 || key >= this.items.length) throw new CsException("System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection.");
    return this.items[key];
  }
  override indexSet(key: unknown, v: unknown): void {
    this.items[Number(key)] = toJToken(v);
  }
  Add(v: unknown): void {
    this.items.push(toJToken(v));
  }
  get Count(): number {
    return this.items.length;
  }
}

/** JSON (or a CLR value) to a JToken. */
export function toJToken(v: unknown): JToken {
  if (v instanceof JToken) return v;
  if (v === null || v === undefined) return new JValue(null);
  if (Array.isArray(v)) return new JArray(v.map(toJToken));
  if (typeof v === "object" && (v as object).constructor === Object) {
    const o = new JObject();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o.props.set(k, toJToken(x));
    return o;
  }
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return new JValue(v);
  if (v instanceof Host && "ToString" in v) return new JValue(String((v as unknown as { ToString(): string }).ToString()));
  return new JValue(String(v));
}

export function parseJson(text: string, what: "JObject" | "JArray" | "JToken"): JToken {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    throw new CsException("Newtonsoft.Json.JsonReaderException", `Unexpected character encountered while parsing value: ${(e as Error).message}`);
  }
  const t = toJToken(j);
  if (what === "JObject" && !(t instanceof JObject)) throw new CsException("Newtonsoft.Json.JsonReaderException", `Error reading JObject from JsonReader. Current JsonReader item is not an object.`);
  if (what === "JArray" && !(t instanceof JArray)) throw new CsException("Newtonsoft.Json.JsonReaderException", `Error reading JArray from JsonReader. Current JsonReader item is not an array.`);
  return t;
}

/** Explicit conversion of a JToken to a CLR type (`(string)tok`, `Value<int>()`). */
export function jsonConvert(tok: JToken, type: string | undefined): unknown {
  const t = (type ?? "").replace(/^Newtonsoft\.Json\.Linq\./, "");
  if (t === "JObject" || t === "JArray" || t === "JToken" || t === "JValue" || t === "object" || t === "") return tok;
  const v = tok.toJson();
  if (v === null) return null;
  switch (t) {
    case "string":
      return tok instanceof JValue ? tok.ToString() : tok.ToString();
    case "int":
    case "long": {
      const n = typeof v === "string" ? Number(v) : typeof v === "boolean" ? Number(v) : v;
      if (typeof n !== "number" || Number.isNaN(n)) throw new CsException("System.FormatException", `Could not convert to ${t}: ${JSON.stringify(v)}.`);
      return Math.trunc(n);
    }
    case "double":
    case "decimal":
    case "float": {
      const n = Number(v);
      if (Number.isNaN(n)) throw new CsException("System.FormatException", `Could not convert to ${t}: ${JSON.stringify(v)}.`);
      return n;
    }
    case "bool":
      if (typeof v === "boolean") return v;
      if (typeof v === "string" && /^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
      throw new CsException("System.FormatException", `Could not convert to bool: ${JSON.stringify(v)}.`);
  }
  throw new CsException("System.InvalidCastException", `Cannot convert ${tok.csType} to ${type}.`);
}
