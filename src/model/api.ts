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
import type { ApiModel, ApiProperties, ApiReleaseModel, ApiRevisionModel, ApiSchemaModel, OperationModel } from "./types";

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
  const schemas = buildSchemas(loaded, name, pointer, decl);
  if (schemas) model.schemas = schemas;
  const { revisions, release } = buildRevisions(loaded, policies, name, pointer, decl, diagnostics);
  if (revisions) model.revisions = revisions;
  if (release) model.release = release;
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
 * `schemas: { NAME: { contentType, document } }`, over the schema an `openapi:` import brings (a declared schema
 * of the same name wins). A file document was read by the loader (missing files are load diagnostics, and such
 * a schema is left out here); it goes where the contract wants it for the content type.
 */
function buildSchemas(loaded: LoadedDeclarations, api: string, pointer: string, decl: Api): Record<string, ApiSchemaModel> | undefined {
  const out: Record<string, ApiSchemaModel> = {};
  const base = (name: string, at: string) => ({ id: `apis/${api}/schemas/${name}`, name, pointer: at });
  for (const [name, s] of Object.entries(loaded.imports[api]?.schemas ?? {})) {
    out[name] = { ...base(name, `${pointer}/openapi`), contentType: s.contentType, document: structuredClone(s.document), imported: true };
  }
  for (const name of Object.keys(decl.schemas ?? {})) {
    const { contentType, document } = decl.schemas![name];
    const at = `${pointer}/schemas/${esc(name)}`;
    delete out[name];
    if (typeof document !== "string") {
      out[name] = { ...base(name, at), contentType, document: structuredClone(document) as ApiSchemaModel["document"] };
      continue;
    }
    const read = loaded.schemaDocuments?.[`${at}/document`];
    if (!read) continue;
    const key = schemaDocumentKey(contentType);
    if (key === "value") {
      out[name] = { ...base(name, at), contentType, document: { value: read.text } };
      continue;
    }
    // A whole OpenAPI/Swagger file is accepted as well as its components/definitions object alone.
    const json = read.json as Record<string, unknown>;
    const inner = json && typeof json === "object" && typeof json[key] === "object" ? (json[key] as Record<string, unknown>) : json;
    out[name] = { ...base(name, at), contentType, document: { [key]: inner } };
  }
  const names = Object.keys(out).sort();
  return names.length > 0 ? Object.fromEntries(names.map((n) => [n, out[n]])) : undefined;
}

/**
 * The API's revisions: the current one when `apiRevision` is not "1" (Azure creates revision 1 with the API; any
 * other is made from the current one and released), and `revisions: { "<n>": { apiRevisionDescription?, policy?,
 * operations? } }` in numeric order. Keys that are not positive integers, and an entry for the current revision,
 * are validation diagnostics (APIMC164, APIMC165); they are left out here so the model stays well-formed.
 */
function buildRevisions(
  loaded: LoadedDeclarations,
  policies: PolicySourceIndex,
  api: string,
  pointer: string,
  decl: Api,
  diagnostics: Diagnostic[],
): { revisions?: Record<string, ApiRevisionModel>; release?: ApiReleaseModel } {
  const out: Record<string, ApiRevisionModel> = {};
  const current = typeof decl.apiRevision === "string" && isRevisionNumber(decl.apiRevision) ? decl.apiRevision : "1";
  const numbers = Object.keys(decl.revisions ?? {}).filter((n) => isRevisionNumber(n) && n !== current);
  if (current !== "1") numbers.push(current);
  numbers.sort((a, b) => Number(a) - Number(b));
  for (const n of numbers) {
    const revId = `apis/${api};rev=${n}`;
    if (n === current) {
      const model: ApiRevisionModel = { id: revId, revision: n, pointer: `${pointer}/apiRevision`, current: true, operations: {} };
      if (decl.apiRevisionDescription !== undefined) model.apiRevisionDescription = decl.apiRevisionDescription;
      out[n] = model;
      continue;
    }
    const r = decl.revisions![n];
    const revPointer = `${pointer}/revisions/${esc(n)}`;
    const model: ApiRevisionModel = { id: revId, revision: n, pointer: revPointer, current: false, operations: {} };
    if (r.apiRevisionDescription !== undefined) model.apiRevisionDescription = r.apiRevisionDescription;
    const policy = buildPolicy(`${revId}/policy`, "api", policies.get(`${revPointer}/policy`), undefined, undefined, diagnostics);
    if (policy) model.policy = policy;
    for (const op of Object.keys(r.operations ?? {}).sort()) {
      const merged = { operation: r.operations![op], pointer: `${revPointer}/operations/${esc(op)}`, imported: false } as MergedOperation;
      model.operations[op] = buildOperation(loaded, policies, `${api};rev=${n}`, op, merged, diagnostics, `${revPointer}/operations/`);
    }
    out[n] = model;
  }
  const result: { revisions?: Record<string, ApiRevisionModel>; release?: ApiReleaseModel } = {};
  if (numbers.length > 0) result.revisions = out;
  if (current !== "1") {
    const name = releaseName(current);
    result.release = { id: `apis/${api}/releases/${name}`, name, pointer: `${pointer}/apiRevision`, revision: current };
    if (decl.apiRevisionDescription !== undefined) result.release.notes = decl.apiRevisionDescription;
  }
  return result;
}

/** The release apimc makes for revision N: one name per revision, so a second deploy updates it in place. */
export function releaseName(revision: string): string {
  return `apimc-rev-${revision}`;
}
