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
import { KINDS } from "./kinds/registry";
import type { KindHooks } from "./kinds/types";

export function buildModel(loaded: LoadedDeclarations): BuildModelResult {
  const diagnostics: Diagnostic[] = [];
  const data = loaded.data;
  const policies = indexPolicies(loaded.policies);
  const service = buildService(data.service);

  // Typed builders of the kinds a descriptor's `hooks.model` names (the kinds whose model other stages read field by field).
  const builders: Record<Exclude<NonNullable<KindHooks["model"]>, "generic">, (name: string, decl: never) => unknown> = {
    namedValue: (name, d) => buildNamedValue(name, d, service.keyVaults),
    backend: (name, d) => buildBackend(name, d),
    apiVersionSet: (name, d) => buildApiVersionSet(name, d),
    api: (name, d) => buildApi(loaded, policies, name, d, mergedOperations(loaded, name), diagnostics),
    product: (name, d) => buildProduct(policies, name, d, diagnostics),
    policyFragment: (name, d) => buildPolicyFragment(policies, name, d, diagnostics),
    gateway: (name, d) => buildGateway(name, d),
  };
  const sections: Record<string, Record<string, unknown>> = {};
  // In registry order, each top-level kind with a typed model from its map; the generic kinds all at once below.
  for (const d of KINDS) {
    const build = d.hooks?.model && d.hooks.model !== "generic" ? builders[d.hooks.model] : undefined;
    if (build && d.declaration.in === "top") sections[d.declaration.key] = mapSorted((data as unknown as Record<string, Record<string, never> | undefined>)[d.declaration.key], build);
  }
  const model = { service, ...sections } as unknown as ModelWithoutGraph;
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
