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
import { ApimResources, type ApimKind, type ApimRef } from "./resources";
import type { AzureSettings } from "../azure/settings";
import { genericDescriptors } from "../model/generic";
import { revisionArmNames } from "../model/revisions";
import { azureKindOfId, KINDS, kindDescriptor } from "../model/kinds/registry";
import { POLICY_AZURE_KINDS } from "../model/kinds/policy";
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

function isRevision(name: string): boolean {
  return name.includes(";rev=");
}

/** The policy scope of a kind, if it has one (`api` -> `apiPolicy`), from the policy descriptor's Azure kinds. */
function policyScopeOf(kind: string): ApimKind | undefined {
  return POLICY_AZURE_KINDS.find((a) => a === `${kind}Policy`);
}

/** Child kinds declared inside their parent (`parent` + a map or a names list), in registry order. */
function childKindsOf(kind: string): KindDescriptor[] {
  return KINDS.filter((c) => c.parent === kind && c.declaration.in === "parent");
}

/**
 * What the live resource `names` of kind `d` holds, as declaration keys: its policy and, from the registry's
 * parent relations, each child kind's map (read recursively) or list of linked names. `skip` leaves kinds out.
 */
async function readChildren(r: ApimResources, d: KindDescriptor, names: string[], skip: ReadonlySet<string> = new Set()): Promise<Obj> {
  const out: Obj = {};
  const scope = policyScopeOf(d.kind);
  if (scope) {
    const policy = await r.get({ kind: scope, names });
    if (policy) out.policy = declarationOf(scope, policy.properties);
  }
  for (const c of childKindsOf(d.kind)) {
    if (c.declaration.in !== "parent" || skip.has(c.kind)) continue;
    const kind = c.kind as ApimKind;
    const live = await r.list(kind, names);
    if (c.declaration.shape === "names") {
      // Links to a revision (`orders;rev=3`) are Azure's own; a declaration names APIs only.
      const linked = live.map((l) => l.ref.names[l.ref.names.length - 1]).filter((n) => !isRevision(n)).sort();
      if (linked.length) out[c.declaration.key] = linked;
      continue;
    }
    const map: Record<string, Obj> = {};
    for (const l of live) {
      const name = l.ref.names[l.ref.names.length - 1];
      map[name] = { ...(declarationOf(kind, l.properties) as Obj), ...(await readChildren(r, c, l.ref.names, skip)) };
    }
    if (Object.keys(map).length) out[c.declaration.key] = map;
  }
  return out;
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
  const put = <K extends keyof ApimcDeclarations>(key: K, value: Record<string, unknown>) => {
    if (Object.keys(value).length) (data as Obj)[key] = value;
  };

  const global = await r.get({ kind: "globalPolicy", names: [] });
  if (global) data.policy = declarationOf("globalPolicy", global.properties) as string;

  // Non-current revisions (`orders;rev=3`) go under their API's `revisions`; apimc never deletes them.
  const revisions: Record<string, Record<string, Obj>> = {};
  // Every top-level kind, with what it holds, from the registry's parent relations.
  for (const d of KINDS) {
    if (d.declaration.in !== "top") continue;
    const kind = d.kind as ApimKind;
    const section: Record<string, Obj> = {};
    for (const l of await r.list(kind)) {
      const name = l.ref.names[0];
      const m = /^(.*);rev=(\d+)$/.exec(name);
      if (m) {
        (revisions[m[1]] ??= {})[m[2]] = await readRevision(r, name, l.properties);
        continue;
      }
      section[name] = { ...(declarationOf(kind, l.properties) as Obj), ...(await readChildren(r, d, [name])) };
    }
    put(d.declaration.key as keyof ApimcDeclarations, section);
  }
  const apis = ((data as Obj).apis ?? {}) as Record<string, Obj>;
  for (const [api, revs] of Object.entries(revisions)) {
    if (apis[api]) apis[api].revisions = revs;
    else for (const k of Object.keys(revs)) unmanaged.push(r.resourceId({ kind: "api", names: [`${api};rev=${k}`] }));
  }

  // Kinds built from the registry alone. Secrets are never read (no listSecrets call): the ones a declaration
  // needs become deploy-time parameters, as secret named values do.
  const parameterNames = new Set<string>();
  for (const d of genericDescriptors()) {
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

const REVISION_SKIPS: ReadonlySet<string> = new Set(["apiTag", "apiDiagnostic", "apiSchema", "operationTag"]);

/** A non-current revision as declared under `revisions`: its description, policy and operations. */
async function readRevision(r: ApimResources, name: string, properties: Obj): Promise<Obj> {
  const out: Obj = {};
  if (typeof properties.apiRevisionDescription === "string" && properties.apiRevisionDescription !== "") out.apiRevisionDescription = properties.apiRevisionDescription;
  // A revision holds the API's content: its policy and operations (with theirs); tags, diagnostics and schemas are the API's.
  return { ...out, ...(await readChildren(r, kindDescriptor("api"), [name], REVISION_SKIPS)) };
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
