import { loadDeclarationsFromObject } from "../../../src/load";
import { buildModel } from "../../../src/index";
import { richDeclarations } from "./fixture";

async function build(data: Record<string, unknown>) {
  const loaded = await loadDeclarationsFromObject(data, __dirname);
  return buildModel(loaded);
}

describe("reference graph", () => {
  it("has an edge for every reference kind", async () => {
    const { model } = await build(richDeclarations());
    const g = model!.graph;
    const has = (from: string, to: string, kind: string) => expect(g.edges).toContainEqual(expect.objectContaining({ from, to, kind }));
    has("backends/orders", "backends/orders-eu", "poolMember");
    has("backends/orders-eu", "namedValues/api-key", "namedValue");
    has("backends/orders-eu", "namedValues/proxy-pass", "namedValue");
    has("policy", "namedValues/region", "namedValue");
    has("policy", "policyFragments/cors", "fragment");
    has("apis/orders/policy", "backends/orders", "backend");
    has("apis/orders/policy", "apis/orders", "policyOf");
    has("apis/orders/operations/get-order/policy", "namedValues/kv-deploy", "namedValue");
    has("apis/orders/operations/get-order", "apis/orders", "parent");
    has("apis/orders", "apiVersionSets/orders", "versionSet");
    has("products/starter/apis/orders", "apis/orders", "productApi");
    has("products/starter/apis/orders", "products/starter", "parent");
    has("gateways/onprem/apis/orders", "apis/orders", "gatewayApi");
    has("gateways/onprem/hostnameConfigurations/main", "gateways/onprem", "parent");
  });

  it("gives edges the file position of the reference", async () => {
    const { model } = await build(richDeclarations());
    const e = model!.graph.edges.find((x) => x.from === "policy" && x.kind === "fragment")!;
    expect(e.line).toBeGreaterThan(0);
    expect(e.col).toBeGreaterThan(0);
  });

  it("orders dependencies first, ties by id, and exposes dependsOn", async () => {
    const { model } = await build(richDeclarations());
    const g = model!.graph;
    const pos = (id: string) => g.order.indexOf(id);
    expect(g.order).toHaveLength(g.nodes.length);
    for (const e of g.edges) expect(pos(e.to)).toBeLessThan(pos(e.from));
    expect(g.dependsOn("backends/orders")).toEqual(["backends/orders-eu", "backends/orders-us"]);
    expect(g.dependsOn("namedValues/region")).toEqual([]);
    expect(g.order[0]).toBe("apiVersionSets/orders");
    const again = (await build(richDeclarations())).model!.graph;
    expect(again.order).toEqual(g.order);
  });

  it("reports a cycle naming every resource in it", async () => {
    const data = richDeclarations();
    (data.policyFragments as any) = {
      a: { policy: '<fragment><include-fragment fragment-id="b" /></fragment>' },
      b: { policy: '<fragment><include-fragment fragment-id="a" /></fragment>' },
    };
    delete data.policy;
    const { diagnostics } = await build(data);
    const cycle = diagnostics.filter((d) => d.code === "APIMC301");
    expect(cycle).toHaveLength(1);
    expect(cycle[0].message).toContain("policyFragments/a -> policyFragments/b -> policyFragments/a");
    expect(cycle[0].severity).toBe("error");
    expect(cycle[0].hint).toBeTruthy();
  });
});
