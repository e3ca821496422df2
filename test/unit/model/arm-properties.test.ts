import { loadDeclarationsFromObject } from "../../../src/load";
import { buildModel, resourceKind, toArmProperties } from "../../../src/index";
import { richDeclarations } from "./fixture";

async function model() {
  return buildModel(await loadDeclarationsFromObject(richDeclarations(), __dirname)).model!;
}

describe("toArmProperties", () => {
  it("uses literal ARM ids for the provider", async () => {
    const m = await model();
    const style = { subscriptionId: "sub-1", resourceGroup: "rg-1" };
    expect(toArmProperties(m, "backends/orders", style)).toEqual({
      type: "Pool",
      pool: {
        services: [
          { id: "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.ApiManagement/service/contoso-apim/backends/orders-eu", priority: 1 },
          { id: "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.ApiManagement/service/contoso-apim/backends/orders-us", priority: 2 },
        ],
      },
    });
    expect(toArmProperties(m, "apis/orders", style).apiVersionSetId).toBe(
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.ApiManagement/service/contoso-apim/apiVersionSets/orders",
    );
  });

  it("leaves the value out of secret named values for the caller to supply", async () => {
    const m = await model();
    expect(toArmProperties(m, "namedValues/api-key")).toEqual({ displayName: "ApiKey", secret: true });
    expect(toArmProperties(m, "namedValues/kv-deploy")).toEqual({ displayName: "KvDeploy", secret: true });
    expect(toArmProperties(m, "namedValues/region")).toEqual({ displayName: "Region", secret: false, value: "eu" });
  });

  it("gives policies as rawxml and link resources their ARM bodies", async () => {
    const m = await model();
    expect(toArmProperties(m, "policy")).toEqual({ format: "rawxml", value: m.policy!.xml });
    expect(toArmProperties(m, "apis/orders/operations/list-orders/policy").format).toBe("rawxml");
    expect(toArmProperties(m, "products/starter/apis/orders")).toEqual({});
    expect(toArmProperties(m, "gateways/onprem/apis/orders")).toEqual({ provisioningState: "created" });
    expect(toArmProperties(m, "gateways/onprem")).toEqual({ description: "On-prem", locationData: { name: "dc1" } });
    expect(toArmProperties(m, "gateways/onprem/hostnameConfigurations/main")).toEqual({ hostname: "api.contoso.local" });
  });

  it("knows the kind of every id in the graph", async () => {
    const m = await model();
    const kinds = new Set(m.graph.nodes.map(resourceKind));
    expect([...kinds].sort()).toEqual([
      "api", "apiVersionSet", "backend", "gateway", "gatewayApi", "gatewayHostname", "namedValue", "operation", "policy", "policyFragment", "product", "productApi",
    ]);
    for (const id of m.graph.nodes) expect(() => toArmProperties(m, id)).not.toThrow();
  });
});
