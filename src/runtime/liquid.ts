/**
 * `set-body template="liquid"` with liquidjs, configured like APIM's DotLiquid
 * in "C# mode": filters are written in PascalCase (`AtLeast`, `Default`,
 * `Date:"yyyy-MM-dd"` with .NET format strings), and the documented list of
 * filters is available (Abs ... UrlEncode); the usual Liquid tags (if/elsif/
 * else/unless, case/when, for with forloop, assign, capture, comment, raw)
 * come from liquidjs. Names are looked up case-insensitively when the exact
 * name is missing (headers and query parameters are case-insensitive in
 * APIM). An unknown filter or a broken tag is a LiquidError, which the engine
 * turns into an on-error failure at the policy's file:line:col.
 */
import type { Liquid, Template } from "liquidjs";
import { formatDate } from "./expression/values";
import { XElement } from "./expression/xml";

export type LiquidScope = Record<string, unknown>;

export class LiquidError extends Error {}

/** DotLiquid's filter names (Microsoft's list for set-body) mapped to liquidjs's implementations. */
const ALIASES: Record<string, string> = {
  Abs: "abs", Append: "append", AtLeast: "at_least", AtMost: "at_most", Capitalize: "capitalize", Compact: "compact", Default: "default", DividedBy: "divided_by",
  Downcase: "downcase", Escape: "escape", First: "first", H: "escape", Join: "join", Last: "last", Lstrip: "lstrip", Map: "map", Minus: "minus", Modulo: "modulo",
  NewlineToBr: "newline_to_br", Plus: "plus", Prepend: "prepend", Remove: "remove", RemoveFirst: "remove_first", Replace: "replace", ReplaceFirst: "replace_first",
  Round: "round", Rstrip: "rstrip", Size: "size", Slice: "slice", Sort: "sort", Split: "split", Strip: "strip", StripHtml: "strip_html", StripNewlines: "strip_newlines",
  Times: "times", Truncate: "truncate", TruncateWords: "truncatewords", Uniq: "uniq", Upcase: "upcase", UrlDecode: "url_decode", UrlEncode: "url_encode",
};
// liquidjs is loaded on first render: every command that imports apimc's index (validate, compile,
// diff) would otherwise pay for it, and only a set-body template="liquid" needs it.
let engineInstance: Liquid | undefined;

function engine(): Liquid {
  if (engineInstance) return engineInstance;
  const { Liquid: LiquidEngine } = require("liquidjs") as typeof import("liquidjs");
  const e = new LiquidEngine({ strictFilters: true, ownPropertyOnly: false });
  for (const [pascal, impl] of Object.entries(ALIASES)) e.registerFilter(pascal, e.filters[impl]);
  // Date with a .NET format string (C# mode), as Microsoft's sample `{{body.x | Date:"yyyyMMddTHH:mm:ssZ"}}`.
  e.registerFilter("Date", (v: unknown, format?: unknown) => {
    const ms = v instanceof Date ? v.getTime() : typeof v === "number" ? v : v === "now" || v === "today" ? Date.now() : Date.parse(String(v ?? ""));
    if (Number.isNaN(ms)) return v;
    return formatDate(ms, format === undefined ? "G" : String(format));
  });
  // Currency: the invariant culture's format (APIM's gateway culture), two decimals.
  e.registerFilter("Currency", (v: unknown) => {
    const n = Number(v);
    return Number.isFinite(n) ? `¤${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : v;
  });
  engineInstance = e;
  return e;
}

const parsed = new Map<string, Template[]>();

/** Objects read case-insensitively: the exact name first, then any casing. */
function caseInsensitive(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof Date) return Array.isArray(v) ? v.map(caseInsensitive) : v;
  return new Proxy(v as Record<string, unknown>, {
    get(target, key) {
      if (typeof key !== "string") return undefined;
      if (Object.prototype.hasOwnProperty.call(target, key)) return caseInsensitive(target[key]);
      const k = Object.keys(target).find((x) => x.toLowerCase() === key.toLowerCase());
      return k === undefined ? undefined : caseInsensitive(target[k]);
    },
  });
}

export function renderLiquid(template: string, scope: LiquidScope): string {
  let tpl = parsed.get(template);
  try {
    if (!tpl) {
      tpl = engine().parse(template);
      parsed.set(template, tpl);
    }
    return engine().renderSync(tpl, caseInsensitive(scope) as LiquidScope) as string;
  } catch (e) {
    throw new LiquidError(`Liquid template failed: ${(e as Error).message.split("\n")[0]}`);
  }
}

/**
 * An XML body as Liquid sees it: elements by local name (prefixes dropped, so
 * `body.Envelope.Body.GetOrder.id` reads a SOAP message), attributes as
 * fields, text-only elements as strings, repeated elements as lists.
 */
export function liquidXml(doc: XElement): Record<string, unknown> {
  const conv = (e: XElement): unknown => {
    const kids = e.children();
    const attrs = e.attributes.filter((a) => a.qname !== "xmlns" && !a.qname.startsWith("xmlns:"));
    if (!kids.length && !attrs.length) return e.Value;
    const o: Record<string, unknown> = {};
    for (const a of attrs) o[a.Name.LocalName] = a.Value;
    for (const c of kids) {
      const k = c.Name.LocalName;
      const v = conv(c);
      o[k] = k in o ? (Array.isArray(o[k]) ? [...(o[k] as unknown[]), v] : [o[k], v]) : v;
    }
    return o;
  };
  const root = doc.children()[0];
  return root ? { [root.Name.LocalName]: conv(root) } : {};
}
