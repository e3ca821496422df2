/**
 * Policy changes as plan property lines. The semantic comparison itself is the
 * policy stage's `diffPolicies` (element by element, attribute by attribute,
 * on parsed trees), so a reformat is no change and edits carry XML paths.
 * A reordered element reads as its `position()` among its siblings changing.
 */
import { diffPolicies } from "../policy/diff";
import { printElementText } from "../policy/print";
import { maskPolicySecrets } from "../policy/secrets";
import type { PolicyDocument } from "../policy/types";
import type { PropertyChange } from "./types";

export function diffPolicyDocuments(before: PolicyDocument | undefined, after: PolicyDocument | undefined): PropertyChange[] {
  if (!before && !after) return [];
  if (!before) return [{ path: `/${after!.root.name}`, after: printElementText(maskPolicySecrets(after!.root)) }];
  if (!after) return [{ path: `/${before.root.name}`, before: printElementText(maskPolicySecrets(before.root)) }];
  return diffPolicies(before, after).map((c) => {
    if (c.change === "moved") return { path: `${c.path}/position()`, before: Number(c.before), after: Number(c.after) };
    const e: PropertyChange = { path: c.path };
    if (c.before !== undefined) e.before = c.before;
    if (c.after !== undefined) e.after = c.after;
    return e;
  });
}
