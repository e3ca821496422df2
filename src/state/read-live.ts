/**
 * Reads a live APIM instance back into apimc's IR. Live resources are turned
 * into declarations and run through the same loader and model builder as
 * files, so a live model and a declared model compare like with like.
 */
import { buildModel } from "../model/build-model";
import type { Model, ResourceId } from "../model/types";
import { UserError } from "../core/errors";
import { escapeSegment } from "../core/pointer";
import type { ApimTarget } from "../azure/kinds";
import { ApimResources, type ApimRef, type LiveResource } from "./resources";
import type { AzureSettings } from "../azure/settings";
import { genericDescriptors } from "../model/generic";
import { revisionArmNames } from "../model/revisions";
import { azureKindOfId, KINDS, kindDescriptor } from "../model/kinds/registry";
import type { KindDescriptor } from "../model/kinds/types";
import { declarationOf, lastSegment, type Declarations } from "./to-declarations";

type ApimcDeclarations = Declarations;
type Loaded = Parameters<typeof buildModel>[0];
type PolicySource = Loaded["policies"][number];

const LIVE_FILE = "<live>";

/** A loader result for declarations that came from Azure rather than files. */
function liveLoaded(data: ApimcDeclarations): Loaded {
  const policies: PolicySource[] = [];
  const add = (pointer: string, text: unknown) => {
    if (typeof text === "string") policies.push({ pointer, text, file: LIVE_FILE, line: 1, col: 1, inline: true });
  };
  const esc = escapeSegment;
  add("/policy", data.policy);
  for (const [n, f] of Object.entries(data.policyFragments ?? {})) add(`/policyFragments/${esc(n)}/policy`, f.policy);
  for (const [n, a] of Object.entries(data.apis ?? {})) {
    add(`/apis/${esc(n)}/policy`, a.policy);
    for (const [o, op] of Object.entries(a.operations ?? {})) add(`/apis/${esc(n)}/operations/${esc(o)}/policy`, op.policy);
    for (const [k, rev] of Object.entries(a.revisions ?? {})) {
      add(`/apis/${esc(n)}/revisions/${esc(k)}/policy`, rev.policy);
      for (const [o, op] of Object.entries(rev.operations ?? {})) add(`/apis/${esc(n)}/revisions/${esc(k)}/operations/${esc(o)}/policy`, op.policy);
    }
  }
  for (const [n, p] of Object.entries(data.products ?? {})) add(`/products/${esc(n)}/policy`, p.policy);
  const here = { file: LIVE_FILE, line: 1, col: 1 };
  return {
    rootFile: LIVE_FILE,
    files: [LIVE_FILE],
    data,
    sourceMap: { value: () => here, key: () => here, locate: () => here },
    policies,
    imports: {},
    diagnostics: [],
  };
}

type Obj = Record<string, unknown>;

export interface ReadLiveOptions {
  /** Reuse a client (and its call counters); default: a new one for `target`. */
  resources?: ApimResources;
  settings?: AzureSettings;
}

export interface LiveResourceState {
  id: ResourceId;
  etag?: string;
  /** The apimc declaration of the live resource (policy text canonical, ARM ids turned into names). */
  declaration: unknown;
}

/**
 * The ARM reference of an apimc resource id (`apis/orders/operations/get/policy` etc.), from the kind registry.
 * With the model, an API's content goes to the revision `apiRevision` names (`orders;rev=4`), as in ARM.
 */
export function apimRefOf(id: ResourceId, model?: Pick<Model, "apis">): ApimRef {
  const kind = azureKindOfId(id) as ApimRef["kind"];
  const s = id.split("/");
  // Names are the odd segments; a policy's own name (`policy`) is implied by its kind.
  const names = s.filter((_, i) => i % 2 === 1);
  return { kind, names: model ? revisionArmNames(model, id, names) : names };
}

/** One live resource in declaration form, or undefined when it does not exist. */
export async function readLiveResource(resources: ApimResources, id: ResourceId): Promise<LiveResourceState | undefined> {
  const live = await resources.get(apimRefOf(id));
  if (!live) return undefined;
  return { id, ...(live.etag ? { etag: live.etag } : {}), declaration: declarationOf(live.ref.kind, live.properties) };
}

/** Registered top-level kinds that own no child kind and no policy scope. */
function simpleTopLevelKinds(): KindDescriptor[] {
  const policyOwners = new Set(kindDescriptor("policy").azureKinds.map((a) => a.replace(/Policy$/, "")));
  return KINDS.filter((d) => d.declaration.in === "top" && !policyOwners.has(d.kind) && !KINDS.some((c) => c.parent === d.kind));
}

function isRevision(name: string): boolean {
  return name.includes(";rev=");
}

/**
 * Every resource apimc manages in the instance, as a Model. `unmanaged` lists
 * the ARM ids of live resources apimc does not represent (non-current API revisions).
 */
export async function readLiveModel(target: ApimTarget, opts: ReadLiveOptions = {}): Promise<{ model: Model; unmanaged: string[] }> {
  const r = opts.resources ?? new ApimResources(target, opts.settings);
  const unmanaged: string[] = [];
  const data: ApimcDeclarations = {
    version: 1,
    service: { name: target.serviceName, resourceGroup: target.resourceGroup, subscriptionId: target.subscriptionId },
  };
  const byName = <T>(list: LiveResource[], f: (l: LiveResource) => T): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const l of list) out[l.ref.names[l.ref.names.length - 1]] = f(l);
    return out;
  };
  const put = <K extends keyof ApimcDeclarations>(key: K, value: Record<string, unknown>) => {
    if (Object.keys(value).length) (data as Obj)[key] = value;
  };

  // Top-level kinds with no children and no policy are read from the registry alone; the others below hold more.
  for (const d of simpleTopLevelKinds()) {
    const kind = d.azureKinds[0] as ApimRef["kind"];
    const key = d.declaration.in === "top" ? (d.declaration.key as keyof ApimcDeclarations) : undefined;
    if (key) put(key, byName(await r.list(kind), (l) => declarationOf(kind, l.properties)));
  }
  const global = await r.get({ kind: "globalPolicy", names: [] });
  if (global) data.policy = declarationOf("globalPolicy", global.properties) as string;

  const apis: Record<string, Obj> = {};
  // Non-current revisions (`orders;rev=3`) go under their API's `revisions`; apimc never deletes them.
  const revisions: Record<string, Record<string, Obj>> = {};
  for (const api of await r.list("api")) {
    const name = api.ref.names[0];
    const m = /^(.*);rev=(\d+)$/.exec(name);
    if (m) {
      (revisions[m[1]] ??= {})[m[2]] = await readRevision(r, name, api.properties);
      continue;
    }
    const decl = declarationOf("api", api.properties) as Obj;
    Object.assign(decl, await readApiContent(r, name));
    const tags = (await r.list("apiTag", [name])).map((l) => l.ref.names[1]).sort();
    if (tags.length) decl.tags = tags;
    const diagnostics = byName(await r.list("apiDiagnostic", [name]), (l) => declarationOf(l.ref.kind, l.properties));
    if (Object.keys(diagnostics).length) decl.diagnostics = diagnostics;
    const schemas = byName(await r.list("apiSchema", [name]), (l) => declarationOf("apiSchema", l.properties));
    if (Object.keys(schemas).length) decl.schemas = schemas;
    apis[name] = decl;
  }
  for (const [api, revs] of Object.entries(revisions)) {
    if (apis[api]) apis[api].revisions = revs;
    else for (const k of Object.keys(revs)) unmanaged.push(r.resourceId({ kind: "api", names: [`${api};rev=${k}`] }));
  }
  put("apis", apis);

  const products: Record<string, Obj> = {};
  for (const p of await r.list("product")) {
    const name = p.ref.names[0];
    const decl = declarationOf("product", p.properties) as Obj;
    const links = (await r.list("productApi", [name])).map((l) => l.ref.names[1]).filter((a) => !isRevision(a));
    if (links.length) decl.apis = links;
    for (const [kind, key] of [["productTag", "tags"], ["productGroup", "groups"]] as const) {
      const linked = (await r.list(kind, [name])).map((l) => l.ref.names[1]).sort();
      if (linked.length) decl[key] = linked;
    }
    const policy = await r.get({ kind: "productPolicy", names: [name] });
    if (policy) decl.policy = declarationOf("productPolicy", policy.properties);
    products[name] = decl;
  }
  put("products", products);

  const gateways: Record<string, Obj> = {};
  for (const g of await r.list("gateway")) {
    const name = g.ref.names[0];
    const decl = declarationOf("gateway", g.properties) as Obj;
    const links = (await r.list("gatewayApi", [name])).map((l) => l.ref.names[1]);
    if (links.length) decl.apis = links;
    const hostnames = byName(await r.list("gatewayHostname", [name]), (l) => declarationOf("gatewayHostname", l.properties));
    if (Object.keys(hostnames).length) decl.hostnames = hostnames;
    const cas = byName(await r.list("gatewayCertificateAuthority", [name]), (l) => declarationOf("gatewayCertificateAuthority", l.properties));
    if (Object.keys(cas).length) decl.certificateAuthorities = cas;
    gateways[name] = decl;
  }
  put("gateways", gateways);

  // Kinds built from the registry alone. Secrets are never read (no listSecrets call): the ones a declaration
  // needs become deploy-time parameters, as secret named values do.
  const parameterNames = new Set<string>();
  for (const d of genericDescriptors()) {
    // Listed above with the other simple top-level kinds.
    if (d.declaration.in !== "top") continue;
    const decls = ((data as Obj)[d.declaration.key] ?? {}) as Record<string, Obj>;
    for (const [name, decl] of Object.entries(decls)) {
      for (const property of secretPlaceholders(d.kind, decl)) decl[property] = { fromParameter: uniqueParameter(parameterNames, name, property) };
    }
  }

  const built = buildModel(liveLoaded(data));
  if (!built.model) throw new UserError(built.diagnostics);
  return { model: built.model, unmanaged: unmanaged.sort() };
}

/** The policy and operations (with theirs) of an API or API revision. */
async function readApiContent(r: ApimResources, name: string): Promise<Obj> {
  const out: Obj = {};
  const policy = await r.get({ kind: "apiPolicy", names: [name] });
  if (policy) out.policy = declarationOf("apiPolicy", policy.properties);
  const operations: Record<string, Obj> = {};
  for (const op of await r.list("operation", [name])) {
    const od = declarationOf("operation", op.properties) as Obj;
    const opPolicy = await r.get({ kind: "operationPolicy", names: op.ref.names });
    if (opPolicy) od.policy = declarationOf("operationPolicy", opPolicy.properties);
    const opTags = name.includes(";rev=") ? [] : (await r.list("operationTag", op.ref.names)).map((l) => l.ref.names[2]).sort();
    if (opTags.length) od.tags = opTags;
    operations[op.ref.names[1]] = od;
  }
  if (Object.keys(operations).length) out.operations = operations;
  return out;
}

/** A non-current revision as declared under `revisions`: its description, policy and operations. */
async function readRevision(r: ApimResources, name: string, properties: Obj): Promise<Obj> {
  const out: Obj = {};
  if (typeof properties.apiRevisionDescription === "string" && properties.apiRevisionDescription !== "") out.apiRevisionDescription = properties.apiRevisionDescription;
  return { ...out, ...(await readApiContent(r, name)) };
}

/**
 * Secret-sourced properties an extracted declaration writes as `fromParameter`: the registry's secrets read back
 * as a parameter (those Azure needs on every PUT: a PFX certificate's data and password, a cache's connection
 * string, OAuth client secrets). Subscription keys are left out: Azure keeps the keys it has when a PUT does not send them.
 */
function secretPlaceholders(kind: string, decl: Obj): string[] {
  return kindDescriptor(kind)
    .secrets.filter((s) => s.readBack?.as === "parameter" && !(s.readBack.unlessDeclared ?? []).some((k) => decl[k] !== undefined))
    .map((s) => s.property);
}

/** `westeurope` + `connectionString` -> `westeuropeConnectionString`, unique within one read. */
function uniqueParameter(taken: Set<string>, name: string, property: string): string {
  const camel = name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""));
  const base = `${/^[A-Za-z]/.test(camel) ? camel : `p${camel}`}${property[0].toUpperCase()}${property.slice(1)}`;
  let out = base;
  for (let i = 2; taken.has(out); i++) out = `${base}${i}`;
  taken.add(out);
  return out;
}

export { lastSegment };
