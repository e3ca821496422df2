import type { Diagnostic } from "../core/diagnostic";
import type { MergedOperation } from "../load";
import type { LoadedDeclarations } from "../load/types";
import { ids } from "./ids";
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
): OperationModel {
  const declaredPointer = `/apis/${esc(api)}/operations/${esc(name)}`;
  const decl = merged.operation;
  const { policy: _policy, backend, ignore, tags, ...rest } = decl;
  const properties: OperationProperties = {
    ...rest,
    displayName: decl.displayName ?? name,
    method: (decl.method ?? "GET").toUpperCase(),
    urlTemplate: decl.urlTemplate ?? "/",
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
