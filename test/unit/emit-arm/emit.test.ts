import { compileObject, json } from "./helpers";
import { richDeclarations } from "../model/fixture";

describe("emitArm: one template", () => {
  it("writes azuredeploy.json with a serviceName parameter defaulting to service.name", async () => {
    const { out } = await compileObject();
    expect(Object.keys(out.files).sort()).toEqual(["azuredeploy.json", "azuredeploy.parameters.json"]);
    const t = json(out.files["azuredeploy.json"]);
    expect(t.$schema).toBe("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
    expect(t.parameters.serviceName).toMatchObject({ type: "string", defaultValue: "contoso-apim" });
    for (const r of t.resources) {
      expect(r.apiVersion).toBe("2024-05-01");
      expect(r.type.startsWith("Microsoft.ApiManagement/service/")).toBe(true);
    }
    expect(out.summary).toMatchObject({ api: 1, operation: 2, namedValue: 5, backend: 3, policy: 5, policyFragment: 1, productApi: 1, gatewayApi: 1, gatewayHostname: 1 });
  });

  // dependsOn itself is checked against each body's references in depends-on.test.ts, independently of the graph.
  it("writes one resource per model resource, and pool members by resource id", async () => {
    const { model, out } = await compileObject();
    const t = json(out.files["azuredeploy.json"]);
    expect(t.resources).toHaveLength(model.graph.nodes.length);
    const pool = t.resources.find((r: any) => r.name.endsWith("/orders')]") && r.type.endsWith("/backends"));
    expect(pool.properties.pool.services[0].id).toBe("[resourceId('Microsoft.ApiManagement/service/backends', parameters('serviceName'), 'orders-eu')]");
  });

  it("emits policies and fragments as rawxml with the backend sugar inserted", async () => {
    const { out } = await compileObject();
    const t = json(out.files["azuredeploy.json"]);
    const apiPolicy = t.resources.find((r: any) => r.type === "Microsoft.ApiManagement/service/apis/policies");
    expect(apiPolicy.properties.format).toBe("rawxml");
    expect(apiPolicy.properties.value).toContain('<set-backend-service backend-id="orders" />');
    const fragment = t.resources.find((r: any) => r.type === "Microsoft.ApiManagement/service/policyFragments");
    expect(fragment.properties).toMatchObject({ format: "rawxml", description: "CORS" });
  });

  it("carries operation parameters and responses", async () => {
    const { out } = await compileObject();
    const op = json(out.files["azuredeploy.json"]).resources.find((r: any) => r.name.endsWith("/orders/get-order')]"));
    expect(op.properties).toMatchObject({
      method: "GET",
      urlTemplate: "/orders/{id}",
      templateParameters: [{ name: "id", type: "string", required: true }],
      responses: [{ statusCode: 200, representations: [{ contentType: "application/json" }] }],
    });
  });

  it("turns secrets into securestring parameters and Key Vault references, never values", async () => {
    const { out } = await compileObject();
    const t = json(out.files["azuredeploy.json"]);
    const p = json(out.files["azuredeploy.parameters.json"]);
    const nv = (name: string) => t.resources.find((r: any) => r.name === `[concat(parameters('serviceName'), '/${name}')]` && r.type.endsWith("namedValues"));
    expect(t.parameters.ordersApiKey.type).toBe("securestring");
    expect(nv("api-key").properties).toMatchObject({ secret: true, value: "[parameters('ordersApiKey')]" });
    expect(nv("kv-deploy").properties).toMatchObject({ secret: true, value: "[parameters('secret_kv_deploy')]" });
    expect(p.parameters.secret_kv_deploy).toEqual({
      reference: { keyVault: { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/contoso-kv" }, secretName: "deploy" },
    });
    expect(p.parameters.ordersApiKey).toBeUndefined();
    expect(nv("kv-direct").properties).toEqual({
      displayName: "KvDirect",
      secret: true,
      keyVault: { secretIdentifier: "https://contoso-kv.vault.azure.net/secrets/direct", identityClientId: "11111111-2222-3333-4444-555555555555" },
    });
  });

  it("refuses fromKeyVault without the vault's resource id and says what to add", async () => {
    const data = richDeclarations();
    (data.service as any).keyVaults = {};
    const { out } = await compileObject(data);
    expect(out.files).toEqual({});
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ code: "APIMC310", severity: "error", pointer: "/namedValues/kv-deploy/fromKeyVault" });
    expect(out.diagnostics[0].hint).toContain("keyVaults:");
    expect(out.diagnostics[0].hint).toContain("contoso-kv: /subscriptions/");
  });

  it("is deterministic and uses \\n line endings", async () => {
    const a = (await compileObject()).out.files;
    const b = (await compileObject()).out.files;
    expect(a).toEqual(b);
    for (const text of Object.values(a)) {
      expect(text).not.toContain("\r");
      expect(text.endsWith("\n")).toBe(true);
    }
  });

  it("escapes literal strings that look like ARM expressions", async () => {
    const data = richDeclarations();
    (data.namedValues as any).region.value = "[not-an-expression]";
    const t = json((await compileObject(data)).out.files["azuredeploy.json"]);
    const region = t.resources.find((r: any) => r.name.endsWith("/region')]"));
    expect(region.properties.value).toBe("[[not-an-expression]");
  });
});

describe("emitArm: parameter names", () => {
  it("refuses a fromParameter named serviceName", async () => {
    const data = richDeclarations();
    (data.namedValues as any)["api-key"].fromParameter = "serviceName";
    const { out } = await compileObject(data);
    expect(out.files).toEqual({});
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: "APIMC312", pointer: "/namedValues/api-key/fromParameter" })]);
    expect(out.diagnostics[0].line).toBeGreaterThan(0);
  });
});
