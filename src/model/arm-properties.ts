/**
 * The ARM/REST `properties` body of any model resource. Shared by the ARM
 * emitter (ids as `[resourceId(...)]` expressions) and the Pulumi provider
 * (literal ids). Secret named values come back WITHOUT a value: the caller
 * supplies it (an ARM parameter, or the resolved secret).
 */
import { armNameSegments, armTypeSegments } from "./ids";
import { defaultsFor } from "./kinds/apply";
import { genericSecrets, type GenericModel } from "./generic";
import { kindDescriptor, kindOfId } from "./kinds/registry";
import type { KindHooks } from "./kinds/types";
import { modelObject, policyById } from "./resources";
import { revisionArmNames } from "./revisions";
import type { Model, ResourceId } from "./types";

export const APIM_API_VERSION = "2024-05-01";

export type IdStyle = "arm-expression" | { subscriptionId: string; resourceGroup: string };

/** `Microsoft.ApiManagement/service/apis/operations` for `apis/orders/operations/get`. */
export function armType(id: ResourceId): string {
  return ["Microsoft.ApiManagement/service", ...armTypeSegments(id)].join("/");
}

/** The ARM id of a resource, as an expression (`[resourceId(...)]`) or a literal path. */
export function armResourceId(model: Model, id: ResourceId, style: IdStyle): string {
  const names = armNames(model, id);
  if (style === "arm-expression") {
    return `[resourceId('${armType(id)}', parameters('serviceName'), ${names.map(armString).join(", ")})]`;
  }
  const types = armTypeSegments(id);
  const path = types.map((t, i) => `${t}/${names[i]}`).join("/");
  return `/subscriptions/${style.subscriptionId}/resourceGroups/${style.resourceGroup}/providers/Microsoft.ApiManagement/service/${model.service.name}/${path}`;
}

/** ARM name segments of a resource: the API's content goes to the revision `apiRevision` names (src/model/revisions.ts). */
export function armNames(model: Pick<Model, "apis">, id: ResourceId): string[] {
  return revisionArmNames(model, id, armNameSegments(id));
}

/** A string literal inside an ARM expression. */
export function armString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Escapes a literal string value that ARM would otherwise read as an expression (`[...]`). */
export function armLiteral(s: string): string {
  return s.startsWith("[") && s.endsWith("]") ? `[${s}` : s;
}

/** What a body builder needs: the resource, and how ids and literals are written for this target. */
interface BodyContext {
  model: Model;
  id: ResourceId;
  /** The resource's ARM name (last id segment). */
  name: string;
  ref: (target: ResourceId) => string;
  lit: (v: string) => string;
}

/**
 * The bodies a descriptor's `hooks.armBody` names: the kinds whose body is
 * not their model's properties with references and defaults (KindHooks says
 * why each is special).
 */
const ARM_BODIES: Record<NonNullable<KindHooks["armBody"]>, (c: BodyContext) => Record<string, unknown>> = {
  // The value comes from one of four sources; a secret one is supplied by the caller.
  namedValue: ({ model, id, name, lit }) => {
    const nv = must(model.namedValues[name], id);
    const out: Record<string, unknown> = { displayName: nv.displayName, secret: nv.secret };
    if (nv.tags) out.tags = nv.tags;
    if (nv.source.kind === "plain") out.value = lit(nv.source.value);
    else if (nv.source.kind === "keyVault") {
      const kv: Record<string, unknown> = { secretIdentifier: nv.source.secretIdentifier };
      if (nv.source.identityClientId !== undefined) kv.identityClientId = nv.source.identityClientId;
      out.keyVault = kv;
    }
    return out;
  },
  // Certificates named beside the contract's certificateIds, and Service Fabric settings written at the top.
  backend: ({ model, id, name, ref, lit }) => {
    const { serviceFabricCluster, ...rest } = must(model.backends[name], id).properties;
    const out = contractBody("backend", rest, ref, lit);
    // Certificates by name -> their ARM ids (`credentials.certificates: [partner-mtls]`).
    const credentials = out.credentials as Record<string, unknown> | undefined;
    const certNames = rest.credentials?.certificates;
    if (credentials && certNames) {
      delete credentials.certificates;
      credentials.certificateIds = [...((credentials.certificateIds as string[] | undefined) ?? []), ...certNames.map((n) => ref(`certificates/${n}`))];
    }
    // The contract nests Service Fabric settings under `properties`; apimc writes them at the top.
    if (serviceFabricCluster) {
      const { clientCertificate, ...sfc } = serviceFabricCluster;
      const body = mapStrings(sfc, lit) as Record<string, unknown>;
      // A full ARM id, as the contract asks (`clientCertificateId`).
      if (clientCertificate !== undefined) body.clientCertificateId = ref(`certificates/${clientCertificate}`);
      out.properties = { serviceFabricCluster: body };
    }
    return out;
  },
  // A revision other than "1" is made current by its release; `sourceApiId` may name a declared API or revision.
  api: ({ model, id, name, ref, lit }) => {
    const api = must(model.apis[name], id);
    const out = contractBody("api", api.properties, ref, lit);
    // The API's own PUT cannot name a revision that may not exist yet.
    if (api.release) delete out.apiRevision;
    // `sourceApiId: orders;rev=2` names a declared API or revision (APIMC166 checks it); ARM wants its id.
    const source = api.properties.sourceApiId;
    if (typeof source === "string" && !source.startsWith("/") && !source.startsWith("[")) out.sourceApiId = ref(`apis/${source}`);
    return out;
  },
  // An operation of the API, or of one of its revisions (`apis/orders;rev=4/operations/get`).
  operation: ({ model, id, ref, lit }) => {
    const s = id.split("/");
    const op = must(operationById(model, s[1], s[3]), id);
    return contractBody("operation", op.properties, ref, lit, op.name);
  },
  // The schema document as loaded (a file's text, or the components an OpenAPI import brings).
  apiSchema: ({ model, id, name, lit }) => {
    const schema = must(model.apis[id.split("/")[1]]?.schemas?.[name], id);
    return mapStrings({ contentType: schema.contentType, document: schema.document }, lit) as Record<string, unknown>;
  },
  // A revision's id (`apis/orders;rev=4`) has no model properties of its own: it is its API's body, made from the API.
  apiRevision: (ctx) => {
    const [apiName, n] = ctx.id.split("/")[1].split(";rev=");
    const api = must(ctx.model.apis[apiName], ctx.id);
    const rev = must(api.revisions?.[n], ctx.id);
    // The API's own body, so a second deploy (the revision now current) writes what the API's PUT writes; created
    // from the API as it stands (the current revision), so it starts with its operations and policies.
    const out = ARM_BODIES.api({ ...ctx, id: api.id, name: api.name });
    delete out.apiRevisionDescription;
    Object.assign(out, { sourceApiId: ctx.ref(api.id), apiRevision: n });
    if (rev.apiRevisionDescription !== undefined) out.apiRevisionDescription = ctx.lit(rev.apiRevisionDescription);
    return out;
  },
  // Derived from the API's `apiRevision`: it releases that revision.
  apiRelease: ({ model, id, ref, lit }) => {
    const api = must(model.apis[id.split("/")[1]], id);
    const release = must(api.release, id);
    const out: Record<string, unknown> = { apiId: ref(`apis/${api.name};rev=${release.revision}`) };
    if (release.notes !== undefined) out.notes = lit(release.notes);
    return out;
  },
  // The canonical policy text, in the rawxml dialect.
  policy: ({ model, id, lit }) => ({ ...defaultsFor("policy", {}, "policy"), value: lit(must(policyById(model, id), id).xml) }),
  policyFragment: ({ model, id, name, lit }) => {
    const f = must(model.policyFragments[name], id);
    const out: Record<string, unknown> = { ...defaultsFor("policyFragment", {}, f.name), value: lit(f.policy.xml) };
    if (f.description !== undefined) out.description = lit(f.description);
    return out;
  },
  // `location` is the contract's `locationData`; hostnames and certificate authorities are resources of their own.
  gateway: ({ model, id, name, lit }) => {
    const g = must(model.gateways[name], id);
    const out: Record<string, unknown> = {};
    if (g.description !== undefined) out.description = lit(g.description);
    if (g.location) out.locationData = mapStrings(g.location, lit);
    return out;
  },
  // Azure's examples write the scope relative to the service (`/products/starter`), not as an ARM id.
  subscription: ({ model, id, ref, lit }) => {
    const r = must(model.generic?.[id], id);
    return { ...genericArmProperties(r, ref, lit), scope: subscriptionScope(r.properties.scope) };
  },
};

/** Whether a resource's ARM object carries `properties`: links without a contract body (a tag or group named in a list) do not. */
export function hasArmBody(id: ResourceId): boolean {
  const d = kindOfId(id);
  return d.contract !== undefined || d.declaration.in !== "parent" || d.declaration.shape !== "names";
}

export function toArmProperties(model: Model, id: ResourceId, idStyle: IdStyle = "arm-expression"): Record<string, unknown> {
  const d = kindOfId(id);
  const s = id.split("/");
  const ctx: BodyContext = {
    model,
    id,
    name: s[s.length - 1],
    ref: (target: ResourceId) => armResourceId(model, target, idStyle),
    lit: (v: string) => (idStyle === "arm-expression" ? armLiteral(v) : v),
  };
  const hook = d.hooks?.armBody;
  if (hook) return ARM_BODIES[hook](ctx);
  const generic = model.generic?.[id];
  if (generic) return genericArmProperties(generic, ctx.ref, ctx.lit);
  // A link named in its owner's list: the contract's body is its defaults (`provisioningState`), or none.
  if (d.declaration.in === "parent" && d.declaration.shape === "names") return d.contract ? contractBody(d.kind, {}, ctx.ref, ctx.lit, ctx.name) : {};
  const m = must(modelObject(model, id), id);
  // Kinds with a typed model keep their contract properties under `properties`; a hostname is its declaration.
  return contractBody(d.kind, (m.properties ?? m) as object, ctx.ref, ctx.lit, ctx.name);
}

/**
 * The body of a kind built from the registry alone: its contract body, with
 * secret-sourced properties left out, like a secret named value's value: the
 * caller supplies them (an ARM parameter, or the resolved secret).
 */
function genericArmProperties(r: GenericModel, ref: (target: ResourceId) => string, lit: (v: string) => string): Record<string, unknown> {
  const props: Record<string, unknown> = { ...r.properties };
  for (const { property } of genericSecrets(r)) delete props[property];
  return contractBody(r.kind, props, ref, lit, r.name);
}

/** A subscription's ARM scope, relative to the service as Azure's own examples write it (`/products/starter`). */
export function subscriptionScope(scope: unknown): string {
  if (scope !== null && typeof scope === "object") {
    const s = scope as Record<string, unknown>;
    if (typeof s.product === "string") return `/products/${s.product}`;
    if (typeof s.api === "string") return `/apis/${s.api}`;
  }
  return "/apis";
}

/**
 * The body of a kind whose declaration is its contract properties: strings
 * escaped for ARM, each registry reference (`apiVersionSet: orders`,
 * `pool.services[].backend`) turned into its ARM id property, and the
 * registry's defaults for what was left out.
 */
function contractBody(kind: string, properties: object, ref: (target: ResourceId) => string, lit: (v: string) => string, name = ""): Record<string, unknown> {
  const out = mapStrings(properties, lit) as Record<string, unknown>;
  // Names were escaped with the other strings; the id needs the name itself.
  const escaping = lit("[]") !== "[]";
  const unescape = (n: string) => (escaping && n.startsWith("[[") && n.endsWith("]") ? n.slice(1) : n);
  for (const rule of kindDescriptor(kind).references) {
    if (rule.armProperty === "(name)") continue;
    rewriteReference(out, rule.property.split("/"), rule.armProperty.split("/").pop() as string, (n) => ref(`${kindDescriptor(rule.to).armType}/${unescape(n)}`));
  }
  return { ...out, ...defaultsFor(kind, out, name) };
}

/** Replaces the name at `path` (`[]` = each item) by the ARM id under `armKey`, beside it. */
function rewriteReference(at: unknown, path: string[], armKey: string, idOf: (name: string) => string): void {
  if (at === null || typeof at !== "object") return;
  const [head, ...rest] = path;
  if (head === "[]") {
    if (Array.isArray(at)) for (const item of at) rewriteReference(item, rest, armKey, idOf);
    return;
  }
  const obj = at as Record<string, unknown>;
  if (rest.length) return rewriteReference(obj[head], rest, armKey, idOf);
  if (typeof obj[head] !== "string") return;
  const name = obj[head] as string;
  delete obj[head];
  obj[armKey] = idOf(name);
}

/** An operation of an API, or of one of its revisions (`orders;rev=4`). */
function operationById(model: Model, api: string, op: string) {
  if (!api.includes(";rev=")) return model.apis[api]?.operations[op];
  const [name, n] = api.split(";rev=");
  return model.apis[name]?.revisions?.[n]?.operations[op];
}

function must<T>(v: T | undefined, id: ResourceId): T {
  if (v === undefined) throw new Error(`no resource ${id} in the model`);
  return v;
}

/** Deep copy with every string passed through `f` (ARM literal escaping). */
function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === "string") return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = mapStrings(x, f);
    return out;
  }
  return v;
}
