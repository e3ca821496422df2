/**
 * The Liquid subset APIM's set-body template="liquid" samples use:
 * `{{ path }}` output with `| Default: x` (and a few string filters),
 * `{% if a == b %}...{% elsif %}...{% else %}...{% endif %}`,
 * `{% for x in list %}...{% endfor %}`. Paths read `body.*` and `context.*`
 * (Request.Headers.X, Request.Url.Query.X, Variables, ...).
 */
export type LiquidScope = Record<string, unknown>;

type Node = { t: "text"; v: string } | { t: "out"; expr: string } | { t: "if"; branches: Array<{ cond?: string; body: Node[] }> } | { t: "for"; name: string; list: string; body: Node[] };

export class LiquidError extends Error {}

export function renderLiquid(template: string, scope: LiquidScope): string {
  const tokens = template.split(/(\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\})/).filter((s) => s !== "");
  let i = 0;
  const parse = (until: string[]): { nodes: Node[]; end?: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const tok = tokens[i++];
      if (tok.startsWith("{{")) nodes.push({ t: "out", expr: tok.slice(2, -2).trim() });
      else if (tok.startsWith("{%")) {
        const tag = tok.slice(2, -2).trim().replace(/^-|-$/g, "").trim();
        const word = tag.split(/\s+/)[0];
        if (until.includes(word)) return { nodes, end: tag };
        if (word === "if" || word === "unless") {
          const branches: Array<{ cond?: string; body: Node[] }> = [];
          let cond: string | undefined = word === "unless" ? `!(${tag.slice(6).trim()})` : tag.slice(2).trim();
          for (;;) {
            const r = parse(["elsif", "else", "endif", "endunless"]);
            branches.push({ cond, body: r.nodes });
            if (!r.end || r.end.startsWith("endif") || r.end.startsWith("endunless")) break;
            cond = r.end.startsWith("elsif") ? r.end.slice(5).trim() : undefined;
          }
          nodes.push({ t: "if", branches });
        } else if (word === "for") {
          const m = /^for\s+(\w+)\s+in\s+(\S+)$/.exec(tag);
          if (!m) throw new LiquidError(`Unsupported Liquid loop: {% ${tag} %}`);
          const r = parse(["endfor"]);
          nodes.push({ t: "for", name: m[1], list: m[2], body: r.nodes });
        } else if (word === "comment") {
          parse(["endcomment"]);
        } else throw new LiquidError(`Unsupported Liquid tag: {% ${tag} %}`);
      } else nodes.push({ t: "text", v: tok });
    }
    return { nodes };
  };
  const tree = parse([]).nodes;
  const out: string[] = [];
  const run = (nodes: Node[], s: LiquidScope) => {
    for (const n of nodes) {
      if (n.t === "text") out.push(n.v);
      else if (n.t === "out") out.push(stringify(output(n.expr, s)));
      else if (n.t === "if") {
        const b = n.branches.find((x) => x.cond === undefined || condition(x.cond, s));
        if (b) run(b.body, s);
      } else {
        const list = lookup(n.list, s);
        const items = Array.isArray(list) ? list : list && typeof list === "object" ? Object.values(list) : [];
        items.forEach((item, index) => run(n.body, { ...s, [n.name]: item, forloop: { index: index + 1, index0: index, first: index === 0, last: index === items.length - 1 } }));
      }
    }
  };
  run(tree, scope);
  return out.join("");
}

function stringify(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function output(expr: string, s: LiquidScope): unknown {
  const [head, ...filters] = splitFilters(expr);
  let v = operand(head, s);
  for (const f of filters) {
    const m = /^(\w+)\s*(?::\s*(.*))?$/.exec(f.trim());
    if (!m) continue;
    const arg = m[2] !== undefined ? operand(m[2].trim(), s) : undefined;
    switch (m[1].toLowerCase()) {
      case "default":
        if (v === null || v === undefined || v === "" || v === false) v = arg;
        break;
      case "upcase":
        v = stringify(v).toUpperCase();
        break;
      case "downcase":
        v = stringify(v).toLowerCase();
        break;
      case "size":
        v = Array.isArray(v) || typeof v === "string" ? v.length : 0;
        break;
      case "append":
        v = stringify(v) + stringify(arg);
        break;
      case "prepend":
        v = stringify(arg) + stringify(v);
        break;
      case "json":
        v = JSON.stringify(v ?? null);
        break;
      default:
        throw new LiquidError(`Unsupported Liquid filter: ${m[1]}`);
    }
  }
  return v;
}

function splitFilters(expr: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q: string | null = null;
  for (const c of expr) {
    if (q) {
      if (c === q) q = null;
      cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      cur += c;
    } else if (c === "|") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim());
}

function operand(tok: string, s: LiquidScope): unknown {
  const t = tok.trim();
  if (/^(['"]).*\1$/.test(t)) return t.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  if (t === "nil" || t === "null") return null;
  return lookup(t, s);
}

function condition(cond: string, s: LiquidScope): boolean {
  if (cond.startsWith("!(")) return !condition(cond.slice(2, -1), s);
  const ors = cond.split(/\s+or\s+/);
  return ors.some((o) => o.split(/\s+and\s+/).every((a) => comparison(a.trim(), s)));
}

function comparison(c: string, s: LiquidScope): boolean {
  const m = /^(.+?)\s*(==|!=|<>|>=|<=|>|<|contains)\s*(.+)$/.exec(c);
  if (!m) {
    const v = operand(c, s);
    return v !== null && v !== undefined && v !== false;
  }
  const a = operand(m[1], s);
  const b = operand(m[3], s);
  switch (m[2]) {
    case "==":
      return a === b;
    case "!=":
    case "<>":
      return a !== b;
    case ">":
      return (a as number) > (b as number);
    case "<":
      return (a as number) < (b as number);
    case ">=":
      return (a as number) >= (b as number);
    case "<=":
      return (a as number) <= (b as number);
    default:
      return Array.isArray(a) ? a.includes(b) : typeof a === "string" && a.includes(String(b));
  }
}

function lookup(path: string, s: LiquidScope): unknown {
  const parts = path.replace(/\[(\d+)\]/g, ".$1").replace(/\[["']([^"']+)["']\]/g, ".$1").split(".").filter(Boolean);
  let cur: unknown = s;
  for (const p of parts) {
    if (cur === null || cur === undefined) return undefined;
    if (typeof cur === "object") {
      const o = cur as Record<string, unknown>;
      if (p in o) cur = o[p];
      else {
        // Header and query names are case-insensitive.
        const k = Object.keys(o).find((x) => x.toLowerCase() === p.toLowerCase());
        cur = k === undefined ? (p === "size" && Array.isArray(cur) ? cur.length : undefined) : o[k];
      }
    } else return undefined;
  }
  return cur;
}
