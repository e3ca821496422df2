import type { Diagnostic } from "../core/diagnostic";
import type { MergedOperation } from "../load";
import type { LoadedDeclarations } from "../load/types";
import { ids } from "./ids";
import { defaultsFor } from "./kinds/apply";
import { esc } from "./named-value";
import { buildPolicy } from "./policy";
import type { PolicySourceIndex } from "./policy-index";
import type { OperationModel, OperationProperties } from "./types";

export function buildOperation(
  loaded: LoadedDeclarations,
  policies: PolicySourceIndex,
  api: string,
  name: string,
  merged: MergedOperation,
  diagnostics: Diagnostic[],
  /** Where the API's operations are declared; a revision's are under `/apis/<api>/revisions/<n>/operations/`. */
  ownPrefix = `/apis/${esc(api)}/operations/`,
): OperationModel {
  // A declaration keyed by the raw operationId refines the imported operation under Azure's name: its policy and backend live under that key.
  const declaredPointer = merged.pointer.startsWith(ownPrefix) ? merged.pointer : `${ownPrefix}${esc(name)}`;
  const decl = merged.operation;
  const { policy: _policy, backend, ignore, tags, ...rest } = decl;
  // Required by the contract; the registry's defaults (with their reasons) fill what the declaration and import leave out.
  const defaults = defaultsFor("operation", decl as Record<string, unknown>, name) as { displayName?: string; method?: string; urlTemplate?: string };
  const properties: OperationProperties = {
    ...rest,
    displayName: decl.displayName ?? (defaults.displayName as string),
    method: (decl.method ?? (defaults.method as string)).toUpperCase(),
    urlTemplate: decl.urlTemplate ?? (defaults.urlTemplate as string),
  };
  const model: OperationModel = { id: ids.operation(api, name), name, api, pointer: merged.pointer, ignore: ignore ?? [], properties, imported: merged.imported };
  if (tags?.length) model.tags = [...new Set(tags)].sort();
  const backendPointer = `${declaredPointer}/backend`;
  const policy = buildPolicy(
    ids.operationPolicy(api, name),
    "operation",
    policies.get(`${declaredPointer}/policy`),
    backend,
    backend !== undefined ? { ...loaded.sourceMap.locate(backendPointer), pointer: backendPointer } : undefined,
    diagnostics,
  );
  if (policy) model.policy = policy;
  return model;
}
