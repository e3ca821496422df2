import * as path from "node:path";
import { loadDeclarationsFromObject } from "../../../src/load";
import { buildModel } from "../../../src/index";
import { richDeclarations } from "./fixture";

async function model(data: Record<string, unknown> = richDeclarations()) {
  const loaded = await loadDeclarationsFromObject(data, path.join(__dirname));
  expect(loaded.diagnostics).toEqual([]);
  return buildModel(loaded);
}

describe("buildModel", () => {
  it("builds every resource kind in sorted key order", async () => {
    const { model: m, diagnostics } = await model();
    expect(diagnostics).toEqual([]);
    expect(Object.keys(m!.backends)).toEqual(["orders", "orders-eu", "orders-us"]);
    expect(Object.keys(m!.namedValues)).toEqual(["api-key", "kv-deploy", "kv-direct", "proxy-pass", "region"]);
    expect(Object.keys(m!.apis.orders.operations)).toEqual(["get-order", "list-orders"]);
    expect(m!.products.starter.apis).toEqual(["orders"]);
    expect(m!.gateways.onprem.apis).toEqual(["orders"]);
  });

  it("maps named value sources, taking the vault id from service.keyVaults", async () => {
    const { model: m } = await model();
    expect(m!.namedValues["api-key"].source).toEqual({ kind: "fromParameter", parameter: "ordersApiKey" });
    expect(m!.namedValues["api-key"].secret).toBe(true);
    expect(m!.namedValues["kv-deploy"].source).toEqual({
      kind: "fromKeyVault",
      uri: "https://contoso-kv.vault.azure.net/secrets/deploy",
      vaultResourceId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/contoso-kv",
    });
    expect(m!.namedValues["kv-direct"].source.kind).toBe("keyVault");
    expect(m!.namedValues.region).toMatchObject({ secret: false, source: { kind: "plain", value: "eu" } });
  });

  it("inserts the backend sugar into the API policy and creates an operation policy for it", async () => {
    const { model: m } = await model();
    expect(m!.apis.orders.policy!.xml).toContain('<set-backend-service backend-id="orders" />');
    expect(m!.apis.orders.operations["list-orders"].policy!.xml).toContain('<set-backend-service backend-id="orders-us" />');
    expect(m!.apis.orders.operations["list-orders"].policy!.xml).toContain("<base />");
  });

  it("prints structured policies to canonical XML", async () => {
    const { model: m } = await model();
    expect(m!.products.starter.policy!.xml).toContain('<rate-limit calls="5" renewal-period="60" />');
  });

  it("reports an unparsable policy with its position", async () => {
    const data = richDeclarations();
    (data.apis as any).orders.policy = "<policies><inbound></policies>";
    const { diagnostics } = await model(data);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ severity: "error", pointer: "/apis/orders/policy" });
    expect(diagnostics[0].line).toBeGreaterThan(0);
  });
});
