/**
 * Validation: layer 1 (the JSON Schema) then the layer-2 rule families, then
 * the policy rules. Reports every problem; never throws for a user mistake.
 */
import { sortDiagnostics, type Diagnostic } from "../core/diagnostic";
import type { LoadedDeclarations } from "../load/types";
import { checkPolicies } from "./rules/policies";
import { checkReferences } from "./rules/references";
import { checkRestConstraints } from "./rules/rest-constraints";
import { checkRevisions } from "./rules/revisions";
import { checkRegistryKinds } from "./rules/registry-kinds";
import { KINDS } from "../model/kinds/registry";
import { checkSecrets } from "./rules/secrets";
import { checkUniqueness } from "./rules/uniqueness";
import { Reporter } from "./reporter";
import { checkSchema } from "./schema-check";

export { CODES as VALIDATE_CODES } from "./codes";

/** Every diagnostic for the loaded set: the loader's own, then the schema's, the rules' and the policies', in stable order. */
export function validateDeclarations(loaded: LoadedDeclarations): Diagnostic[] {
  const r = new Reporter(loaded);
  const data = loaded.data;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: both loaders give a map (an empty one, with APIMC005, for anything else); this guards a hand-built LoadedDeclarations
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    checkSchema(data, r);
    checkRestConstraints(data, r);
    checkReferences(data, r);
    checkUniqueness(loaded, r);
    checkRevisions(data, r);
    checkSecrets(data, r);
    checkRegistryKinds(data, r);
    checkPolicies(loaded, r);
  }
  return sortDiagnostics([...loaded.diagnostics, ...r.diagnostics]);
}

/** How many resources the set declares, for the CLI's `ok` line. */
export function countResources(loaded: LoadedDeclarations): number {
  const data = (loaded.data ?? {}) as unknown as Record<string, unknown>;
  let n = 0;
  // Every top-level map of the kind registry.
  // Stryker disable next-line ArrayDeclaration: a kind that is not top-level adds no section; a made-up section name is never in the data either
  for (const section of KINDS.flatMap((k) => (k.declaration.in === "top" ? [k.declaration.key] : []))) {
    const map = data[section];
    if (map && typeof map === "object") n += Object.keys(map).length;
  }
  return n + loaded.policies.length;
}
