/**
 * One flat, deterministic view of every resource in a model, so emitters,
 * the graph and the provider walk the same list.
 */
import type { ApiModel, Model, PolicyModel, ResourceId, ResourceKind } from "./types";
import { resourceKind } from "./ids";
import { KINDS, kindDescriptor, kindOfId } from "./kinds/registry";
import { POLICY_AZURE_KINDS } from "./kinds/policy";
import type { KindDescriptor } from "./kinds/types";

export type ModelWithoutGraph = Omit<Model, "graph">;

export interface ResourceEntry {
  id: ResourceId;
  kind: ResourceKind;
  /** JSON pointer of the declaration the resource comes from. */
  pointer: string;
}

type ModelNode = { id?: ResourceId; pointer?: string; policy?: PolicyModel } & Record<string, unknown>;

/** Children the owner's model holds (not generic ones, which the model keeps by id), in registry order. */
function heldChildren(kind: string): KindDescriptor[] {
  return KINDS.filter((c) => c.parent === kind && c.declaration.in === "parent" && c.hooks?.model !== "generic" && c.modelResource !== false);
}

/** A kind with a policy scope (`api`, `operation`, `product`). */
function hasPolicy(kind: string): boolean {
  return (POLICY_AZURE_KINDS as readonly string[]).includes(`${kind}Policy`);
}

/** Kinds walked with what they hold: a top-level kind with held children or a policy. */
function isOwner(d: KindDescriptor): boolean {
  return d.declaration.in === "top" && d.hooks?.model !== "generic" && (heldChildren(d.kind).length > 0 || hasPolicy(d.kind));
}

/**
 * Every resource id of the model, in a stable (not dependency) order, from the registry's parent relations:
 * each resource, then its linked names, its policy, and its children with theirs. Generic kinds come from the
 * model's id map; an API's revisions and release are made by the model from `apiRevision` (src/model/revisions.ts).
 */
export function listResources(model: ModelWithoutGraph): ResourceEntry[] {
  const out: ResourceEntry[] = [];
  const add = (id: ResourceId, pointer: string) => out.push({ id, kind: resourceKind(id), pointer });
  const addPolicy = (p: PolicyModel | undefined) => {
    if (p) add(p.id, p.pointer);
  };
  const walk = (d: KindDescriptor, node: ModelNode, id: ResourceId, pointer: string, withLinks = true): void => {
    add(id, pointer);
    const children = heldChildren(d.kind);
    for (const c of children) {
      if (c.declaration.in !== "parent" || c.declaration.shape !== "names" || !withLinks) continue;
      for (const n of (node[c.declaration.key] ?? []) as string[]) add(`${id}/${segmentOf(c)}/${n}`, `${pointer}/${c.declaration.key}`);
    }
    if (hasPolicy(d.kind)) addPolicy(node.policy);
    for (const c of children) {
      if (c.declaration.in !== "parent" || c.declaration.shape !== "map") continue;
      for (const [n, child] of Object.entries((node[c.declaration.key] ?? {}) as Record<string, ModelNode>)) {
        walk(c, child, child.id ?? `${id}/${segmentOf(c)}/${n}`, child.pointer ?? `${pointer}/${c.declaration.key}/${n}`, withLinks);
      }
    }
  };
  const sections = model as unknown as Record<string, Record<string, ModelNode> | undefined>;
  // In registry order; owners are walked below with what they hold, every other top-level kind from its map.
  for (const d of KINDS) {
    if (d.kind === "policy") addPolicy(model.policy);
    else if (d.declaration.in === "top" && !isOwner(d)) {
      for (const r of Object.values(sections[d.declaration.key] ?? {})) add(r.id as ResourceId, r.pointer as string);
    }
  }
  for (const d of KINDS.filter(isOwner)) {
    if (d.declaration.in !== "top") continue;
    for (const node of Object.values(sections[d.declaration.key] ?? {})) {
      walk(d, node, node.id as ResourceId, node.pointer as string);
      if (d.kind === "api") apiRevisionsAndRelease(node as unknown as ApiModel, walk);
    }
  }
  // Generic kinds, top-level and children, which the model keeps by id.
  for (const r of Object.values(model.generic ?? {})) add(r.id, r.pointer);
  return out;
}

/** An API's revisions (each with its policy and operations, no tags) and its release, which the model derives. */
function apiRevisionsAndRelease(api: ApiModel, walk: (d: KindDescriptor, node: ModelNode, id: ResourceId, pointer: string, withLinks?: boolean) => void): void {
  for (const rev of Object.values(api.revisions ?? {})) walk(kindDescriptor("api"), { policy: rev.policy, operations: rev.operations }, rev.id, rev.pointer, false);
  if (api.release) walk(kindDescriptor("apiRelease"), {}, api.release.id, api.release.pointer);
}

/** The last segment of a kind's ARM type (`apis/operations` -> `operations`). */
function segmentOf(d: KindDescriptor): string {
  return d.armType.split("/").pop() as string;
}

/**
 * The model object of a resource, found through the registry: a generic
 * resource by id, a top-level one in the model map named by its declaration
 * key, a child in its parent's map of the same key. Links (`names` lists) and
 * policies have none.
 */
export function modelObject(model: ModelWithoutGraph, id: ResourceId): Record<string, unknown> | undefined {
  const generic = model.generic?.[id];
  if (generic) return generic as unknown as Record<string, unknown>;
  const d = kindOfId(id);
  const s = id.split("/");
  const name = s[s.length - 1];
  // A revision's id keeps its API in its only segment (`apis/orders;rev=4`).
  if (d.kind === "apiRevision") {
    const [api, n] = s[1].split(";rev=");
    return model.apis[api]?.revisions?.[n] as unknown as Record<string, unknown> | undefined;
  }
  if (d.declaration.in === "top") return ((model as unknown as Record<string, Record<string, Record<string, unknown>> | undefined>)[d.declaration.key] ?? {})[name];
  if (d.declaration.in !== "parent" || d.declaration.shape !== "map" || s.length < 4) return undefined;
  const parent = modelObject(model, s.slice(0, -2).join("/"));
  const map = parent?.[d.declaration.key];
  return map !== null && typeof map === "object" ? (map as Record<string, Record<string, unknown>>)[name] : undefined;
}

/** The policy model behind a policy or fragment id, if any. */
export function policyById(model: ModelWithoutGraph, id: ResourceId): PolicyModel | undefined {
  if (id === "policy") return model.policy;
  const s = id.split("/");
  if (s[0] === "policyFragments") return model.policyFragments[s[1]]?.policy;
  if (s[0] === "products") return model.products[s[1]]?.policy;
  if (s[0] === "apis" && s[1].includes(";rev=")) {
    // A revision's own policy (`apis/orders;rev=4/policy`) or one of its operations'.
    const [api, n] = s[1].split(";rev=");
    const rev = model.apis[api]?.revisions?.[n];
    return s.length === 3 ? rev?.policy : rev?.operations[s[3]]?.policy;
  }
  if (s[0] === "apis") {
    const api = model.apis[s[1]];
    if (!api) return undefined;
    if (s.length === 3) return api.policy;
    return api.operations[s[3]]?.policy;
  }
  return undefined;
}
