/**
 * What one apimc Pulumi resource means in ARM terms: the list of ARM
 * resources ("parts") it owns and the exact `properties` body of each. The
 * bodies come from the same IR and ARM mapping the compiler uses.
 */
import * as path from "node:path";
import {
  apimRefOf as refOf,
  buildModel,
  escapePointerSegment,
  loadDeclarationsFromObject,
  parsePolicy,
  printPolicy,
  releaseName,
  RESOURCE_KINDS,
  toArmProperties,
  unescapePointerSegment,
  validateDeclarations,
  type ApimRef,
  type ApimcDeclarations,
  type Diagnostic,
  type Model,
  type ResourceId,
} from "../../src/index";
import type { ProviderKind, ServiceTarget } from "../types";
import { missingParameterMessage, missingParameters } from "./registry-secrets";

export type Inputs = Record<string, unknown>;

export interface Part {
  /** `kind:name/name`, stable across runs; the key of the part in state. */
  key: string;
  ref: ApimRef;
  /** The exact ARM `properties` body. */
  body: Record<string, unknown>;
}

export interface Problem {
  property: string;
  reason: string;
}

/** Declaration section of each model-backed kind, from the kind registry. */
const SECTION = Object.fromEntries(
  RESOURCE_KINDS.flatMap((d) => (d.declaration.in === "top" ? [[d.kind, d.declaration.key]] : [])),
) as Record<Exclude<ProviderKind, "policy">, keyof ApimcDeclarations>;

/** Reference checks against resources outside this one; ApimService validates the whole set instead. */
const CROSS_RESOURCE_CODES = new Set([
  "APIMC140",
  "APIMC141",
  "APIMC142",
  "APIMC143",
  "APIMC144",
  "APIMC145",
  // Loggers, subscription scopes, tags, groups, certificates, OIDC providers and authorization servers named by issue 12's kinds.
  "APIMC150",
  "APIMC151",
  "APIMC152",
  "APIMC153",
  "APIMC154",
  "APIMC155",
]);

export function partKey(ref: ApimRef): string {
  return `${ref.kind}:${ref.names.join("/")}`;
}

export function serviceOf(inputs: Inputs): ServiceTarget {
  const s = (inputs.service ?? {}) as Partial<ServiceTarget>;
  return { subscriptionId: String(s.subscriptionId ?? ""), resourceGroup: String(s.resourceGroup ?? ""), serviceName: String(s.serviceName ?? "") };
}

/** A Policy's or ApiRelease's `revision` input, when set. */
function revisionOf(inputs: Inputs): string | undefined {
  return typeof inputs.revision === "string" && inputs.revision !== "" ? inputs.revision : undefined;
}

/** A positive whole number, as APIM numbers revisions. */
const REVISION_NUMBER = /^[1-9][0-9]*$/;

function policyScopeOf(inputs: Inputs): { id: ResourceId; scope: "global" | "product" | "api" | "operation" } {
  const api = inputs.api as string | undefined;
  const op = inputs.operation as string | undefined;
  const product = inputs.product as string | undefined;
  if (product) return { id: `products/${product}/policy`, scope: "product" };
  if (api && op) return { id: `apis/${api}/operations/${op}/policy`, scope: "operation" };
  if (api) return { id: `apis/${api}/policy`, scope: "api" };
  return { id: "policy", scope: "global" };
}

/** The declaration set holding just this resource (plus the context it refers to). */
function miniDeclarations(kind: Exclude<ProviderKind, "policy" | "apiRelease">, inputs: Inputs): ApimcDeclarations {
  const target = serviceOf(inputs);
  const context = (inputs.context ?? {}) as ApimcDeclarations;
  const section = SECTION[kind];
  const own = { ...((context[section] as Record<string, unknown> | undefined) ?? {}), [String(inputs.name)]: inputs.properties };
  return {
    ...context,
    version: 1,
    service: { name: target.serviceName, resourceGroup: target.resourceGroup, subscriptionId: target.subscriptionId, ...(context.service?.keyVaults ? { keyVaults: context.service.keyVaults } : {}) },
    [section]: own,
  } as ApimcDeclarations;
}

function baseDirOf(inputs: Inputs): string {
  return path.resolve(typeof inputs.baseDir === "string" ? inputs.baseDir : ".");
}

function resourcePointer(kind: Exclude<ProviderKind, "policy" | "apiRelease">, name: string): string {
  return `/${SECTION[kind]}/${escapePointerSegment(name)}`;
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.code}: ${d.message}${d.pointer ? ` (at ${d.pointer})` : ""}${d.hint ? `; fix: ${d.hint}` : ""}`;
}

/** `check`: the CLI's validation, reported per input property. */
export async function checkInputs(kind: ProviderKind, inputs: Inputs): Promise<Problem[]> {
  const problems: Problem[] = [];
  const target = serviceOf(inputs);
  for (const k of ["subscriptionId", "resourceGroup", "serviceName"] as const) {
    if (!target[k]) problems.push({ property: "service", reason: `APIMC850: service.${k} is required; set it to the APIM instance's ${k}` });
  }
  if (kind === "apiRelease") return [...problems, ...releaseProblems(inputs)];
  if (kind === "policy") {
    const { scope, id } = policyScopeOf(inputs);
    const revision = revisionOf(inputs);
    if (revision !== undefined && (!REVISION_NUMBER.test(revision) || (scope !== "api" && scope !== "operation"))) {
      problems.push({ property: "revision", reason: `APIMC859: revision \`${revision}\` must be a revision number (a positive whole number in quotes, "4") of the API named by \`api\`; only API and operation policies belong to a revision` });
    }
    if (typeof inputs.xml !== "string") return [...problems, { property: "xml", reason: "APIMC851: xml must be the policy document text" }];
    const r = parsePolicy(inputs.xml, { file: "<pulumi>", scope, pointer: `/${id}` });
    for (const d of r.diagnostics.filter((x) => x.severity === "error")) problems.push({ property: "xml", reason: describeDiagnostic(d) });
    return problems;
  }
  if (typeof inputs.name !== "string" || inputs.name === "") problems.push({ property: "name", reason: "APIMC852: name is required: the ARM resource name" });
  if (problems.length) return problems;
  const props = inputs.properties as Record<string, unknown> | undefined;
  if ((kind === "api" || kind === "product") && props && props.policy !== undefined) {
    problems.push({ property: "properties", reason: `APIMC853: ${kind} policies are separate resources; move properties.policy to a Policy resource` });
  }
  if (kind === "api" && props && typeof props.operations === "object" && props.operations) {
    for (const [op, decl] of Object.entries(props.operations as Record<string, { policy?: unknown }>)) {
      if (decl && decl.policy !== undefined) {
        problems.push({ property: "properties", reason: `APIMC853: operation "${op}" has a policy; operation policies are separate resources, use a Policy resource with api and operation` });
      }
    }
  }
  if (kind === "api" && props && typeof props.revisions === "object" && props.revisions) {
    for (const [n, rev] of Object.entries(props.revisions as Record<string, { policy?: unknown; operations?: Record<string, { policy?: unknown } | undefined> }>)) {
      const withPolicy = rev?.policy !== undefined || Object.values(rev?.operations ?? {}).some((op) => op?.policy !== undefined);
      if (withPolicy) problems.push({ property: "properties", reason: `APIMC853: revision "${n}" has a policy; a revision's policies are separate resources, use a Policy resource with api and revision: "${n}"` });
    }
  }
  if (kind === "namedValue" && props && props.fromParameter !== undefined && typeof inputs.parameterValue !== "string") {
    problems.push({
      property: "parameterValue",
      reason: `APIMC854: named value "${String(inputs.name)}" takes its value from parameter "${String(props.fromParameter)}"; pass it as ApimService parameters.${String(props.fromParameter)} (or parameterValue), ideally a pulumi.secret`,
    });
  }
  for (const s of missingParameters(kind, inputs)) {
    problems.push({ property: "parameterValues", reason: missingParameterMessage(kind, String(inputs.name), s) });
  }
  const loaded = await loadDeclarationsFromObject(miniDeclarations(kind, inputs), baseDirOf(inputs));
  const pointer = resourcePointer(kind, String(inputs.name));
  const diagnostics = [...loaded.diagnostics, ...validateDeclarations(loaded)];
  for (const d of diagnostics) {
    if (d.severity !== "error" || CROSS_RESOURCE_CODES.has(d.code)) continue;
    if (d.pointer !== pointer && !d.pointer.startsWith(`${pointer}/`) && d.pointer !== "") continue;
    problems.push({ property: propertyPath(d.pointer, pointer), reason: describeDiagnostic(d) });
  }
  return problems;
}

/** An ApiRelease names an API and the revision it makes current. */
function releaseProblems(inputs: Inputs): Problem[] {
  const problems: Problem[] = [];
  if (typeof inputs.api !== "string" || inputs.api === "" || inputs.api.includes(";")) {
    problems.push({ property: "api", reason: "APIMC859: api must be the name of the API whose revision the release makes current (without `;rev=`)" });
  }
  const revision = revisionOf(inputs);
  if (revision === undefined || !REVISION_NUMBER.test(revision)) {
    problems.push({ property: "revision", reason: `APIMC859: revision must be the number of the revision to make current, a positive whole number in quotes ("4"), not \`${String(inputs.revision)}\`` });
  }
  return problems;
}

/** `/backends/x/circuitBreaker/rules/0/name` -> `properties.circuitBreaker.rules[0].name`, the path Pulumi shows next to the input. */
function propertyPath(diagnosticPointer: string, resourcePointerOf: string): string {
  if (!diagnosticPointer.startsWith(`${resourcePointerOf}/`)) return "properties";
  const segments = diagnosticPointer
    .slice(resourcePointerOf.length + 1)
    .split("/")
    .map(unescapePointerSegment);
  return segments.reduce((path, seg) => (/^\d+$/.test(seg) ? `${path}[${seg}]` : /^[A-Za-z_$][\w$-]*$/.test(seg) ? `${path}.${seg}` : `${path}[${JSON.stringify(seg)}]`), "properties");
}

function canonicalPolicy(xml: string, scope: "global" | "product" | "api" | "operation" | "fragment"): string {
  const r = parsePolicy(xml, { file: "<pulumi>", scope });
  if (!r.document) {
    const first = r.diagnostics[0];
    throw new Error(`APIMC855: the policy is not valid${first ? `: ${describeDiagnostic(first)}` : ""}`);
  }
  return printPolicy(r.document);
}

async function modelOf(kind: Exclude<ProviderKind, "policy" | "apiRelease">, inputs: Inputs): Promise<Model> {
  const loaded = await loadDeclarationsFromObject(miniDeclarations(kind, inputs), baseDirOf(inputs));
  const built = buildModel(loaded);
  const errors = [...loaded.diagnostics, ...built.diagnostics].filter((d) => d.severity === "error" && !CROSS_RESOURCE_CODES.has(d.code));
  if (!built.model || errors.length) {
    throw new Error(`APIMC856: the ${kind} "${String(inputs.name)}" is not valid: ${errors.map(describeDiagnostic).join("; ") || "no model"}`);
  }
  return built.model;
}

/** Model resource ids that belong to one provider resource, parent first. */
function ownedIds(kind: Exclude<ProviderKind, "policy" | "apiRelease">, name: string, model: Model): ResourceId[] {
  const prefix = `${SECTION[kind]}/${name}`;
  // An API owns its revisions (`apis/orders;rev=4`) and what they hold; its releases are resources of their own.
  const own = (id: ResourceId) => id === prefix || id.startsWith(`${prefix}/`) || (kind === "api" && id.startsWith(`${prefix};rev=`));
  return model.graph.nodes
    .filter((id) => own(id) && !id.endsWith("/policy") && !id.startsWith(`${prefix}/releases/`))
    .sort((a, b) => a.split("/").length - b.split("/").length || schemaFirst(a) - schemaFirst(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** An API's schemas go before its operations: an operation's representations name them by `schemaId`. */
function schemaFirst(id: ResourceId): number {
  return id.split("/")[2] === "schemas" ? 0 : 1;
}

/**
 * The parts of a resource with their desired bodies. Secret named-value
 * values are left out; `withSecrets` adds them (create/update only).
 */
export async function desiredParts(kind: ProviderKind, inputs: Inputs): Promise<Part[]> {
  const target = serviceOf(inputs);
  if (kind === "policy") {
    const { id, scope } = policyScopeOf(inputs);
    const ref = refOf(id);
    const revision = revisionOf(inputs);
    // An API or operation policy of a revision: `apis/orders;rev=4/...`.
    if (revision !== undefined && (scope === "api" || scope === "operation")) ref.names[0] = `${ref.names[0]};rev=${revision}`;
    return [{ key: partKey(ref), ref, body: { format: "rawxml", value: canonicalPolicy(String(inputs.xml), scope) } }];
  }
  if (kind === "apiRelease") return [releasePart(inputs)];
  const model = await modelOf(kind, inputs);
  const name = String(inputs.name);
  const parts: Part[] = [];
  for (const id of ownedIds(kind, name, model)) {
    // With the model, the API's content goes to the revision `apiRevision` names (`orders;rev=4/...`), as in ARM.
    const ref = refOf(id, model);
    let body = toArmProperties(model, id, { subscriptionId: target.subscriptionId, resourceGroup: target.resourceGroup });
    if (kind === "policyFragment") body = { ...body, format: "rawxml", value: canonicalPolicy(String(body.value ?? ""), "fragment") };
    if (kind === "namedValue" && model.namedValues[name].source.kind === "fromKeyVault") body = { ...body, secret: true };
    parts.push({ key: partKey(ref), ref, body });
  }
  if (kind === "gateway") parts.push(...certificateAuthorityParts(model, name));
  return parts;
}

/**
 * The release of revision N (`apis/orders/releases/apimc-rev-N`), named as the ARM target names it so that ARM and
 * Pulumi deployments of the same set update one release. Its body is the one the ARM target emits: the revision's
 * ARM id, and the notes.
 */
function releasePart(inputs: Inputs): Part {
  const target = serviceOf(inputs);
  const api = String(inputs.api);
  const revision = String(inputs.revision);
  const ref: ApimRef = { kind: "apiRelease", names: [api, releaseName(revision)] };
  const apiId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}/providers/Microsoft.ApiManagement/service/${target.serviceName}/apis/${api};rev=${revision}`;
  const body: Record<string, unknown> = { apiId };
  if (typeof inputs.notes === "string") body.notes = inputs.notes;
  return { key: partKey(ref), ref, body };
}

/** ARM kinds that live inside one API revision: what a release makes current with it. */
const REVISION_CONTENT: ReadonlySet<string> = new Set(["operation", "operationTag", "apiSchema", "apiTag", "apiDiagnostic", "apiPolicy", "operationPolicy"]);

/**
 * The revisions (first ARM name: `orders`, `orders;rev=4`) an Api or Policy resource writes content to: the current
 * revision's (`apiRevision`, "1" meaning the API itself) and each declared non-current one.
 */
export function revisionNamespaces(kind: ProviderKind, inputs: Inputs, parts: Part[]): Set<string> {
  if (kind === "policy") return new Set(parts.map((p) => p.ref.names[0]));
  if (kind !== "api") return new Set();
  const name = String(inputs.name);
  const props = (inputs.properties ?? {}) as { apiRevision?: unknown; revisions?: Record<string, unknown> };
  const current = typeof props.apiRevision === "string" && props.apiRevision !== "1" ? `${name};rev=${props.apiRevision}` : name;
  return new Set([current, ...Object.keys(props.revisions ?? {}).map((n) => `${name};rev=${n}`)]);
}

/**
 * Whether a part an update no longer wants stays in Azure (and leaves the state) instead of being deleted: an API
 * revision is never deleted, nor is what a revision holds once the declarations write to other revisions (the
 * revision that was current keeps its operations and its policy: Terraform azurerm #28552 resets it).
 */
export function keptInRevision(ref: ApimRef, namespaces: ReadonlySet<string>): boolean {
  if (ref.kind === "apiRevision") return true;
  return REVISION_CONTENT.has(ref.kind) && !namespaces.has(ref.names[0]);
}

/**
 * A gateway's certificate authorities are links to certificates the instance
 * holds, not model resources, so they come from the gateway itself. The body
 * is the one the ARM target emits: `isTrusted` always explicit.
 */
function certificateAuthorityParts(model: Model, gateway: string): Part[] {
  const cas = model.gateways[gateway].certificateAuthorities;
  return Object.keys(cas)
    .sort()
    .map((ca) => {
      const ref = refOf(`gateways/${gateway}/certificateAuthorities/${ca}`);
      return { key: partKey(ref), ref, body: { isTrusted: cas[ca].isTrusted ?? false } };
    });
}
