/**
 * Flattens a Model into one normalised record per ARM resource, so both sides
 * of a plan (declarations or a live instance) compare the same way. ARM
 * defaults are filled in, sets are sorted, and pool members are keyed by the
 * backend they name.
 */
import type { PolicyDocument } from "../policy/types";
import type {
  ApiModel,
  BackendModel,
  GatewayModel,
  Model,
  NamedValueModel,
  OperationModel,
  PolicyModel,
  ProductModel,
} from "../model/types";
import { Secret, SENSITIVE } from "../core/secret";
import { kindDescriptor, kindOfId } from "../model/kinds/registry";
import type { KindHooks } from "../model/kinds/types";
import { listResources, modelObject, policyById } from "../model/resources";
import { genericReferences, type GenericModel } from "../model/generic";
import { dropReadBackDefaults, readBackDefault } from "../model/kinds/apply";
import { protectRecordValues, protectUnlessReference } from "./sensitive";
import type { ChangeKind } from "./types";

export interface DiffResource {
  id: string;
  kind: ChangeKind;
  name: string;
  props: Record<string, unknown>;
  /** Properties ARM cannot update in place: a change to one means delete and create. */
  identity: Record<string, unknown>;
  policy?: PolicyDocument;
  /** Canonical policy text: equal text means no change, without walking the trees. */
  policyXml?: string;
  /** Ids this resource needs to exist first, beyond what the model graph says. */
  parents: string[];
  /**
   * A secret whose value the reader could not see (ARM never returns secret
   * values, so a live secret reads as the mask). Its source cannot be compared.
   */
  opaqueSecret?: boolean;
  /** Named values: where the value comes from (`plain`, `keyVault`, `fromKeyVault`, `fromParameter`). */
  sourceKind?: string;
  /** JSON pointer of the declaration, so a plan warning can point at the line that caused it. */
  pointer?: string;
}

function sortedSet(v: string[] | undefined): string[] | undefined {
  return v === undefined ? undefined : [...new Set(v)].sort();
}

function orDefault<T>(v: T | undefined, d: T): T {
  return v === undefined ? d : v;
}

function namedValue(nv: NamedValueModel): DiffResource {
  const src = nv.source;
  // Paths in the plan use the declaration's keys (`value`, `fromParameter`, `keyVault.secretIdentifier`), not the model's `source.kind`.
  const source: Record<string, unknown> = {};
  switch (src.kind) {
    case "plain":
      source.value = nv.secret ? new Secret(src.value) : src.value;
      break;
    case "keyVault":
      source.keyVault = { secretIdentifier: src.secretIdentifier, identityClientId: src.identityClientId };
      break;
    case "fromKeyVault":
      source.fromKeyVault = src.uri;
      break;
    case "fromParameter":
      source.fromParameter = src.parameter;
      break;
  }
  return {
    id: nv.id,
    kind: "namedValue",
    name: nv.name,
    props: { displayName: nv.displayName, secret: nv.secret, tags: sortedSet(nv.tags) ?? [], ...source },
    identity: {},
    parents: [],
    pointer: nv.pointer,
    opaqueSecret: nv.secret && src.kind === "plain" && src.value === SENSITIVE,
    sourceKind: src.kind,
  };
}

/** The declaration keys a named value's source may take; a plan compares them as one. */
export const NAMED_VALUE_SOURCE_KEYS: readonly string[] = ["value", "keyVault", "fromKeyVault", "fromParameter"];

/** The certificate name in the ARM id of a certificate entity (`.../service/x/certificates/partner-mtls`). */
function certificateName(id: string | undefined): string | undefined {
  const m = id === undefined ? null : /\/certificates\/([^/]+)$/i.exec(id);
  return m ? m[1] : undefined;
}

function backend(b: BackendModel): DiffResource {
  const p = { ...b.properties } as Record<string, unknown> & BackendModel["properties"];
  const props: Record<string, unknown> = { ...p, type: orDefault(p.type, readBackDefault<string>("backend", "type")) };
  // ARM returns `tls: { true, true }` for a backend declared without tls; only a `false` means something.
  if (p.tls) {
    props.tls = {
      validateCertificateChain: p.tls.validateCertificateChain === false ? false : undefined,
      validateCertificateName: p.tls.validateCertificateName === false ? false : undefined,
    };
  }
  if (p.credentials) {
    const c = p.credentials;
    props.credentials = {
      ...c,
      header: protectRecordValues(c.header),
      query: protectRecordValues(c.query),
      authorization: c.authorization && { scheme: c.authorization.scheme, parameter: protectUnlessReference(c.authorization.parameter) },
      certificate: sortedSet(c.certificate),
      // Certificates named (`certificates: [partner-mtls]`) or given by ARM id (as Azure returns them) compare alike.
      certificateIds: sortedSet(c.certificateIds?.filter((id) => certificateName(id) === undefined)),
      certificates: sortedSet([...(c.certificates ?? []), ...(c.certificateIds ?? []).flatMap((id) => certificateName(id) ?? [])]),
    };
  }
  if (p.serviceFabricCluster) {
    const { clientCertificateId, clientCertificate, ...sfc } = p.serviceFabricCluster;
    const named = clientCertificate ?? certificateName(clientCertificateId);
    props.serviceFabricCluster = { ...sfc, ...(named !== undefined ? { clientCertificate: named } : { clientCertificateId }) };
  }
  if (p.proxy) props.proxy = { ...p.proxy, password: protectUnlessReference(p.proxy.password) };
  const parents: string[] = [];
  if (p.pool) {
    const members: Record<string, unknown> = {};
    for (const m of p.pool.services) {
      members[m.backend] = { priority: m.priority, weight: m.weight };
      parents.push(`backends/${m.backend}`);
    }
    props.pool = { services: members };
  }
  if (p.circuitBreaker?.rules) {
    const rules: Record<string, unknown> = {};
    for (const r of p.circuitBreaker.rules) rules[r.name] = { ...r, name: undefined };
    props.circuitBreaker = { rules };
  }
  return { id: b.id, kind: "backend", name: b.name, props, identity: {}, parents };
}

function policy(pm: PolicyModel, kind: ChangeKind, name: string, parent: string | undefined): DiffResource {
  return { id: pm.id, kind, name, props: {}, identity: {}, policy: pm.document, policyXml: pm.xml, parents: parent ? [parent] : [] };
}

function operation(op: OperationModel): DiffResource {
  const props: Record<string, unknown> = { ...op.properties, method: op.properties.method.toUpperCase() };
  return { id: op.id, kind: "operation", name: op.name, props, identity: {}, parents: [`apis/${op.api}`] };
}

function api(a: ApiModel): DiffResource {
  const p = a.properties;
  const props: Record<string, unknown> = {
    ...p,
    type: undefined,
    protocols: sortedSet(p.protocols?.map((x) => x.toLowerCase())),
    subscriptionRequired: orDefault(p.subscriptionRequired, readBackDefault<boolean>("api", "subscriptionRequired")),
    isCurrent: orDefault(p.isCurrent, readBackDefault<boolean>("api", "isCurrent")),
    // Defaults ARM reports on every API whether or not they were sent.
    apiRevision: p.apiRevision === readBackDefault("api", "apiRevision") ? undefined : p.apiRevision,
    subscriptionKeyParameterNames: p.subscriptionKeyParameterNames && {
      header: p.subscriptionKeyParameterNames.header === readBackDefault("api", "subscriptionKeyParameterNames/header") ? undefined : p.subscriptionKeyParameterNames.header,
      query: p.subscriptionKeyParameterNames.query === readBackDefault("api", "subscriptionKeyParameterNames/query") ? undefined : p.subscriptionKeyParameterNames.query,
    },
  };
  // Write-only properties (an import's format/value) never come back from Azure, so they cannot be compared.
  for (const key of kindDescriptor("api").writeOnly) delete props[key];
  const parents = p.apiVersionSet ? [`apiVersionSets/${p.apiVersionSet}`] : [];
  // ARM cannot change an API's type (http, soap, websocket, graphql) in place.
  return { id: a.id, kind: "api", name: a.name, props, identity: { type: orDefault(p.type, readBackDefault<string>("api", "type")) }, parents };
}

function product(p: ProductModel): DiffResource {
  const pr = p.properties;
  const props: Record<string, unknown> = {
    ...pr,
    state: orDefault(pr.state, readBackDefault<string>("product", "state")),
    subscriptionRequired: orDefault(pr.subscriptionRequired, readBackDefault<boolean>("product", "subscriptionRequired")),
  };
  if (props.subscriptionRequired === true) props.approvalRequired = orDefault(pr.approvalRequired, readBackDefault<boolean>("product", "approvalRequired"));
  return { id: p.id, kind: "product", name: p.name, props, identity: {}, parents: [] };
}

function gateway(g: GatewayModel): DiffResource {
  const props: Record<string, unknown> = {
    description: g.description,
    location: g.location,
    // Flags Azure reports as off compare equal to absent, declared or read (the registry's read-back defaults).
    hostnames: Object.fromEntries(Object.entries(g.hostnames).map(([k, h]) => [k, dropReadBackDefaults("gatewayHostname", h)])),
    // ARM and the provider write an undeclared isTrusted as false; compare what is deployed.
    certificateAuthorities: Object.fromEntries(Object.entries(g.certificateAuthorities).map(([k, ca]) => [k, { isTrusted: ca.isTrusted ?? false }])),
  };
  return { id: g.id, kind: "gateway", name: g.name, props, identity: {}, parents: [] };
}

/** A link named in its owner's list (an API, tag or group of a product...): it exists or not, with nothing to compare. */
function link(id: string, kind: string): DiffResource {
  const s = id.split("/");
  const name = s[s.length - 1];
  const target = kindDescriptor(kindDescriptor(kind).references[0].to).armType;
  return { id, kind: kind as ChangeKind, name, props: {}, identity: {}, parents: [s.slice(0, -2).join("/"), `${target}/${name}`] };
}

/**
 * A kind built from the registry alone. Write-only properties (secret sources, logger credentials) never come
 * back from Azure, so they are not compared; a literal in a secret-bearing property is wrapped, never shown.
 */
function genericResource(r: GenericModel): DiffResource {
  const d = kindDescriptor(r.kind);
  // A declared value equal to what Azure fills in compares equal to absent, as it does on the live side.
  const props: Record<string, unknown> = dropReadBackDefaults(r.kind, r.properties);
  for (const key of d.writeOnly) delete props[key];
  for (const rule of d.secrets) {
    const key = rule.property.split("/")[0];
    if (typeof props[key] === "string") props[key] = new Secret(props[key] as string);
  }
  const parents = genericReferences(r).map((ref) => ref.to);
  return { id: r.id, kind: r.kind as ChangeKind, name: r.name, props, identity: {}, parents };
}

/**
 * An API's schemas, its revisions and the release that makes `apiRevision` current: each its own change, so a
 * plan shows "create revision 4" and "release it". A non-current revision's policy and operations are flattened
 * by their own kinds' hooks.
 */
function apiSchema(model: Model, id: string, name: string): DiffResource | undefined {
  const apiId = id.split("/").slice(0, 2).join("/");
  const s = model.apis[apiId.split("/")[1]]?.schemas?.[name];
  return s && { id: s.id, kind: "apiSchema", name: s.name, props: { contentType: s.contentType, document: s.document }, identity: {}, parents: [apiId] };
}

function apiRevision(model: Model, id: string): DiffResource | undefined {
  const [apiName, n] = id.split("/")[1].split(";rev=");
  const a = model.apis[apiName];
  const rev = a?.revisions?.[n];
  return rev && { id: rev.id, kind: "apiRevision", name: `${a.name};rev=${rev.revision}`, props: { apiRevisionDescription: rev.apiRevisionDescription }, identity: {}, parents: [a.id] };
}

function apiRelease(model: Model, id: string): DiffResource | undefined {
  const a = model.apis[id.split("/")[1]];
  if (!a?.release) return undefined;
  const rev = `${a.id};rev=${a.release.revision}`;
  return { id: a.release.id, kind: "apiRelease", name: a.release.name, props: { revision: a.release.revision }, identity: {}, parents: [a.id, rev] };
}

/** ARM does not tell an empty list or object from an absent one, so neither does the plan. */
function dropEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? v.map(dropEmpty) : undefined;
  if (typeof v === "object" && v !== null && !(v instanceof Secret)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const d = dropEmpty(x);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v;
}

/**
 * The flatteners a descriptor's `hooks.diff` names: secrets and their sources,
 * pools and certificates, policy documents, an API's replace-only type,
 * children compared inside their owner (`child`: nothing of their own).
 */
const FLATTEN: Record<NonNullable<KindHooks["diff"]>, (model: Model, id: string, name: string) => DiffResource | undefined> = {
  namedValue: (model, _id, name) => namedValue(model.namedValues[name]),
  backend: (model, _id, name) => backend(model.backends[name]),
  api: (model, _id, name) => api(model.apis[name]),
  // An operation of the API or of one of its revisions (`apis/orders;rev=4/operations/get`), after its owner.
  operation: (model, id) => ({ ...operation(modelObject(model, id) as unknown as OperationModel), parents: [id.split("/").slice(0, 2).join("/")] }),
  product: (model, _id, name) => product(model.products[name]),
  gateway: (model, _id, name) => gateway(model.gateways[name]),
  policyFragment: (model, _id, name) => {
    const f = model.policyFragments[name];
    return { ...policy(f.policy, "policyFragment", f.name, undefined), id: f.id, props: { description: f.description } };
  },
  policy: (model, id) => {
    const owner = id === "policy" ? undefined : id.slice(0, -"/policy".length);
    return policy(policyById(model, id) as PolicyModel, "policy", "policy", owner);
  },
  child: () => undefined,
  apiSchema,
  apiRevision,
  apiRelease,
};

/** Every resource of the model (listResources, so the registry's kinds), flattened by its descriptor's hook or generically. */
export function flattenModel(model: Model): Map<string, DiffResource> {
  const out = new Map<string, DiffResource>();
  for (const { id } of listResources(model)) {
    const d = kindOfId(id);
    const s = id.split("/");
    const hook = d.hooks?.diff;
    const generic = model.generic?.[id];
    let r: DiffResource | undefined;
    if (hook) r = FLATTEN[hook](model, id, s[s.length - 1]);
    else if (generic) r = genericResource(generic);
    else if (d.declaration.in === "parent" && d.declaration.shape === "names") r = link(id, d.kind);
    else if (d.hooks?.model) {
      // A typed model without a diff hook (version sets): its properties as declared; defaults were applied on read.
      // Kinds with no hooks at all are built and compared by their owner, so they are not flattened on their own.
      const m = modelObject(model, id) as { name: string; properties?: object } | undefined;
      if (m) r = { id, kind: d.kind as ChangeKind, name: m.name, props: { ...m.properties }, identity: {}, parents: [] };
    }
    if (r) out.set(r.id, r);
  }
  for (const r of out.values()) r.props = (dropEmpty(r.props) as Record<string, unknown> | undefined) ?? {};
  return out;
}
