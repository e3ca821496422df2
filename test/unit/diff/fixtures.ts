/** Hand-built models for plan() tests, independent of the loader and model builder. */
import type { Model, ReferenceGraph, PolicyModel } from "../../../src/model/types";
import type { PolicyDocument, PolicyScope } from "../../../src/policy/types";
import { parsePolicy } from "../../../src/policy";

export function doc(xml: string): PolicyDocument {
  const r = parsePolicy(xml, { file: "test.xml" });
  if (!r.document) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return r.document;
}

export function policy(id: string, xml: string, scope: PolicyScope = "api"): PolicyModel {
  return { id, scope, pointer: "", xml, document: doc(xml), source: { pointer: "", text: xml, file: "test.xml", line: 1, col: 1, inline: true } };
}

export function graph(order: string[]): ReferenceGraph {
  return { nodes: [...order].sort(), edges: [], order, dependsOn: () => [] };
}

export function emptyModel(): Model {
  return {
    service: { name: "contoso", hostnames: [], keyVaults: {} },
    namedValues: {},
    backends: {},
    apiVersionSets: {},
    apis: {},
    products: {},
    policyFragments: {},
    gateways: {},
    graph: graph([]),
  };
}

const base = { pointer: "", ignore: [] as string[] };

/** A small but complete model: two backends in a pool, an API with an operation and policies, a product, a gateway. */
export function contoso(): Model {
  const m = emptyModel();
  m.namedValues["api-key"] = { ...base, id: "namedValues/api-key", name: "api-key", displayName: "api-key", secret: true, source: { kind: "fromParameter", parameter: "apiKey" } };
  m.namedValues["region"] = { ...base, id: "namedValues/region", name: "region", displayName: "region", secret: false, source: { kind: "plain", value: "eu" } };
  m.backends["orders-eu"] = { ...base, id: "backends/orders-eu", name: "orders-eu", properties: { url: "https://eu.example.com", protocol: "http" } };
  m.backends["orders-us"] = { ...base, id: "backends/orders-us", name: "orders-us", properties: { url: "https://us.example.com", protocol: "http" } };
  m.backends["orders"] = {
    ...base,
    id: "backends/orders",
    name: "orders",
    properties: { type: "Pool", pool: { services: [{ backend: "orders-eu", priority: 1, weight: 50 }, { backend: "orders-us", priority: 1, weight: 50 }] } },
  };
  m.apis["orders"] = {
    ...base,
    id: "apis/orders",
    name: "orders",
    properties: { displayName: "Orders", path: "orders", protocols: ["https"] },
    policy: policy("apis/orders/policy", `<policies><inbound><base /><set-backend-service backend-id="orders" /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`),
    operations: {
      getOrder: {
        ...base,
        id: "apis/orders/operations/getOrder",
        name: "getOrder",
        api: "orders",
        imported: false,
        properties: { displayName: "Get order", method: "GET", urlTemplate: "/orders/{id}" },
        policy: policy("apis/orders/operations/getOrder/policy", `<policies><inbound><base /><rate-limit calls="10" renewal-period="60" /></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`, "operation"),
      },
    },
  };
  m.products["starter"] = { ...base, id: "products/starter", name: "starter", properties: { displayName: "Starter" }, apis: ["orders"] };
  m.gateways["onprem"] = { ...base, id: "gateways/onprem", name: "onprem", apis: ["orders"], hostnames: {}, certificateAuthorities: {} };
  m.graph = graph([
    "namedValues/api-key",
    "namedValues/region",
    "backends/orders-eu",
    "backends/orders-us",
    "backends/orders",
    "apis/orders",
    "apis/orders/operations/getOrder",
    "apis/orders/policy",
    "apis/orders/operations/getOrder/policy",
    "products/starter",
    "gateways/onprem",
  ]);
  return m;
}

export function clone(m: Model): Model {
  const g = m.graph;
  const copy = structuredClone({ ...m, graph: undefined }) as unknown as Model;
  copy.graph = graph([...g.order]);
  return copy;
}
