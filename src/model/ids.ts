/**
 * apimc resource ids: the ARM path below the service, so the id names both the
 * kind and the parent chain (`apis/orders/operations/get/policy`).
 */
import { kindOfId } from "./kinds/registry";
import type { ResourceId, ResourceKind } from "./types";

export const ids = {
  namedValue: (name: string): ResourceId => `namedValues/${name}`,
  backend: (name: string): ResourceId => `backends/${name}`,
  apiVersionSet: (name: string): ResourceId => `apiVersionSets/${name}`,
  api: (name: string): ResourceId => `apis/${name}`,
  apiPolicy: (api: string): ResourceId => `apis/${api}/policy`,
  operation: (api: string, op: string): ResourceId => `apis/${api}/operations/${op}`,
  operationPolicy: (api: string, op: string): ResourceId => `apis/${api}/operations/${op}/policy`,
  product: (name: string): ResourceId => `products/${name}`,
  productApi: (product: string, api: string): ResourceId => `products/${product}/apis/${api}`,
  productPolicy: (product: string): ResourceId => `products/${product}/policy`,
  productTag: (product: string, tag: string): ResourceId => `products/${product}/tags/${tag}`,
  productGroup: (product: string, group: string): ResourceId => `products/${product}/groups/${group}`,
  apiTag: (api: string, tag: string): ResourceId => `apis/${api}/tags/${tag}`,
  operationTag: (api: string, op: string, tag: string): ResourceId => `apis/${api}/operations/${op}/tags/${tag}`,
  policyFragment: (name: string): ResourceId => `policyFragments/${name}`,
  globalPolicy: (): ResourceId => "policy",
  gateway: (name: string): ResourceId => `gateways/${name}`,
  gatewayApi: (gateway: string, api: string): ResourceId => `gateways/${gateway}/apis/${api}`,
  gatewayHostname: (gateway: string, name: string): ResourceId => `gateways/${gateway}/hostnameConfigurations/${name}`,
};

/** The kind of a resource id, from its shape (the kind registry's ARM types). */
export function resourceKind(id: ResourceId): ResourceKind {
  return kindOfId(id).kind as ResourceKind;
}

/** ARM name segments below the service, e.g. `apis/orders/policy` -> ["orders", "policy"]. */
export function armNameSegments(id: ResourceId): string[] {
  const s = id.split("/");
  if (id === "policy") return ["policy"];
  const out: string[] = [];
  for (let i = 1; i < s.length; i += 2) out.push(s[i]);
  if (s.length % 2 === 1) out.push(s[s.length - 1]);
  return out;
}

/** ARM type path segments below `service`, e.g. `apis/orders/policy` -> ["apis", "policies"]. */
export function armTypeSegments(id: ResourceId): string[] {
  const s = id.split("/");
  if (id === "policy") return ["policies"];
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 2) out.push(s[i] === "policy" ? "policies" : s[i]);
  return out;
}
