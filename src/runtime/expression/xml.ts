/**
 * System.Xml.Linq as policies use it: XDocument/XElement from
 * `Body.As<XDocument>()`, `XDocument.Parse`, `XElement.Parse`; navigation
 * (Root, Element(s), Descendants, Attribute(s), Parent), Name with
 * LocalName/NamespaceName, Value, XNamespace + "local", and ToString as .NET
 * formats it (indented by two spaces; SaveOptions.DisableFormatting keeps it
 * on one line). Names match by namespace and local name, as in .NET:
 * `Element("Body")` does not find `soap:Body`; `Element(ns + "Body")` does.
 * Parsed with saxes (the XML parser apimc already uses for policies).
 */
import { SaxesParser } from "saxes";
import { CsException, Host } from "./values";

export class XNamespace extends Host {
  readonly csType = "System.Xml.Linq.XNamespace";
  constructor(readonly NamespaceName: string) {
    super();
  }
  GetName(local: unknown): XName {
    return new XName(String(local), this.NamespaceName);
  }
  ToString(): string {
    return this.NamespaceName;
  }
}

export class XName extends Host {
  readonly csType = "System.Xml.Linq.XName";
  constructor(
    readonly LocalName: string,
    readonly NamespaceName: string = "",
  ) {
    super();
  }
  get Namespace(): XNamespace {
    return new XNamespace(this.NamespaceName);
  }
  ToString(): string {
    return this.NamespaceName ? `{${this.NamespaceName}}${this.LocalName}` : this.LocalName;
  }
  /** `"{ns}local"` or `"local"`, as .NET's implicit string-to-XName conversion reads it. */
  static of(v: unknown): XName {
    if (v instanceof XName) return v;
    if (v === null || v === undefined) throw new CsException("System.ArgumentNullException", "Value cannot be null. (Parameter 'name')");
    const s = String(v);
    const m = /^\{([^}]*)\}(.+)$/.exec(s);
    return m ? new XName(m[2], m[1]) : new XName(s, "");
  }
  equals(o: XName): boolean {
    return this.LocalName === o.LocalName && this.NamespaceName === o.NamespaceName;
  }
}

export class XAttribute extends Host {
  readonly csType = "System.Xml.Linq.XAttribute";
  /** The prefix as written, kept for ToString. */
  constructor(
    readonly Name: XName,
    public Value: string,
    readonly qname: string = Name.LocalName,
  ) {
    super();
  }
  ToString(): string {
    return `${this.qname}="${escAttr(this.Value)}"`;
  }
}

type XChild = XElement | string;

export class XElement extends Host {
  readonly csType: string = "System.Xml.Linq.XElement";
  Parent: XElement | null = null;
  readonly attributes: XAttribute[] = [];
  readonly nodes: XChild[] = [];
  constructor(
    public Name: XName,
    /** The qualified name as written (`soap:Body`), kept for ToString. */
    public qname: string = Name.LocalName,
  ) {
    super();
  }
  static Parse(text: unknown): XElement {
    return parseXml(String(text ?? "")).Root as XElement;
  }
  get Value(): string {
    return this.nodes.map((n) => (typeof n === "string" ? n : n.Value)).join("");
  }
  set Value(v: string) {
    this.nodes.length = 0;
    this.nodes.push(String(v));
  }
  get HasElements(): boolean {
    return this.nodes.some((n) => n instanceof XElement);
  }
  get HasAttributes(): boolean {
    return this.attributes.length > 0;
  }
  get IsEmpty(): boolean {
    return this.nodes.length === 0;
  }
  get FirstAttribute(): XAttribute | null {
    return this.attributes[0] ?? null;
  }
  Element(name: unknown): XElement | null {
    const n = XName.of(name);
    return this.children().find((c) => c.Name.equals(n)) ?? null;
  }
  Elements(name?: unknown): XElement[] {
    const n = name === undefined ? undefined : XName.of(name);
    return this.children().filter((c) => !n || c.Name.equals(n));
  }
  Descendants(name?: unknown): XElement[] {
    const n = name === undefined ? undefined : XName.of(name);
    const out: XElement[] = [];
    const walk = (e: XElement): void => {
      for (const c of e.children()) {
        if (!n || c.Name.equals(n)) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
  DescendantsAndSelf(name?: unknown): XElement[] {
    const n = name === undefined ? undefined : XName.of(name);
    return [...(!n || this.Name.equals(n) ? [this] : []), ...this.Descendants(name)];
  }
  Ancestors(name?: unknown): XElement[] {
    const n = name === undefined ? undefined : XName.of(name);
    const out: XElement[] = [];
    for (let p = this.Parent; p; p = p.Parent) if (!n || p.Name.equals(n)) out.push(p);
    return out;
  }
  Attribute(name: unknown): XAttribute | null {
    const n = XName.of(name);
    return this.attributes.find((a) => a.Name.equals(n)) ?? null;
  }
  Attributes(name?: unknown): XAttribute[] {
    const n = name === undefined ? undefined : XName.of(name);
    return this.attributes.filter((a) => !n || a.Name.equals(n));
  }
  SetAttributeValue(name: unknown, value: unknown): void {
    const n = XName.of(name);
    const i = this.attributes.findIndex((a) => a.Name.equals(n));
    if (value === null || value === undefined) {
      if (i >= 0) this.attributes.splice(i, 1);
    } else if (i >= 0) this.attributes[i].Value = String(value);
    else this.attributes.push(new XAttribute(n, String(value)));
  }
  SetElementValue(name: unknown, value: unknown): void {
    const el = this.Element(name);
    if (value === null || value === undefined) {
      if (el) el.Remove();
    } else if (el) el.Value = String(value);
    else {
      const c = new XElement(XName.of(name));
      c.Value = String(value);
      this.Add(c);
    }
  }
  Add(...content: unknown[]): void {
    for (const c of content.flat()) {
      if (c === null || c === undefined) continue;
      if (c instanceof XAttribute) this.attributes.push(c);
      else if (c instanceof XElement) {
        const copy = c.Parent ? c.clone() : c;
        copy.Parent = this;
        this.nodes.push(copy);
      } else this.nodes.push(String(c));
    }
  }
  Remove(): void {
    const p = this.Parent;
    if (!p) throw new CsException("System.InvalidOperationException", "The parent is missing.");
    const i = p.nodes.indexOf(this);
    if (i >= 0) p.nodes.splice(i, 1);
    this.Parent = null;
  }
  ToString(options?: unknown): string {
    return serialize(this, options !== "DisableFormatting", "");
  }
  children(): XElement[] {
    return this.nodes.filter((n): n is XElement => n instanceof XElement);
  }
  clone(): XElement {
    const e = new XElement(this.Name, this.qname);
    for (const a of this.attributes) e.attributes.push(new XAttribute(a.Name, a.Value, a.qname));
    for (const n of this.nodes) {
      if (typeof n === "string") e.nodes.push(n);
      else {
        const c = n.clone();
        c.Parent = e;
        e.nodes.push(c);
      }
    }
    return e;
  }
}

/** A document: its one root element, reached with Root (or the same navigation as an element). */
export class XDocument extends XElement {
  override readonly csType = "System.Xml.Linq.XDocument";
  constructor() {
    super(new XName("#document"), "");
  }
  static override Parse(text: unknown): XDocument {
    return parseXml(String(text ?? ""));
  }
  get Root(): XElement | null {
    return this.children()[0] ?? null;
  }
  override ToString(options?: unknown): string {
    const r = this.Root;
    return r ? r.ToString(options) : "";
  }
}

function escText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escAttr(s: string): string {
  return escText(s).replace(/"/g, "&quot;");
}

function serialize(e: XElement, indent: boolean, pad: string): string {
  const attrs = e.attributes.map((a) => ` ${a.ToString()}`).join("");
  if (!e.nodes.length) return `<${e.qname}${attrs} />`;
  // .NET indents only element-only content; mixed content stays as written.
  const elementOnly = e.nodes.every((n) => n instanceof XElement);
  if (!indent || !elementOnly) return `<${e.qname}${attrs}>${e.nodes.map((n) => (typeof n === "string" ? escText(n) : serialize(n, false, ""))).join("")}</${e.qname}>`;
  const inner = pad + "  ";
  return `<${e.qname}${attrs}>${e.nodes.map((n) => `\n${inner}${serialize(n as XElement, true, inner)}`).join("")}\n${pad}</${e.qname}>`;
}

/** Parses a document; whitespace-only text between elements is dropped, as LoadOptions.None does. Malformed XML throws XmlException. */
export function parseXml(text: string): XDocument {
  const doc = new XDocument();
  const stack: XElement[] = [doc];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on("opentag", (t) => {
    const el = new XElement(new XName(t.local, t.uri ?? ""), t.name);
    for (const a of Object.values(t.attributes)) {
      const att = a as { name: string; local: string; uri: string; value: string };
      // Namespace declarations are attributes in .NET too (xmlns, xmlns:p).
      const uri = att.name === "xmlns" ? "" : att.uri;
      el.attributes.push(new XAttribute(new XName(att.name === "xmlns" ? "xmlns" : att.local, uri), att.value, att.name));
    }
    const parent = stack[stack.length - 1];
    // The root's Parent is null in .NET (it has a Document instead).
    el.Parent = parent === doc ? null : parent;
    parent.nodes.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (s: string): void => {
    const top = stack[stack.length - 1];
    if (top === doc) return;
    const last = top.nodes[top.nodes.length - 1];
    if (typeof last === "string") top.nodes[top.nodes.length - 1] = last + s;
    else top.nodes.push(s);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text).close();
  } catch (e) {
    throw new CsException("System.Xml.XmlException", (e as Error).message);
  }
  if (!doc.Root) throw new CsException("System.Xml.XmlException", "Root element is missing.");
  // Whitespace-only text between elements is insignificant.
  const trim = (el: XElement): void => {
    if (el.nodes.some((n) => n instanceof XElement)) {
      for (let i = el.nodes.length - 1; i >= 0; i--) if (typeof el.nodes[i] === "string" && (el.nodes[i] as string).trim() === "") el.nodes.splice(i, 1);
    }
    el.children().forEach(trim);
  };
  trim(doc);
  return doc;
}
