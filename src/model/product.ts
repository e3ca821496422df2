import type { Diagnostic } from "../core/diagnostic";
import type { Product } from "../load/declarations.generated";
import { ids } from "./ids";
import { esc } from "./named-value";
import { buildPolicy } from "./policy";
import type { PolicySourceIndex } from "./policy-index";
import type { ProductModel, ProductProperties } from "./types";

export function buildProduct(policies: PolicySourceIndex, name: string, decl: Product, diagnostics: Diagnostic[]): ProductModel {
  const pointer = `/products/${esc(name)}`;
  const { apis, policy: _policy, ignore, tags, groups, ...props } = decl;
  const properties: ProductProperties = structuredClone(props);
  const model: ProductModel = { id: ids.product(name), name, pointer, ignore: ignore ?? [], properties, apis: [...new Set(apis ?? [])].sort() };
  if (tags?.length) model.tags = [...new Set(tags)].sort();
  if (groups?.length) model.groups = [...new Set(groups)].sort();
  const policy = buildPolicy(ids.productPolicy(name), "product", policies.get(`${pointer}/policy`), undefined, undefined, diagnostics);
  if (policy) model.policy = policy;
  return model;
}
