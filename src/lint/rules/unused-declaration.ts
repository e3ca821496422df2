/** APIMC507. Declarations nothing refers to are deployed and billed for attention but never used. */
import type { Finding, LintContext, PreflightRule } from "../types";

/** Edges that express structure, not use. */
const STRUCTURAL = new Set(["parent", "policyOf"]);

export const unusedDeclaration: PreflightRule = {
  code: "APIMC507",
  severity: "info",
  title: "Unused declaration",
  catches:
    "A named value, backend or policy fragment that nothing references.",
  docsUrl: "https://learn.microsoft.com/azure/api-management/api-management-howto-properties",
  fix: "reference it (a {{displayName}} token, backend-id, fragment-id or pool member) or delete it.",
  check(ctx: LintContext): Finding[] {
    const { model } = ctx;
    const used = new Set<string>();
    for (const e of model.graph.edges) if (!STRUCTURAL.has(e.kind) && e.from !== e.to) used.add(e.to);
    const candidates: Array<{ label: string; id: string; pointer: string; ignore: string[] }> = [];
    for (const [name, r] of sorted(model.namedValues)) candidates.push({ label: `named value '${name}' ({{${r.displayName}}})`, id: r.id, pointer: r.pointer, ignore: r.ignore });
    for (const [name, r] of sorted(model.backends)) candidates.push({ label: `backend '${name}'`, id: r.id, pointer: r.pointer, ignore: r.ignore });
    for (const [name, r] of sorted(model.policyFragments)) candidates.push({ label: `policy fragment '${name}'`, id: r.id, pointer: r.pointer, ignore: r.ignore });
    return candidates
      .filter((c) => !used.has(c.id))
      .map((c) => ({
        message: `${c.label} is declared but nothing references it`,
        at: ctx.locate(c.pointer),
        pointer: c.pointer,
        suppressed: c.ignore,
      }));
  },
};

function sorted<T>(map: Record<string, T>): Array<[string, T]> {
  return Object.keys(map)
    .sort()
    .map((k) => [k, map[k]]);
}
