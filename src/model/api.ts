import type { Diagnostic } from "../core/diagnostic";
import type { Api } from "../load/declarations.generated";
import type { MergedOperation } from "../load";
import type { LoadedDeclarations } from "../load/types";
import { ids } from "./ids";
import { esc } from "./named-value";
import { buildOperation } from "./operation";
import { buildPolicy } from "./policy";
import type { PolicySourceIndex } from "./policy-index";
import type { ApiModel, ApiProperties, OperationModel } from "./types";

export function buildApi(
  loaded: LoadedDeclarations,
  policies: PolicySourceIndex,
  name: string,
  decl: Api,
  operations: Record<string, MergedOperation>,
  diagnostics: Diagnostic[],
): ApiModel {
  const pointer = `/apis/${esc(name)}`;
  const imported = loaded.imports[name];
  const properties: ApiProperties = {
    displayName: decl.displayName ?? imported?.title ?? name,
    path: decl.path ?? "",
    protocols: [...(decl.protocols ?? ["https"])],
  };
  const description = decl.description ?? imported?.description;
  if (description !== undefined) properties.description = description;
  if (decl.serviceUrl !== undefined) properties.serviceUrl = decl.serviceUrl;
  if (decl.type !== undefined) properties.type = decl.type;
  if (decl.subscriptionRequired !== undefined) properties.subscriptionRequired = decl.subscriptionRequired;
  if (decl.subscriptionKeyParameterNames !== undefined) properties.subscriptionKeyParameterNames = { ...decl.subscriptionKeyParameterNames };
  if (decl.apiVersionSet !== undefined) properties.apiVersionSet = decl.apiVersionSet;
  if (decl.apiVersion !== undefined) properties.apiVersion = decl.apiVersion;
  if (decl.apiRevision !== undefined) properties.apiRevision = decl.apiRevision;
  if (decl.isCurrent !== undefined) properties.isCurrent = decl.isCurrent;

  const ops: Record<string, OperationModel> = {};
  for (const opName of Object.keys(operations).sort()) {
    ops[opName] = buildOperation(loaded, policies, name, opName, operations[opName], diagnostics);
  }
  const model: ApiModel = { id: ids.api(name), name, pointer, ignore: decl.ignore ?? [], properties, operations: ops };
  if (imported) model.importedFrom = { format: imported.format, file: imported.file };
  const backendPointer = `${pointer}/backend`;
  const policy = buildPolicy(
    ids.apiPolicy(name),
    "api",
    policies.get(`${pointer}/policy`),
    decl.backend,
    decl.backend !== undefined ? { ...loaded.sourceMap.locate(backendPointer), pointer: backendPointer } : undefined,
    diagnostics,
  );
  if (policy) model.policy = policy;
  return model;
}
