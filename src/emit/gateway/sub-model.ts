/**
 * The part of a model one self-hosted gateway needs: the gateway, its API
 * links and hostnames, its APIs with operations and policies, the global
 * policy, and everything those reach through the reference graph.
 */
import { buildGraph, ids, listResources, type Locate, type Model, type ModelWithoutGraph, type ResourceId } from "../../model";
import type { Diagnostic } from "../../core/diagnostic";

export interface SubModelResult {
  model: Model;
  diagnostics: Diagnostic[];
}

export function gatewaySubModel(model: Model, gatewayName: string, locate: Locate): SubModelResult {
  const gateway = model.gateways[gatewayName];
  if (!gateway) throw new Error(`no gateway ${gatewayName} in the model`);
  const apiNames = new Set(gateway.apis.filter((a) => model.apis[a] !== undefined));
  const seed: ModelWithoutGraph = {
    service: model.service,
    namedValues: {},
    backends: {},
    apiVersionSets: {},
    apis: pick(model.apis, (n) => apiNames.has(n)),
    products: {},
    policyFragments: {},
    policy: model.policy,
    gateways: { [gatewayName]: gateway },
  };
  const keep = closure(
    listResources(seed).map((r) => r.id),
    (id) => model.graph.dependsOn(id),
  );
  const sub: ModelWithoutGraph = {
    ...seed,
    namedValues: pick(model.namedValues, (n) => keep.has(ids.namedValue(n))),
    backends: pick(model.backends, (n) => keep.has(ids.backend(n))),
    apiVersionSets: pick(model.apiVersionSets, (n) => keep.has(ids.apiVersionSet(n))),
    policyFragments: pick(model.policyFragments, (n) => keep.has(ids.policyFragment(n))),
  };
  const { graph, diagnostics } = buildGraph(sub, locate);
  return { model: { ...sub, graph }, diagnostics };
}

/** Every id reachable from `start` through `next`, start included. */
export function closure(start: ResourceId[], next: (id: ResourceId) => ResourceId[]): Set<ResourceId> {
  const seen = new Set<ResourceId>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...next(id));
  }
  return seen;
}

function pick<T>(map: Record<string, T>, keep: (name: string) => boolean): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(map).sort()) if (keep(k)) out[k] = map[k];
  return out;
}
