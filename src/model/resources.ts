/**
 * One flat, deterministic view of every resource in a model, so emitters,
 * the graph and the provider walk the same list.
 */
import { ids } from "./ids";
import type { Model, PolicyModel, ResourceId, ResourceKind } from "./types";
import { resourceKind } from "./ids";
import { KINDS, kindOfId } from "./kinds/registry";

/** Top-level kinds whose children and policies listResources walks itself. */
const OWNERS = new Set(["api", "product", "gateway"]);

export type ModelWithoutGraph = Omit<Model, "graph">;

export interface ResourceEntry {
  id: ResourceId;
  kind: ResourceKind;
  /** JSON pointer of the declaration the resource comes from. */
  pointer: string;
}

/** Every resource id of the model, in a stable (not dependency) order. */
export function listResources(model: ModelWithoutGraph): ResourceEntry[] {
  const out: ResourceEntry[] = [];
  const add = (id: ResourceId, pointer: string) => out.push({ id, kind: resourceKind(id), pointer });
  const addPolicy = (p: PolicyModel | undefined) => {
    if (p) add(p.id, p.pointer);
  };
  // In registry order; kinds that own children or policies are walked below, every other top-level kind from its map.
  for (const d of KINDS) {
    if (d.kind === "policy") addPolicy(model.policy);
    else if (d.declaration.in === "top" && !OWNERS.has(d.kind)) {
      const section = (model as unknown as Record<string, Record<string, { id: ResourceId; pointer: string }> | undefined>)[d.declaration.key];
      for (const r of Object.values(section ?? {})) add(r.id, r.pointer);
    }
  }
  for (const api of Object.values(model.apis)) {
    add(api.id, api.pointer);
    for (const t of api.tags ?? []) add(ids.apiTag(api.name, t), `${api.pointer}/tags`);
    addPolicy(api.policy);
    for (const op of Object.values(api.operations)) {
      add(op.id, op.pointer);
      for (const t of op.tags ?? []) add(ids.operationTag(api.name, op.name, t), `${op.pointer}/tags`);
      addPolicy(op.policy);
    }
    for (const schema of Object.values(api.schemas ?? {})) add(schema.id, schema.pointer);
    for (const rev of Object.values(api.revisions ?? {})) {
      add(rev.id, rev.pointer);
      addPolicy(rev.policy);
      for (const op of Object.values(rev.operations)) {
        add(op.id, op.pointer);
        addPolicy(op.policy);
      }
    }
    if (api.release) add(api.release.id, api.release.pointer);
  }
  for (const p of Object.values(model.products)) {
    add(p.id, p.pointer);
    for (const a of p.apis) add(ids.productApi(p.name, a), `${p.pointer}/apis`);
    for (const t of p.tags ?? []) add(ids.productTag(p.name, t), `${p.pointer}/tags`);
    for (const g of p.groups ?? []) add(ids.productGroup(p.name, g), `${p.pointer}/groups`);
    addPolicy(p.policy);
  }
  for (const r of Object.values(model.generic ?? {})) add(r.id, r.pointer);
  for (const g of Object.values(model.gateways)) {
    add(g.id, g.pointer);
    for (const a of g.apis) add(ids.gatewayApi(g.name, a), `${g.pointer}/apis`);
    for (const h of Object.keys(g.hostnames)) add(ids.gatewayHostname(g.name, h), `${g.pointer}/hostnames/${h}`);
  }
  return out;
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
