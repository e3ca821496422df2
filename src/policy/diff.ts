/**
 * Semantic policy diff. Sibling elements are matched by identity (element name
 * plus its key attribute, see `diff-keys.ts`) with a longest common
 * subsequence, so an insertion is one `added` change; an element whose
 * identity is on both sides but out of order is `moved`, because APIM runs
 * policies in order. Matched elements are then compared attribute by
 * attribute and body by body. It works on parsed trees, which are already
 * canonical, and compares entity-decoded values, so a reformat is no change.
 * Literal credentials (see secrets.ts) are compared but printed as `(sensitive)`.
 */
import { identityOf, pathSteps } from "./diff-keys";
import { printElementText } from "./print";
import { isSecretAttribute, isSecretBody, maskPolicySecrets, maskSecretValue } from "./secrets";
import type { PolicyDocument, PolicyElement } from "./types";

export interface PolicyChange {
  /** `moved`: same element, new position among its element siblings; `before`/`after` are the 1-based positions. */
  change: "added" | "removed" | "changed" | "moved";
  /** e.g. `/policies/inbound/set-header[@name='x-request-id']/@exists-action`, `/policies/inbound/rate-limit`, `.../value/text()`. */
  path: string;
  before?: string;
  after?: string;
}

export function diffPolicies(before: PolicyDocument, after: PolicyDocument): PolicyChange[] {
  const out: PolicyChange[] = [];
  if (before.root.name !== after.root.name) {
    out.push({ change: "changed", path: "/", before: printMasked(before.root), after: printMasked(after.root) });
    return out;
  }
  compareElements(before.root, after.root, `/${after.root.name}`, out);
  return out;
}

function compareElements(a: PolicyElement, b: PolicyElement, path: string, out: PolicyChange[], pa?: PolicyElement, pb?: PolicyElement): void {
  const seen = new Set<string>();
  const show = (name: string, v: string): string => (isSecretAttribute(a, name) || isSecretAttribute(b, name) ? maskSecretValue(v) : v);
  for (const attr of a.attributes) {
    seen.add(attr.name);
    const other = b.attributes.find((x) => x.name === attr.name);
    if (!other) out.push({ change: "removed", path: `${path}/@${attr.name}`, before: show(attr.name, attr.value) });
    else if (decodeXml(other.value) !== decodeXml(attr.value)) out.push({ change: "changed", path: `${path}/@${attr.name}`, before: show(attr.name, attr.value), after: show(attr.name, other.value) });
  }
  for (const attr of b.attributes) {
    if (!seen.has(attr.name)) out.push({ change: "added", path: `${path}/@${attr.name}`, after: show(attr.name, attr.value) });
  }
  if (canonicalText(a) !== canonicalText(b)) {
    const secret = isSecretBody(a, pa) || isSecretBody(b, pb);
    const body = (t: string): string => (secret ? maskSecretValue(t) : t);
    out.push({ change: "changed", path: `${path}/text()`, before: body(rawText(a)), after: body(rawText(b)) });
  }
  compareChildren(kids(a), kids(b), path, out, a, b);
}

function printMasked(el: PolicyElement, parent?: PolicyElement): string {
  return printElementText(maskPolicySecrets(el, parent));
}

function compareChildren(ka: PolicyElement[], kb: PolicyElement[], path: string, out: PolicyChange[], parentA: PolicyElement, parentB: PolicyElement): void {
  const pa = pathSteps(ka);
  const pb = pathSteps(kb);
  const pairs = align(ka.map(identityOf), kb.map(identityOf));
  const moves = pairMoves(pairs, ka, kb);
  for (const [i, j] of pairs) {
    if (i >= 0 && j >= 0) compareElements(ka[i], kb[j], `${path}/${pb[j]}`, out, parentA, parentB);
    else if (i >= 0) {
      if (!moves.from.has(i)) out.push({ change: "removed", path: `${path}/${pa[i]}`, before: printMasked(ka[i], parentA) });
    } else {
      const from = moves.to.get(j);
      if (from === undefined) out.push({ change: "added", path: `${path}/${pb[j]}`, after: printMasked(kb[j], parentB) });
      else {
        out.push({ change: "moved", path: `${path}/${pb[j]}`, before: String(from + 1), after: String(j + 1) });
        compareElements(ka[from], kb[j], `${path}/${pb[j]}`, out, parentA, parentB);
      }
    }
  }
}

/** Unmatched siblings whose identity is on both sides moved: pair them in document order. */
function pairMoves(pairs: Array<[number, number]>, ka: PolicyElement[], kb: PolicyElement[]): { from: Set<number>; to: Map<number, number> } {
  const waiting = new Map<string, number[]>();
  for (const [i, j] of pairs) {
    if (i >= 0 && j < 0) {
      const id = identityOf(ka[i]);
      waiting.set(id, [...(waiting.get(id) ?? []), i]);
    }
  }
  const from = new Set<number>();
  const to = new Map<number, number>();
  for (const [i, j] of pairs) {
    if (i >= 0 || j < 0) continue;
    const queue = waiting.get(identityOf(kb[j]));
    const src = queue?.shift();
    if (src === undefined) continue;
    from.add(src);
    to.set(j, src);
  }
  return { from, to };
}

function kids(el: PolicyElement): PolicyElement[] {
  return el.children.filter((c): c is PolicyElement => c.type === "element");
}

/** The body as written, for display. Comments are not part of it. */
function rawText(el: PolicyElement): string {
  let t = "";
  for (const c of el.children) if (c.type === "text" || c.type === "cdata") t += c.text;
  return t;
}

/** The body as APIM reads it: entities in text decoded, CDATA verbatim, so `&lt;` and `<![CDATA[<]]>` are equal. */
function canonicalText(el: PolicyElement): string {
  // Stryker disable next-line StringLiteral: both sides of the comparison start from the same string.
  let t = "";
  for (const c of el.children) {
    if (c.type === "text") t += decodeXml(c.text);
    else if (c.type === "cdata") t += c.text;
  }
  return t;
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the XML predefined entities and character references; anything else (a bare `&` in an expression) stays. */
function decodeXml(s: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut only; the replace below leaves text without "&" as it is.
  if (!s.includes("&")) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** LCS alignment of two identity lists; unmatched entries pair with -1, in document order. */
function align(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (dp[i + 1][j] >= dp[i][j + 1]) out.push([i++, -1]);
    else out.push([-1, j++]);
  }
  while (i < n) out.push([i++, -1]);
  while (j < m) out.push([-1, j++]);
  return out;
}
