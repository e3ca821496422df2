/**
 * Semantic policy diff: elements are aligned by name (longest common
 * subsequence, so order changes show), then attributes and text compared.
 * It works on parsed trees, which are already canonical, so a reformat is no change.
 */
import { printElementText } from "./print";
import type { PolicyDocument, PolicyElement } from "./types";

export interface PolicyChange {
  change: "added" | "removed" | "changed";
  /** e.g. `/policies/inbound/set-header[2]`, `/policies/inbound/set-header[2]/@name`, `.../text()`. */
  path: string;
  before?: string;
  after?: string;
}

export function diffPolicies(before: PolicyDocument, after: PolicyDocument): PolicyChange[] {
  const out: PolicyChange[] = [];
  if (before.root.name !== after.root.name) {
    out.push({ change: "changed", path: "/", before: printElementText(before.root), after: printElementText(after.root) });
    return out;
  }
  compareElements(before.root, after.root, `/${after.root.name}`, out);
  return out;
}

function compareElements(a: PolicyElement, b: PolicyElement, path: string, out: PolicyChange[]): void {
  const seen = new Set<string>();
  for (const attr of a.attributes) {
    seen.add(attr.name);
    const other = b.attributes.find((x) => x.name === attr.name);
    if (!other) out.push({ change: "removed", path: `${path}/@${attr.name}`, before: attr.value });
    else if (other.value !== attr.value) out.push({ change: "changed", path: `${path}/@${attr.name}`, before: attr.value, after: other.value });
  }
  for (const attr of b.attributes) {
    if (!seen.has(attr.name)) out.push({ change: "added", path: `${path}/@${attr.name}`, after: attr.value });
  }
  const ta = textOf(a);
  const tb = textOf(b);
  if (ta !== tb) out.push({ change: "changed", path: `${path}/text()`, before: ta, after: tb });

  const ka = kids(a);
  const kb = kids(b);
  const pairs = align(ka.map((e) => e.name), kb.map((e) => e.name));
  const ia = indexer(ka);
  const ib = indexer(kb);
  for (const [i, j] of pairs) {
    if (i >= 0 && j >= 0) compareElements(ka[i], kb[j], `${path}/${ib[j]}`, out);
    else if (i >= 0) out.push({ change: "removed", path: `${path}/${ia[i]}`, before: printElementText(ka[i]) });
    else out.push({ change: "added", path: `${path}/${ib[j]}`, after: printElementText(kb[j]) });
  }
}

function kids(el: PolicyElement): PolicyElement[] {
  return el.children.filter((c): c is PolicyElement => c.type === "element");
}

function textOf(el: PolicyElement): string {
  let t = "";
  for (const c of el.children) if (c.type === "text" || c.type === "cdata") t += c.text;
  return t;
}

/** `name[n]` steps, n counting same-name siblings from 1. */
function indexer(list: PolicyElement[]): string[] {
  const count = new Map<string, number>();
  return list.map((e) => {
    const n = (count.get(e.name) ?? 0) + 1;
    count.set(e.name, n);
    return `${e.name}[${n}]`;
  });
}

/** LCS alignment of two name lists; unmatched entries pair with -1, in document order. */
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
