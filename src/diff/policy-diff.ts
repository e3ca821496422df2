/**
 * Semantic policy diff: element by element and attribute by attribute, with
 * XML paths. Whitespace, attribute order, quoting, entity spelling and
 * comments are formatting, so they never count as a change; element order
 * inside a parent does (APIM runs policies in order).
 */
import type { PolicyDocument, PolicyElement, PolicyNode } from "../policy/types";
import type { PropertyChange } from "./types";

/** Attributes that name an element among same-named siblings, so edits are matched to the right one. */
const IDENTITY_ATTRS = ["id", "name", "variable-name"];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(value: string): string {
  // Expressions are byte-for-byte; entity spelling elsewhere is formatting.
  if (value.startsWith("@")) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function textOf(node: PolicyNode): string | undefined {
  if (node.type === "text" || node.type === "cdata") {
    const t = node.type === "text" ? decode(node.text.trim()) : node.text.trim();
    return t === "" ? undefined : t;
  }
  return undefined;
}

function elements(el: PolicyElement): PolicyElement[] {
  return el.children.filter((c): c is PolicyElement => c.type === "element");
}

function texts(el: PolicyElement): string | undefined {
  const parts = el.children.map(textOf).filter((t): t is string => t !== undefined);
  return parts.length ? parts.join(" ") : undefined;
}

function attrMap(el: PolicyElement): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of el.attributes) m.set(a.name, decode(a.value));
  return m;
}

function quoteAttr(v: string): string {
  return v.includes("'") ? `"${v}"` : `'${v}'`;
}

/** Path segments for each child element, unique among siblings: `set-header[@name='X']`, or `choose[2]`. */
function keyed(children: PolicyElement[]): Array<{ key: string; el: PolicyElement }> {
  const base = children.map((el) => {
    const attrs = attrMap(el);
    const idAttr = IDENTITY_ATTRS.find((a) => attrs.has(a));
    return idAttr ? `${el.name}[@${idAttr}=${quoteAttr(attrs.get(idAttr) ?? "")}]` : el.name;
  });
  const total = new Map<string, number>();
  for (const k of base) total.set(k, (total.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  return children.map((el, i) => {
    const k = base[i];
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return { key: (total.get(k) ?? 0) > 1 || n > 1 ? `${k}[${n}]` : k, el };
  });
}

/** One-line XML of an element, for added and removed elements. */
export function elementText(el: PolicyElement): string {
  const attrs = el.attributes.map((a) => ` ${a.name}="${a.value}"`).join("");
  const inner = el.children
    .map((c) => (c.type === "element" ? elementText(c) : textOf(c) ?? ""))
    .join("");
  return inner ? `<${el.name}${attrs}>${inner}</${el.name}>` : `<${el.name}${attrs} />`;
}

function diffElement(before: PolicyElement, after: PolicyElement, path: string, out: PropertyChange[]): void {
  const ba = attrMap(before);
  const aa = attrMap(after);
  for (const name of [...new Set([...ba.keys(), ...aa.keys()])].sort()) {
    const b = ba.get(name);
    const a = aa.get(name);
    if (b === a) continue;
    const e: PropertyChange = { path: `${path}/@${name}` };
    if (b !== undefined) e.before = b;
    if (a !== undefined) e.after = a;
    out.push(e);
  }
  const bt = texts(before);
  const at = texts(after);
  if (bt !== at) {
    const e: PropertyChange = { path: `${path}/text()` };
    if (bt !== undefined) e.before = bt;
    if (at !== undefined) e.after = at;
    out.push(e);
  }
  const bk = keyed(elements(before));
  const ak = keyed(elements(after));
  const bMap = new Map(bk.map((c) => [c.key, c.el]));
  const aMap = new Map(ak.map((c) => [c.key, c.el]));
  for (const c of bk) {
    const other = aMap.get(c.key);
    if (other) diffElement(c.el, other, `${path}/${c.key}`, out);
    else out.push({ path: `${path}/${c.key}`, before: elementText(c.el) });
  }
  for (const c of ak) if (!bMap.has(c.key)) out.push({ path: `${path}/${c.key}`, after: elementText(c.el) });
  const bOrder = bk.filter((c) => aMap.has(c.key)).map((c) => c.key);
  const aOrder = ak.filter((c) => bMap.has(c.key)).map((c) => c.key);
  if (bOrder.join("\n") !== aOrder.join("\n")) out.push({ path: `${path}/*order*`, before: bOrder, after: aOrder });
}

/** Changes between two policy documents; empty when they differ only in formatting. */
export function diffPolicyDocuments(before: PolicyDocument | undefined, after: PolicyDocument | undefined): PropertyChange[] {
  const out: PropertyChange[] = [];
  if (!before && !after) return out;
  if (!before && after) return [{ path: `/${after.root.name}`, after: elementText(after.root) }];
  if (before && !after) return [{ path: `/${before.root.name}`, before: elementText(before.root) }];
  const b = before as PolicyDocument;
  const a = after as PolicyDocument;
  if (b.root.name !== a.root.name) return [{ path: "/", before: elementText(b.root), after: elementText(a.root) }];
  diffElement(b.root, a.root, `/${a.root.name}`, out);
  return out;
}
