/**
 * Declarations -> IR. Pure: reads nothing but `loaded`. Maps are filled in
 * sorted key order so every consumer iterates deterministically.
 */
import type { Diagnostic } from "../core/diagnostic";
import { sortDiagnostics } from "../core/diagnostic";
import { mergedOperations } from "../load";
import type { LoadedDeclarations } from "../load/types";
import { buildApi } from "./api";
import { buildBackend } from "./backend";
import { buildGateway } from "./gateway";
import { buildGeneric } from "./generic";
import { buildGraph } from "./graph";
import { ids } from "./ids";
import { buildNamedValue } from "./named-value";
import { buildPolicy } from "./policy";
import { buildPolicyFragment } from "./policy-fragment";
import { indexPolicies } from "./policy-index";
import { buildProduct } from "./product";
import type { ModelWithoutGraph } from "./resources";
import { buildService } from "./service";
import { buildApiVersionSet } from "./version-set";
import type { BuildModelResult, Model } from "./types";

export function buildModel(loaded: LoadedDeclarations): BuildModelResult {
  const diagnostics: Diagnostic[] = [];
  const data = loaded.data;
  const policies = indexPolicies(loaded.policies);
  const service = buildService(data.service);

  const model: ModelWithoutGraph = {
    service,
    namedValues: mapSorted(data.namedValues, (name, d) => buildNamedValue(name, d, service.keyVaults)),
    backends: mapSorted(data.backends, (name, d) => buildBackend(name, d)),
    apiVersionSets: mapSorted(data.apiVersionSets, (name, d) => buildApiVersionSet(name, d)),
    apis: mapSorted(data.apis, (name, d) => buildApi(loaded, policies, name, d, mergedOperations(loaded, name), diagnostics)),
    products: mapSorted(data.products, (name, d) => buildProduct(policies, name, d, diagnostics)),
    policyFragments: mapSorted(data.policyFragments, (name, d) => buildPolicyFragment(policies, name, d, diagnostics)),
    gateways: mapSorted(data.gateways, (name, d) => buildGateway(name, d)),
  };
  const generic = buildGeneric(data as unknown as Record<string, unknown>);
  if (Object.keys(generic).length > 0) model.generic = generic;
  const global = buildPolicy(ids.globalPolicy(), "global", policies.get("/policy"), undefined, undefined, diagnostics);
  if (global) model.policy = global;

  const { graph, diagnostics: graphDiagnostics } = buildGraph(model, (p) => loaded.sourceMap.locate(p));
  diagnostics.push(...graphDiagnostics);
  const full: Model = { ...model, graph };
  return { model: full, diagnostics: sortDiagnostics(diagnostics) };
}

function mapSorted<D, M>(decls: Record<string, D> | undefined, build: (name: string, decl: D) => M | undefined): Record<string, M> {
  const out: Record<string, M> = {};
  if (!decls) return out;
  for (const name of Object.keys(decls).sort()) {
    const m = build(name, decls[name]);
    if (m !== undefined) out[name] = m;
  }
  return out;
}
