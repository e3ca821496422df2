/**
 * ApimService: one component that deploys a whole declaration set. It builds
 * the same model as the CLI, creates one resource per apimc resource and
 * orders them with `dependsOn` from the model's reference graph.
 */
import * as pulumi from "@pulumi/pulumi";
import {
  UserError,
  buildModel,
  loadDeclarations,
  loadDeclarationsFromObject,
  validateDeclarations,
  RESOURCE_KINDS,
  policyById,
  type ApimcDeclarations,
  type Diagnostic,
  type LoadedDeclarations,
  type Model,
  type ResourceId,
} from "../src/index";
import * as native from "./native/resources";
import { Api, ApiRelease, ApiVersionSet, Backend, Gateway, NamedValue, Policy, PolicyFragment, Product } from "./resources";
import { REGISTRY_CLASSES } from "./generated/tables";
import { secretSourcesOf } from "./runtime/registry-secrets";
import { REGISTRY_PROVIDER_KINDS, type NamedValueArgs, type ProviderKind, type RegistryProviderKind, type ServiceTarget } from "./types";

export interface ApimServiceArgs {
  /** A declaration directory or root file (`apim/`, `apim/apim.yaml`), or the declarations as an object. */
  declarations: string | ApimcDeclarations;
  /** Where the instance lives; `serviceName` defaults to the declarations' `service.name`. */
  service: { subscriptionId: string; resourceGroup: string; serviceName?: string };
  /** Environment overlay (`environments/<env>.yaml`). */
  env?: string;
  /** Directory that file references in an object form resolve from; default: the working directory. */
  baseDir?: string;
  /**
   * Values of `fromParameter` secret sources, by parameter name: named values,
   * certificate `data`/`password`, subscription keys, client secrets, cache
   * connection strings. Pass `pulumi.secret`s; each resource stores the ones it uses as secrets.
   */
  parameters?: Record<string, pulumi.Input<string>>;
  /**
   * Build the resources under real type tokens (`apimc:index:<Kind>`, the `native`
   * classes), served by the `apimc` plugin, instead of dynamic resources.
   */
  plugin?: boolean;
}

/** A declaration section of a top-level kind (`backends`, `loggers`, ...). */
type Section = string;
type CommonSection = keyof typeof DYNAMIC.sections;

/**
 * Declaration section -> provider kind, for every top-level kind of the kind
 * registry. Children (operations, links, an API's diagnostics) belong to their
 * parent's resource; policies are resources of their own.
 */
const KIND_OF_SECTION: Record<string, Exclude<ProviderKind, "policy">> = Object.fromEntries(
  RESOURCE_KINDS.flatMap((d) => (d.declaration.in === "top" ? [[d.declaration.key, d.kind as Exclude<ProviderKind, "policy">]] : [])),
);
const SECTION_OF: Record<string, Section> = Object.fromEntries(Object.keys(KIND_OF_SECTION).map((k) => [k, k]));

function registryKindOf(section: Section): RegistryProviderKind | undefined {
  const kind = KIND_OF_SECTION[section];
  return (REGISTRY_PROVIDER_KINDS as readonly string[]).includes(kind) ? (kind as RegistryProviderKind) : undefined;
}

/** The resource classes of one flavour: dynamic (the default) or native (the `apimc` plugin). */
const DYNAMIC = {
  NamedValue,
  Policy,
  ApiRelease,
  /** The class of each section whose args are just the common ones. */
  sections: { backends: Backend, apiVersionSets: ApiVersionSet, policyFragments: PolicyFragment, apis: Api, products: Product, gateways: Gateway },
  /** The class of each registry kind (args: the common ones plus `parameterValues`), generated from the registry. */
  registry: REGISTRY_CLASSES.dynamic,
} as const;
const NATIVE = {
  NamedValue: native.NamedValue,
  Policy: native.Policy,
  ApiRelease: native.ApiRelease,
  sections: {
    backends: native.Backend,
    apiVersionSets: native.ApiVersionSet,
    policyFragments: native.PolicyFragment,
    apis: native.Api,
    products: native.Product,
    gateways: native.Gateway,
  },
  registry: REGISTRY_CLASSES.native,
} as const;

/** What ApimService needs of a created resource: ordering and its ARM id. */
type Created = pulumi.CustomResource & { readonly armId: pulumi.Output<string> };

/** The provider resource that owns a model id: policies are their own resources, children belong to their parent. */
export function ownerOf(id: ResourceId): ResourceId {
  if (id === "policy" || (id.endsWith("/policy") && !id.startsWith("policyFragments/"))) return id;
  const s = id.split("/");
  // A release is a resource of its own (it must follow the revision's policies); an API owns its revisions.
  if (s[0] === "apis" && s[2] === "releases") return id;
  if (s[0] === "apis") return `apis/${s[1].split(";rev=")[0]}`;
  return s.slice(0, 2).join("/");
}

function errorsOf(list: Diagnostic[]): Diagnostic[] {
  return list.filter((d) => d.severity === "error");
}

async function load(args: ApimServiceArgs): Promise<{ loaded: LoadedDeclarations; model: Model }> {
  const loaded =
    typeof args.declarations === "string"
      ? await loadDeclarations(args.declarations, args.env ? { env: args.env } : {})
      : await loadDeclarationsFromObject(args.declarations, args.baseDir ?? process.cwd(), args.env ? { env: args.env } : {});
  const problems = errorsOf([...loaded.diagnostics, ...validateDeclarations(loaded)]);
  if (problems.length) throw new UserError(problems);
  const built = buildModel(loaded);
  if (!built.model || errorsOf(built.diagnostics).length) throw new UserError(errorsOf(built.diagnostics));
  return { loaded, model: built.model };
}

/** The declaration a provider resource is given: self-contained (policies are separate resources, operations inlined). */
function declarationFor(model: Model, loaded: LoadedDeclarations, section: Section, name: string): Record<string, unknown> {
  // A shallow copy is enough: only top-level keys change here, and the JSON round trip below copies the rest.
  const raw = { ...((((loaded.data as Record<string, unknown>)[section] ?? {}) as Record<string, Record<string, unknown>>)[name] ?? {}) };
  delete raw.policy;
  if (section === "apis") {
    const api = model.apis[name];
    // Non-current revisions without their policies (Policy resources of their own), operations as built.
    if (api.revisions) {
      const revisions: Record<string, unknown> = {};
      for (const rev of Object.values(api.revisions)) {
        if (rev.current) continue;
        const operations = Object.fromEntries(Object.entries(rev.operations).map(([opName, op]) => [opName, op.tags?.length ? { ...op.properties, tags: op.tags } : op.properties]));
        revisions[rev.revision] = { ...(rev.apiRevisionDescription !== undefined ? { apiRevisionDescription: rev.apiRevisionDescription } : {}), ...(Object.keys(operations).length ? { operations } : {}) };
      }
      if (Object.keys(revisions).length) raw.revisions = revisions;
      else delete raw.revisions;
    }
    delete raw.openapi;
    delete raw.wsdl;
    delete raw.backend;
    const operations: Record<string, unknown> = {};
    for (const [opName, op] of Object.entries(api.operations)) {
      // An operation's tag links ride with it (the model keeps them beside its properties).
      operations[opName] = op.tags?.length ? { ...op.properties, tags: op.tags } : op.properties;
    }
    raw.operations = operations;
    // Schemas inline, imported ones included (the `openapi:` file is not sent), so operations' `schemaId`s resolve in the provider.
    if (api.schemas) raw.schemas = Object.fromEntries(Object.entries(api.schemas).map(([n, sc]) => [n, { contentType: sc.contentType, document: sc.document }]));
  }
  if (section === "policyFragments") raw.policy = model.policyFragments[name].policy.xml;
  return JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
}

/** The full args ride along under a symbol key: Pulumi sends only string keys to the engine. */
const ARGS = Symbol("apimc.ApimServiceArgs");

/**
 * What the component records as its inputs: where the instance is and where the
 * declarations come from, not the declarations themselves. Sending a whole
 * declaration set would cost every run (and bloat the state) as much as all the
 * child resources together; the children carry what they need.
 */
function componentInputs(args: ApimServiceArgs): pulumi.Inputs {
  const sent: Record<string | symbol, unknown> = {
    service: args.service,
    ...(typeof args.declarations === "string" ? { declarations: args.declarations } : {}),
    ...(args.env !== undefined ? { env: args.env } : {}),
    ...(args.plugin !== undefined ? { plugin: args.plugin } : {}),
  };
  sent[ARGS] = args;
  return sent as pulumi.Inputs;
}

export class ApimService extends pulumi.ComponentResource {
  /** ARM id of every resource, keyed by apimc resource id (`backends/orders`, `apis/orders/policy`). */
  declare public readonly armIds: pulumi.Output<Record<string, string>>;
  /**
   * The `dependsOn` each resource was created with: apimc resource id -> ids of
   * the resources it waits for, sorted. Filled while the component registers
   * its children (after `armIds` resolves it is complete).
   */
  declare public readonly dependencies: ReadonlyMap<ResourceId, readonly ResourceId[]>;

  constructor(name: string, args: ApimServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("apimc:index:ApimService", name, componentInputs(args), opts);
    const data = this.getData() as Promise<Record<string, pulumi.Output<string>>>;
    Object.defineProperty(this, "armIds", { value: pulumi.output(data) as pulumi.Output<Record<string, string>>, enumerable: true });
  }

  protected override async initialize(args: pulumi.Inputs): Promise<Record<string, pulumi.Output<string>>> {
    const a = ((args as Record<symbol, unknown>)[ARGS] ?? args) as ApimServiceArgs;
    // Defined before the first await: the constructor has not finished when initialize starts.
    const dependencies = new Map<ResourceId, readonly ResourceId[]>();
    Object.defineProperty(this, "dependencies", { value: dependencies, enumerable: false });
    const { loaded, model } = await load(a);
    const target: ServiceTarget = {
      subscriptionId: a.service.subscriptionId,
      resourceGroup: a.service.resourceGroup,
      serviceName: a.service.serviceName ?? model.service.name,
    };
    // Members of each owner in one pass over the graph (an owners x nodes scan was quadratic).
    const membersOf = new Map<ResourceId, ResourceId[]>();
    for (const id of model.graph.nodes) {
      const owner = ownerOf(id);
      const list = membersOf.get(owner);
      if (list) list.push(id);
      else membersOf.set(owner, [id]);
    }
    const owners = ownerOrder(model, membersOf);
    // Refused before anything is registered, so no part of the set is deployed without the rest.
    refuseWhatCannotDeploy(owners);
    const classes = a.plugin ? NATIVE : DYNAMIC;
    const created = new Map<ResourceId, Created>();
    const prefix = (id: ResourceId) => `${this.urnName()}-${id.replace(/\//g, "-")}`;

    for (const owner of owners) {
      const deps = ownerDependencies(model, owner, membersOf);
      const depIds = [...deps].sort().filter((d) => created.has(d));
      dependencies.set(owner, depIds);
      const dependsOn = depIds.map((d) => created.get(d)!);
      const opts: pulumi.CustomResourceOptions = { parent: this, dependsOn };
      const rname = prefix(owner);
      const s = owner.split("/");
      if (owner === "policy" || owner.endsWith("/policy")) {
        const policy = policyOf(model, owner);
        // `apis/orders;rev=5/...` is revision 5's; the API's own content goes to the revision `apiRevision` names.
        const [api, declaredRevision] = (s[1] ?? "").split(";rev=");
        const revision = declaredRevision ?? (s[0] === "apis" ? model.apis[api]?.release?.revision : undefined);
        const inRevision = revision !== undefined ? { revision } : {};
        const scope = owner === "policy" ? {} : s[0] === "products" ? { product: s[1] } : s.length === 3 ? { api, ...inRevision } : { api, operation: s[3], ...inRevision };
        created.set(owner, new classes.Policy(rname, { service: target, ...scope, xml: policy }, opts));
        continue;
      }
      if (s[0] === "apis" && s[2] === "releases") {
        // After the revision (with the API) and every policy written to it: only then is it made current.
        const release = model.apis[s[1]].release!;
        created.set(owner, new classes.ApiRelease(rname, { service: target, api: s[1], revision: release.revision, ...(release.notes !== undefined ? { notes: release.notes } : {}) }, opts));
        continue;
      }
      const section = SECTION_OF[s[0]];
      const context = contextFor(model, loaded, [...deps]);
      const common = { service: target, name: s[1], properties: declarationFor(model, loaded, section, s[1]), context } as const;
      if (section === "namedValues") {
        const from = (common.properties as { fromParameter?: string }).fromParameter;
        const parameterValue = from !== undefined ? a.parameters?.[from] : undefined;
        created.set(owner, new classes.NamedValue(rname, { ...(common as never as NamedValueArgs), ...(parameterValue !== undefined ? { parameterValue } : {}) }, opts));
        continue;
      }
      const registryKind = registryKindOf(section);
      if (registryKind !== undefined) {
        // Each resource gets just the parameter values its own secret sources name.
        const wanted = secretSourcesOf(registryKind, { properties: common.properties }).flatMap((x) => (x.fromParameter !== undefined ? [x.fromParameter] : []));
        const parameterValues = Object.fromEntries(wanted.flatMap((p) => (a.parameters?.[p] !== undefined ? [[p, a.parameters[p]]] : [])));
        const args = { ...common, ...(wanted.length ? { parameterValues } : {}) };
        created.set(owner, new classes.registry[registryKind](rname, args as never, opts));
        continue;
      }
      created.set(owner, new classes.sections[section as CommonSection](rname, common as never, opts));
    }
    const armIds: Record<string, pulumi.Output<string>> = {};
    for (const [id, r] of created) armIds[id] = r.armId;
    this.registerOutputs({ armIds });
    return armIds;
  }

  private urnName(): string {
    return (this as unknown as { __name?: string }).__name ?? "apimc";
  }
}

/** The other provider resources the members of `owner` refer to. */
function ownerDependencies(model: Model, owner: ResourceId, membersOf: ReadonlyMap<ResourceId, ResourceId[]>): Set<ResourceId> {
  const deps = new Set<ResourceId>();
  for (const m of membersOf.get(owner) ?? []) for (const d of model.graph.dependsOn(m)) if (ownerOf(d) !== owner) deps.add(ownerOf(d));
  return deps;
}

/**
 * Owners in an order where each comes after every owner its members refer to
 * (ties in graph order). The graph orders single resources: a gateway itself
 * comes before the APIs its links name, but the gateway's resource owns those
 * links, so it must wait for them; registering it first would drop that dependsOn.
 */
function ownerOrder(model: Model, membersOf: ReadonlyMap<ResourceId, ResourceId[]>): ResourceId[] {
  const inGraphOrder = [...new Set(model.graph.order.map(ownerOf))];
  const out: ResourceId[] = [];
  const state = new Map<ResourceId, "visiting" | "done">();
  const visit = (owner: ResourceId): void => {
    // An owner met again while it is being visited would be a cycle between owners; it is not waited for then.
    if (state.get(owner) !== undefined) return;
    state.set(owner, "visiting");
    for (const d of [...ownerDependencies(model, owner, membersOf)].sort((a, b) => inGraphOrder.indexOf(a) - inGraphOrder.indexOf(b))) visit(d);
    state.set(owner, "done");
    out.push(owner);
  };
  for (const owner of inGraphOrder) visit(owner);
  return out;
}

/**
 * What the provider has no resource for: a section it does not know. Refusing beats deploying the set without it.
 * API schemas and revisions are parts of their API's resource; releases and policies are resources of their own.
 */
function refuseWhatCannotDeploy(owners: ResourceId[]): void {
  for (const owner of owners) {
    const s = owner.split("/");
    if (owner === "policy" || owner.endsWith("/policy") || (s[0] === "apis" && s[2] === "releases")) continue;
    if (SECTION_OF[s[0]] === undefined) {
      throw new Error(`apimc's Pulumi provider cannot deploy ${owner} yet; deploy it with \`apimc compile --target arm\``);
    }
  }
}

function policyOf(model: Model, id: ResourceId): string {
  return policyById(model, id)?.xml ?? "";
}

/** Declarations of the resources `deps` name, so references resolve inside the provider. */
function contextFor(model: Model, loaded: LoadedDeclarations, deps: ResourceId[]): ApimcDeclarations {
  const ctx: Record<string, unknown> = {};
  const keyVaults = loaded.data.service?.keyVaults;
  if (keyVaults) ctx.service = { name: model.service.name, keyVaults };
  for (const d of deps) {
    const s = d.split("/");
    const section = SECTION_OF[s[0]];
    if (!section || s.length !== 2) continue;
    const bucket = (ctx[section] ??= {}) as Record<string, unknown>;
    bucket[s[1]] = declarationFor(model, loaded, section, s[1]);
  }
  return ctx as ApimcDeclarations;
}
