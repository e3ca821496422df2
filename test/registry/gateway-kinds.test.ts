/**
 * The gateway snapshot (`apimc compile --target gateway`) lists what a self-hosted gateway uses of the issue-12
 * kinds, for the APIs it serves: the certificates its backends and policies present, the diagnostics (service
 * level and the served APIs' own) with their loggers, the external cache it may use, and the subscriptions it
 * validates. Names and settings only: secret sources and canary-like values never reach the bundle.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/cli";

const YAML = `version: 1
service: { name: contoso }
namedValues:
  appinsights-connection: { displayName: appinsights-connection, fromParameter: appinsightsConnection }
certificates:
  partner-mtls:
    keyVault: { secretIdentifier: https://contoso-kv.vault.azure.net/secrets/partner-mtls }
  legacy-root:
    data: { fromParameter: legacyRootPfx }
    password: { fromParameter: legacyRootPassword }
  unused-cert:
    keyVault: { secretIdentifier: https://contoso-kv.vault.azure.net/secrets/unused }
loggers:
  appinsights:
    loggerType: applicationInsights
    credentials: { connectionString: "{{appinsights-connection}}" }
diagnostics:
  applicationinsights: { logger: appinsights, alwaysLog: allErrors, sampling: { samplingType: fixed, percentage: 25 } }
caches:
  onprem: { useFromLocation: onprem, connectionString: { fromParameter: redisConnection } }
  westeurope: { useFromLocation: westeurope, connectionString: { fromParameter: redisWest } }
backends:
  partner: { url: https://partner.example, protocol: http, credentials: { certificates: [partner-mtls] } }
products:
  retail: { displayName: Retail, apis: [orders] }
subscriptions:
  partner-a: { displayName: Partner A, scope: { product: retail }, state: active, primaryKey: { fromParameter: partnerAPrimaryKey } }
  other: { displayName: Other, scope: { api: billing }, state: active }
apis:
  orders:
    displayName: Orders
    path: orders
    protocols: [https]
    serviceUrl: https://orders.internal
    backend: partner
    diagnostics:
      applicationinsights: { logger: appinsights, sampling: { samplingType: fixed, percentage: 100 } }
    operations:
      get: { method: GET, urlTemplate: /, policy: policies/get.xml }
  billing:
    displayName: Billing
    path: billing
    protocols: [https]
    serviceUrl: https://billing.internal
gateways:
  onprem:
    location: { name: Amsterdam DC }
    apis: [orders]
`;

const POLICY = `<policies>
  <inbound>
    <base />
    <authentication-certificate certificate-id="legacy-root" />
  </inbound>
  <backend><base /></backend>
  <outbound><base /></outbound>
  <on-error><base /></on-error>
</policies>
`;

describe("gateway snapshot: the kinds a self-hosted gateway uses", () => {
  it("lists reached certificates, diagnostics with loggers, its cache and the subscriptions it validates, and no secret", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apimc-gw-kinds-"));
    writeFileSync(join(dir, "apim.yaml"), YAML);
    mkdirSync(join(dir, "policies"));
    writeFileSync(join(dir, "policies/get.xml"), POLICY);
    const out = join(dir, "build");
    const r = await runCli(["compile", dir, "--target", "gateway", "--gateway", "onprem", "--out", out]);
    expect(r.stderr).not.toMatch(/error APIMC/);
    expect(r.status).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(out, "snapshot.json"), "utf8"));
    expect(snapshot.certificates).toEqual([
      { name: "legacy-root", source: { parameter: "legacyRootPfx" }, referencedBy: ["apis/orders/operations/get/policy"] },
      { name: "partner-mtls", source: { keyVault: "https://contoso-kv.vault.azure.net/secrets/partner-mtls" }, referencedBy: ["backends/partner"] },
    ]);
    expect(snapshot.diagnostics).toEqual([
      { scope: "orders", name: "applicationinsights", logger: "appinsights", loggerType: "applicationInsights", settings: { sampling: { samplingType: "fixed", percentage: 100 } } },
      { scope: "service", name: "applicationinsights", logger: "appinsights", loggerType: "applicationInsights", settings: { alwaysLog: "allErrors", sampling: { samplingType: "fixed", percentage: 25 } } },
    ]);
    expect(snapshot.caches).toEqual([{ name: "onprem", useFromLocation: "onprem" }]);
    expect(snapshot.subscriptions).toEqual([{ name: "partner-a", scope: { product: "retail" }, state: "active" }]);
    // No secret-bearing property reaches any file of the bundle.
    for (const rel of readdirSync(out, { recursive: true }).map(String)) {
      if (!statSync(join(out, rel)).isFile()) continue;
      const text = readFileSync(join(out, rel), "utf8");
      for (const secret of ["partnerAPrimaryKey", "redisConnection", "legacyRootPassword", "primaryKey", "connectionString\": {"]) expect([rel, text.includes(secret)]).toEqual([rel, false]);
    }
  });
});
