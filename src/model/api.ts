import type { Diagnostic } from "../core/diagnostic";
import type { Api } from "../load/declarations.generated";
import type { MergedOperation } from "../load";
import type { LoadedDeclarations } from "../load/types";
import { ids } from "./ids";
import { contractKeys, defaultsFor } from "./kinds/apply";
import { esc } from "./named-value";
import { buildOperation } from "./operation";
import { buildPolicy } from "./policy";
import type { PolicySourceIndex } from "./policy-index";
import { isRevisionNumber, schemaDocumentKey } from "../load/schema-documents";
import type { ApiModel, ApiProperties, ApiRevisionModel, ApiSchemaModel, OperationModel } from "./types";

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
  const declared = decl as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (const key of contractKeys("api")) if (declared[key] !== undefined) props[key] = structuredClone(declared[key]);
  // apimc imports `openapi:`/`wsdl:` files itself, so it takes over what Azure would derive from them.
  if (imported && props.displayName === undefined && props.sourceApiId === undefined && imported.title !== undefined) props.displayName = imported.title;
  if (imported && props.description === undefined && imported.description !== undefined) props.description = imported.description;
  Object.assign(props, defaultsFor("api", props, name));
  normaliseAuthenticationSettings(props);
  if (decl.apiVersionSet !== undefined) props.apiVersionSet = decl.apiVersionSet;
  const properties = props as ApiProperties;

  const ops: Record<string, OperationModel> = {};
  for (const opName of Object.keys(operations).sort()) {
    ops[opName] = buildOperation(loaded, policies, name, opName, operations[opName], diagnostics);
  }
  const model: ApiModel = { id: ids.api(name), name, pointer, ignore: decl.ignore ?? [], properties, operations: ops };
  if (imported) model.importedFrom = { format: imported.format, file: imported.file };
  if (decl.tags?.length) model.tags = [...new Set(decl.tags)].sort();
  const schemas = buildSchemas(loaded, pointer, decl);
  if (schemas) model.schemas = schemas;
  const revisions = buildRevisions(policies, name, pointer, decl, diagnostics);
  if (revisions) model.revisions = revisions;
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

/** `openidProvider: NAME` / `authorizationServer: NAME` are sugar for the contract's `...Id` keys (which hold names too). */
function normaliseAuthenticationSettings(props: Record<string, unknown>): void {
  const auth = props.authenticationSettings as Record<string, Record<string, unknown> | undefined> | undefined;
  if (!auth) return;
  for (const [block, sugar, key] of [["openid", "openidProvider", "openidProviderId"], ["oAuth2", "authorizationServer", "authorizationServerId"]] as const) {
    const inner = auth[block];
    if (!inner || inner[sugar] === undefined) continue;
    const { [sugar]: value, ...rest } = inner;
    auth[block] = { [key]: value, ...rest };
  }
}

/**
 * `schemas: { NAME: { contentType, document } }`. A file document was read by the loader (missing files are load
 * diagnostics, and such a schema is left out here); it goes where the contract wants it for the content type.
 */
function buildSchemas(loaded: LoadedDeclarations, pointer: string, decl: Api): Record<string, ApiSchemaModel> | undefined {
  if (!decl.schemas) return undefined;
  const out: Record<string, ApiSchemaModel> = {};
  for (const name of Object.keys(decl.schemas).sort()) {
    const { contentType, document } = decl.schemas[name];
    if (typeof document !== "string") {
      out[name] = { contentType, document: structuredClone(document) as ApiSchemaModel["document"] };
      continue;
    }
    const read = loaded.schemaDocuments?.[`${pointer}/schemas/${esc(name)}/document`];
    if (!read) continue;
    const key = schemaDocumentKey(contentType);
    if (key === "value") {
      out[name] = { contentType, document: { value: read.text } };
      continue;
    }
    // A whole OpenAPI/Swagger file is accepted as well as its components/definitions object alone.
    const json = read.json as Record<string, unknown>;
    const inner = json && typeof json === "object" && typeof json[key] === "object" ? (json[key] as Record<string, unknown>) : json;
    out[name] = { contentType, document: { [key]: inner } };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `revisions: { "<n>": { apiRevisionDescription?, policy? } }`, in numeric order. Keys that are not positive
 * integers are a validation diagnostic (APIMC164); they are left out here so the model stays well-formed.
 */
function buildRevisions(policies: PolicySourceIndex, api: string, pointer: string, decl: Api, diagnostics: Diagnostic[]): Record<string, ApiRevisionModel> | undefined {
  if (!decl.revisions) return undefined;
  const out: Record<string, ApiRevisionModel> = {};
  const numbers = Object.keys(decl.revisions).filter(isRevisionNumber).sort((a, b) => Number(a) - Number(b));
  for (const n of numbers) {
    const r = decl.revisions[n];
    const revPointer = `${pointer}/revisions/${esc(n)}`;
    const model: ApiRevisionModel = { revision: n, pointer: revPointer };
    if (r.apiRevisionDescription !== undefined) model.apiRevisionDescription = r.apiRevisionDescription;
    const policy = buildPolicy(`apis/${api};rev=${n}/policy`, "api", policies.get(`${revPointer}/policy`), undefined, undefined, diagnostics);
    if (policy) model.policy = policy;
    out[n] = model;
  }
  return numbers.length > 0 ? out : undefined;
}
