/**
 * APIMC500. A mistyped code in an `ignore` list or an `apimc-ignore` comment
 * silences nothing, so the finding it was meant to accept comes back unexplained.
 */
import type { PolicyNode } from "../../policy/types";
import type { Finding, LintContext, PreflightRule } from "../types";
import { commentIgnoreCodes } from "../ignore-comment";

export const unknownIgnoreCode: PreflightRule = {
  code: "APIMC500",
  severity: "warning",
  title: "Unknown ignore code",
  catches: "An `ignore:` entry or an `<!-- apimc-ignore CODE -->` comment naming a code that is not a preflight rule, so it silences nothing.",
  docsUrl: "docs/rules.md#controls",
  fix: "use one of the preflight codes APIMC500–APIMC513 listed in docs/rules.md.",
  check(ctx: LintContext): Finding[] {
    const out: Finding[] = [];
    const { model } = ctx;
    const resources: Array<{ pointer: string; ignore: string[] }> = [];
    const add = (map: Record<string, { pointer: string; ignore: string[] }>) => Object.keys(map).sort().forEach((k) => resources.push(map[k]));
    add(model.namedValues);
    add(model.backends);
    add(model.apis);
    for (const name of Object.keys(model.apis).sort()) add(model.apis[name].operations);
    add(model.products);
    add(model.policyFragments);
    add(model.gateways);
    for (const r of resources) {
      r.ignore.forEach((code, i) => {
        if (ctx.knownCodes.has(code.trim().toUpperCase())) return;
        const pointer = `${r.pointer}/ignore/${i}`;
        out.push({ message: `ignore lists '${code}', which is not a preflight rule code`, at: ctx.locate(pointer), pointer, suppressed: [] });
      });
    }
    for (const owned of ctx.policies.all()) {
      const visit = (nodes: readonly PolicyNode[]) => {
        for (const n of nodes) {
          if (n.type === "element") visit(n.children);
          if (n.type !== "comment") continue;
          for (const code of commentIgnoreCodes(n.text)) {
            if (ctx.knownCodes.has(code)) continue;
            out.push({
              message: `apimc-ignore comment names '${code}', which is not a preflight rule code`,
              at: { file: owned.policy.document.file, line: n.pos.line, col: n.pos.col },
              pointer: owned.policy.pointer,
              suppressed: [],
              api: owned.api,
            });
          }
        }
      };
      visit(owned.policy.document.root.children);
    }
    return out;
  },
};
