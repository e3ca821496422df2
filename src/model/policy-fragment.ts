import type { Diagnostic } from "../core/diagnostic";
import type { PolicyFragment } from "../load/declarations.generated";
import { ids } from "./ids";
import { esc } from "./named-value";
import { buildPolicy } from "./policy";
import type { PolicySourceIndex } from "./policy-index";
import type { PolicyFragmentModel } from "./types";

export function buildPolicyFragment(
  policies: PolicySourceIndex,
  name: string,
  decl: PolicyFragment,
  diagnostics: Diagnostic[],
): PolicyFragmentModel | undefined {
  const pointer = `/policyFragments/${esc(name)}`;
  const policy = buildPolicy(ids.policyFragment(name), "fragment", policies.get(`${pointer}/policy`), undefined, undefined, diagnostics);
  if (!policy) return undefined;
  const model: PolicyFragmentModel = { id: ids.policyFragment(name), name, pointer, ignore: decl.ignore ?? [], policy };
  if (decl.description !== undefined) model.description = decl.description;
  return model;
}
