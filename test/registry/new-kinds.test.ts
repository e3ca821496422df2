/**
 * Issue 12's kinds through the public faces: the issue's declaration format
 * (test/fixtures/registry-kinds, written in exactly the issue's keys)
 * validates under --strict and compiles to schema-valid ARM through the CLI;
 * secrets become secureString parameters or Key Vault references and never a
 * value; it is PUT through the real SDK client to the ARM emulator (bodies
 * checked against the REST contract), read back and planned with no change;
 * `apimc extract` writes it back with secrets as `fromParameter`, and the
 * extracted set validates and plans with no change. Canary values supplied
 * at deploy time never reach a compiled file, a diff, the extract output or
 * the CLI's output.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ApimResources, apimRefOf, buildModel, loadDeclarations, plan, readLiveModel, toArmProperties } from "../../src/index";
import { genericSecrets } from "../../src/model";
import { loadDeclarationsFromObject } from "../../src/load";
import { validateDeclarations } from "../../src/validate";
import { startArmEmulator, type ArmEmulator } from "../emulators/arm-emulator";
import { emulatorEnv } from "../emulators/env";
import { loadArmSchemas } from "../support/arm-schema";
import { runCli } from "../support/cli";

const root = resolve(__dirname, "../..");
const fixture = join(root, "test/fixtures/registry-kinds");
const shared = resolve(process.env.APIMC_SHARED ?? join(root, "..", "shared"));
const haveShared = existsSync(join(shared, "specs/rest/2024-05-01/definitions.json"));
const TARGET = { subscriptionId: "00000000-0000-0000-0000-0000000000d4", resourceGroup: "rg", serviceName: "contoso-apim" };

/** Deploy-time values of every secret path the fixture has; none may show up anywhere apimc writes. */
const CANARIES: Record<string, string> = {
  "namedValues/appinsights-connection#value": "InstrumentationKey=CANARY-logger-conn-5e1d",
  "certificates/legacy-root#data": "Q0FOQVJZLWNlcnQtZGF0YS04YTJm",
  "certificates/legacy-root#password": "CANARY-cert-password-0c4b",
  "subscriptions/partner-a#primaryKey": "CANARY-sub-primary-77e1",
  "authorizationServers/contoso-aad#clientSecret": "CANARY-aad-secret-3f90",
  "openidConnectProviders/contoso-oidc#clientSecret": "CANARY-oidc-secret-b21c",
  "caches/westeurope#connectionString": "CANARY-redis-conn-64da",
};

/** The CLI in-process (`main(argv, io)`, test/support/cli.ts), from the repository root: the emulator answers from this process. */
async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(args, { cwd: root, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = join(dir, rel);
    if (statSync(file).isFile()) out[rel] = readFileSync(file, "utf8");
  }
  return out;
}

function expectNoCanary(text: string): void {
  for (const v of Object.values(CANARIES)) expect(text).not.toContain(v);
}

describe("the issue's declaration format", () => {
  test("validates with no diagnostics under --strict", async () => {
    const r = await run(["validate", fixture, "--strict"]);
    expect(r.code).toBe(0);
    // The one note: the Key Vault certificate is read with the system-assigned identity (APIMC510, info).
    expect(r.stderr.split("\n").filter((l) => / (error|warning|info) APIMC/.test(l)).map((l) => l.split(": ")[1])).toEqual(["info APIMC510"]);
  });

  test("compiles to ARM that Microsoft's schema accepts; secrets are parameters, never values", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "apimc-kinds-")), "arm");
    const r = await run(["compile", fixture, "--target", "arm", "--out", out]);
    expect(r.code).toBe(0);
    const files = readTree(out);
    if (haveShared) expect(loadArmSchemas(shared)!.validateFiles(files)).toEqual([]);
    const template = JSON.parse(files["azuredeploy.json"]) as { parameters: Record<string, { type: string }>; resources: Array<{ type: string; name: string; properties?: Record<string, unknown>; dependsOn?: string[] }> };
    const byName = (type: string, name: string) => template.resources.find((x) => x.type === `Microsoft.ApiManagement/service/${type}` && x.name.includes(`'/${name}'`))!;
    // fromParameter -> the user's secureString parameter; fromKeyVault -> a parameter the parameters file fills from Key Vault.
    expect(byName("certificates", "legacy-root").properties).toEqual({ data: "[parameters('legacyRootPfx')]", password: "[parameters('legacyRootPassword')]" });
    expect(template.parameters.legacyRootPfx.type).toBe("securestring");
    expect(byName("caches", "westeurope").properties!.connectionString).toBe("[parameters('secret_caches_westeurope_connectionString')]");
    const params = JSON.parse(files["azuredeploy.parameters.json"]) as { parameters: Record<string, { reference?: { secretName: string } }> };
    expect(params.parameters.secret_caches_westeurope_connectionString.reference!.secretName).toBe("redis-connection");
    expect(params.parameters.secret_authorizationServers_contoso_aad_clientSecret.reference!.secretName).toBe("aad-client-secret");
    // References by name become ARM ids, and dependsOn orders them.
    const diag = byName("diagnostics", "applicationinsights");
    expect(diag.properties!.loggerId).toBe("[resourceId('Microsoft.ApiManagement/service/loggers', parameters('serviceName'), 'appinsights')]");
    expect(diag.dependsOn).toContain(diag.properties!.loggerId);
    // An API's own diagnostic and an operation's tag.
    expect(byName("apis/diagnostics", "orders/applicationinsights").properties!.loggerId).toBe(diag.properties!.loggerId);
    expect(byName("apis/operations/tags", "orders/cancelorder/public").dependsOn).toContain("[resourceId('Microsoft.ApiManagement/service/tags', parameters('serviceName'), 'public')]");
    expect(byName("subscriptions", "partner-a").properties!.scope).toBe("/products/retail");
    expect(byName("subscriptions", "everything").properties!.scope).toBe("/apis");
    expect(byName("apis", "orders").properties!.authenticationSettings).toEqual({ openid: { openidProviderId: "contoso-oidc", bearerTokenSendingMethods: ["authorizationHeader"] } });
    // Product tags and groups are link resources, not product properties; the built-in group needs no declaration.
    expect(byName("products", "retail").properties).not.toHaveProperty("tags");
    const links = template.resources.filter((x) => /\/(products|apis)\/(tags|groups)$/.test(x.type)).map((x) => [x.type.split("/").slice(-2).join("/"), x.name]).sort();
    expect(links).toEqual([
      ["apis/tags", "[concat(parameters('serviceName'), '/orders/public')]"],
      ["products/groups", "[concat(parameters('serviceName'), '/retail/developers')]"],
      ["products/groups", "[concat(parameters('serviceName'), '/retail/partners')]"],
      ["products/tags", "[concat(parameters('serviceName'), '/retail/public')]"],
    ]);
  });
});

describe("live: apply, plan --live, extract", () => {
  let arm: ArmEmulator;
  let apim: ApimResources;
  beforeAll(async () => {
    arm = await startArmEmulator({ lroStyle: "none", sharedDir: haveShared ? shared : false });
    apim = new ApimResources(TARGET, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t", lroPollMs: 0 });
    const model = buildModel(await loadDeclarations(fixture)).model!;
    for (const id of model.graph.order) {
      const body = toArmProperties(model, id, { subscriptionId: TARGET.subscriptionId, resourceGroup: TARGET.resourceGroup });
      if (id.startsWith("namedValues/")) body.value = CANARIES[`${id}#value`];
      const generic = model.generic?.[id];
      // What a deployment passes for each secret source.
      if (generic) for (const { property } of genericSecrets(generic)) body[property] = CANARIES[`${id}#${property}`] ?? "deploy-time";
      await apim.put(apimRefOf(id), body);
    }
    expect(arm.specViolations).toEqual([]);
  });
  afterAll(async () => {
    await arm?.stop();
  });

  test("plan --live shows no change, and the diff holds no secret", async () => {
    const declared = buildModel(await loadDeclarations(fixture)).model!;
    const { model: live } = await readLiveModel(TARGET, { resources: apim });
    const p = plan(live, declared);
    expect(p.changes).toEqual([]);
    expectNoCanary(JSON.stringify(p));
    // A changed diagnostic shows as an update of that resource alone.
    const generic = structuredClone(declared.generic!);
    generic["diagnostics/applicationinsights"].properties.verbosity = "error";
    const changed = { ...declared, generic };
    expect(plan(live, changed).changes.map((c) => [c.action, c.id, c.diff.map((d) => d.path)])).toEqual([["update", "diagnostics/applicationinsights", ["verbosity"]]]);
  });

  test("extract writes secrets as fromParameter, never a value; the extracted set validates and plans no change", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "apimc-kinds-x-")), "out");
    const r = await run(["extract", "--subscription", TARGET.subscriptionId, "--resource-group", TARGET.resourceGroup, "--service", TARGET.serviceName, "--out", dir], emulatorEnv(arm));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = readTree(dir);
    for (const text of Object.values(files)) expectNoCanary(text);
    expectNoCanary(r.stdout);
    // No list-secrets action was called.
    expect(arm.requests.filter((q) => /listSecrets|listValue/i.test(q.path))).toEqual([]);
    const yaml = files["apim.yaml"];
    expect(yaml).toMatch(/legacy-root:\n\s+data:\n\s+fromParameter: legacyRootData\n\s+password:\n\s+fromParameter: legacyRootPassword/);
    expect(yaml).toMatch(/westeurope:[\s\S]*connectionString:\n\s+fromParameter: westeuropeConnectionString/);
    // The summary lists every parameter it wrote, what each supplies, and never a value.
    const listed = r.stdout.split("supply their values as deploy-time parameters:\n")[1]?.trimEnd().split("\n");
    expect(listed).toEqual([
      "    appinsightsConnection  (named value appinsights-connection)",
      "    contosoAadClientSecret  (authorizationServer contoso-aad: clientSecret)",
      "    contosoOidcClientSecret  (openidConnectProvider contoso-oidc: clientSecret)",
      "    legacyRootData  (certificate legacy-root: data)",
      "    legacyRootPassword  (certificate legacy-root: password)",
      "    westeuropeConnectionString  (cache westeurope: connectionString)",
    ]);
    for (const p of listed ?? []) expect(yaml).toContain(`fromParameter: ${p.trim().split(" ")[0]}`);

    const loaded = await loadDeclarations(dir);
    expect(validateDeclarations(loaded).filter((d) => d.severity === "error")).toEqual([]);
    const extracted = buildModel(loaded).model!;
    const { model: live } = await readLiveModel(TARGET, { resources: apim });
    expect(plan(live, extracted).changes).toEqual([]);
  });
});

describe("bad input", () => {
  async function diagnosticsOf(data: Record<string, unknown>) {
    const loaded = await loadDeclarationsFromObject({ version: 1, service: { name: "svc" }, ...data }, root);
    // In pointer order, so the expectations do not depend on where a generated object places its keys.
    return validateDeclarations(loaded)
      .map((d): [string, string, string, string] => [d.code, d.pointer ?? "", d.message, d.hint ?? ""])
      .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }

  test("unknown references say what is declared, with did-you-mean, at the exact pointer", async () => {
    const d = await diagnosticsOf({
      loggers: { appinsights: { loggerType: "applicationInsights", resourceId: "/x" } },
      diagnostics: { applicationinsights: { logger: "appinsight" } },
      products: { retail: { displayName: "Retail", tags: ["publc"], groups: ["developer"] } },
      tags: { public: { displayName: "Public" } },
      certificates: { "partner-mtls": { keyVault: { secretIdentifier: "https://kv.vault.azure.net/secrets/partner-mtls" } } },
      backends: {
        partner: { url: "https://p.example", protocol: "http", credentials: { certificates: ["partner-mtl"] } },
        fabric: { url: "fabric:/a/b", protocol: "http", serviceFabricCluster: { clientCertificate: "partner", managementEndpoints: ["https://sf.example:19080"] } },
      },
      subscriptions: { a: { displayName: "A", scope: { product: "retial" } }, b: { displayName: "B", scope: { api: "nope" } } },
      apis: { orders: { path: "orders", displayName: "Orders", protocols: ["https"], serviceUrl: "https://o.example", tags: ["pubic"], authenticationSettings: { oAuth2: { authorizationServer: "aad" } } } },
    });
    expect(d.map(([c, p]) => [c, p])).toEqual([
      ["APIMC155", "/apis/orders/authenticationSettings/oAuth2/authorizationServer"],
      ["APIMC152", "/apis/orders/tags/0"],
      ["APIMC154", "/backends/fabric/serviceFabricCluster/clientCertificate"],
      ["APIMC154", "/backends/partner/credentials/certificates/0"],
      ["APIMC150", "/diagnostics/applicationinsights/logger"],
      ["APIMC153", "/products/retail/groups/0"],
      ["APIMC152", "/products/retail/tags/0"],
      ["APIMC151", "/subscriptions/a/scope/product"],
      ["APIMC151", "/subscriptions/b/scope/api"],
    ]);
    const messages = d.map(([, , m]) => m).join("\n");
    expect(messages).toContain("logger `appinsight`, which is not declared; did you mean `appinsights`?");
    expect(messages).toContain("group `developer`, which is not declared; did you mean `developers`?");
    expect(messages).toContain("certificate `partner-mtl`, which is not declared; did you mean `partner-mtls`?");
    expect(messages).toContain("product `retial`, which is not declared; did you mean `retail`?");
  });

  test("a literal secret is an error that never repeats the value", async () => {
    const canary = "CANARY-literal-1d9e";
    const d = await diagnosticsOf({
      certificates: { c: { data: canary, password: canary } },
      subscriptions: { s: { displayName: "S", scope: "allApis", primaryKey: canary, secondaryKey: canary } },
      authorizationServers: { a: { displayName: "A", clientRegistrationEndpoint: "https://r", authorizationEndpoint: "https://a", grantTypes: ["authorizationCode"], clientId: "id", clientSecret: canary } },
      openidConnectProviders: { o: { displayName: "O", metadataEndpoint: "https://m", clientId: "id", clientSecret: canary } },
      caches: { default: { useFromLocation: "default", connectionString: canary } },
      loggers: { l: { loggerType: "applicationInsights", credentials: { instrumentationKey: canary, connectionString: canary } } },
    });
    expect(d.map(([c, p]) => [c, p])).toEqual([
      ["APIMC173", "/authorizationServers/a/clientSecret"],
      ["APIMC173", "/caches/default/connectionString"],
      ["APIMC173", "/certificates/c/data"],
      ["APIMC173", "/certificates/c/password"],
      ["APIMC174", "/loggers/l/credentials/connectionString"],
      ["APIMC174", "/loggers/l/credentials/instrumentationKey"],
      ["APIMC173", "/openidConnectProviders/o/clientSecret"],
      ["APIMC173", "/subscriptions/s/primaryKey"],
      ["APIMC173", "/subscriptions/s/secondaryKey"],
    ]);
    expect(JSON.stringify(d)).not.toContain(canary);
    expect(d[0][3]).toContain("fromParameter");
  });

  test("a wrong enum names the allowed values", async () => {
    const d = await diagnosticsOf({ loggers: { l: { loggerType: "appInsights" } } });
    expect(d.map(([c, p]) => [c, p])).toEqual([["APIMC104", "/loggers/l/loggerType"]]);
    expect(String(d[0][2]) + String(d[0][3])).toContain("applicationInsights");
  });

  test("a service diagnostic's name is the contract's", async () => {
    const d = await diagnosticsOf({ loggers: { l: { loggerType: "azureMonitor" } }, diagnostics: { appinsights: { logger: "l" } } });
    expect(d.map(([c]) => c)).toEqual(["APIMC105"]);
  });

  test("a fromKeyVault secret needs the vault's id for the ARM parameters file", async () => {
    const loaded = await loadDeclarationsFromObject(
      { version: 1, service: { name: "svc" }, caches: { default: { useFromLocation: "default", connectionString: { fromKeyVault: "https://kv1.vault.azure.net/secrets/redis" } } } },
      root,
    );
    expect(validateDeclarations(loaded)).toEqual([]);
    const out = await run(["compile", join(fixture, "missing-vault.yaml"), "--target", "arm", "--out", join(mkdtempSync(join(tmpdir(), "apimc-kv-")), "o")]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/missing-vault\.yaml:\d+:\d+: error APIMC\d+: The connectionString of cache 'default' is read from Key Vault 'kv1'/);
  });
});
