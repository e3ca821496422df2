/** json-to-xml and xml-to-json as APIM does them for common documents. */
import { SaxesParser } from "saxes";

export interface JsonToXmlOptions {
  /** `attribute-block-name`: a property of this name holds the element's attributes. */
  attributeBlockName?: string;
  /** `namespace-separator`: in a property name, separates the namespace prefix from the local name. */
  namespaceSeparator?: string;
  /** `namespace-prefix`: properties named with it (`xmlns`, `xmlns<sep>p`) declare namespaces, as attributes. */
  namespacePrefix?: string;
}

export function jsonToXml(json: unknown, opts: JsonToXmlOptions = {}): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const escAttr = (s: string) => esc(s).replace(/"/g, "&quot;");
  const sep = opts.namespaceSeparator;
  const qualified = (s: string) => (sep && sep !== ":" && s.includes(sep) ? s.replace(sep, ":") : s);
  const name = (s: string) => {
    const q = qualified(s);
    return /^[A-Za-z_][\w.:-]*$/.test(q) ? q : q.replace(/[^\w.:-]/g, "_").replace(/^([^A-Za-z_])/, "_$1");
  };
  const isNsDecl = (k: string) => opts.namespacePrefix !== undefined && (k === opts.namespacePrefix || k.startsWith(`${opts.namespacePrefix}${sep ?? ":"}`));
  const el = (n: string, v: unknown): string => {
    if (Array.isArray(v)) return v.map((x) => el(n, x)).join("");
    if (v === null || v === undefined) return `<${name(n)} />`;
    if (typeof v === "object") {
      let attrs = "";
      let inner = "";
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (opts.attributeBlockName !== undefined && k === opts.attributeBlockName && x && typeof x === "object" && !Array.isArray(x)) {
          for (const [ak, av] of Object.entries(x as Record<string, unknown>)) attrs += ` ${name(ak)}="${escAttr(av === null || av === undefined ? "" : String(av))}"`;
        } else if (isNsDecl(k) && (typeof x === "string" || typeof x === "number")) {
          attrs += ` ${name(k)}="${escAttr(String(x))}"`;
        } else inner += el(k, x);
      }
      return inner ? `<${name(n)}${attrs}>${inner}</${name(n)}>` : `<${name(n)}${attrs} />`;
    }
    return `<${name(n)}>${esc(String(v))}</${name(n)}>`;
  };
  if (json && typeof json === "object" && !Array.isArray(json)) {
    const entries = Object.entries(json as Record<string, unknown>);
    if (entries.length === 1) return `<?xml version="1.0" encoding="utf-8"?>${el(entries[0][0], entries[0][1])}`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>${el("Document", json)}`;
}

interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

/** `alwaysArray` (always-array-child-elements): every child element becomes a list, even a single one. */
export function xmlToJson(xml: string, kind: "direct" | "javascript-friendly", alwaysArray = false): unknown {
  const parser = new SaxesParser({ xmlns: false });
  const root: XNode = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: XNode[] = [root];
  parser.on("opentag", (t) => {
    const n: XNode = { name: t.name, attrs: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, String(v)])), children: [], text: "" };
    stack[stack.length - 1].children.push(n);
    stack.push(n);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.write(xml).close();
  const conv = (n: XNode): unknown => {
    const hasAttrs = Object.keys(n.attrs).length > 0;
    const text = n.text.trim();
    if (!n.children.length && !hasAttrs) return text === "" ? null : text;
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n.attrs)) o[kind === "direct" ? `@${k}` : k] = v;
    for (const c of n.children) {
      const v = conv(c);
      if (c.name in o) o[c.name] = Array.isArray(o[c.name]) ? [...(o[c.name] as unknown[]), v] : [o[c.name], v];
      else o[c.name] = alwaysArray ? [v] : v;
    }
    if (text) o[kind === "direct" ? "#text" : "$"] = text;
    return o;
  };
  const top = root.children[0];
  if (!top) return null;
  return { [top.name]: conv(top) };
}
