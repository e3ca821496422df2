/**
 * `pulumi up` for issue 12's kinds through the real dynamic-provider host,
 * against the HTTPS ARM and Key Vault emulators: the issue's declaration set
 * (test/fixtures/registry-kinds: loggers, service and API diagnostics,
 * certificates, subscriptions, tags, groups, an authorization server, an OIDC
 * provider, a cache, product tag and group links, API and operation tag links)
 * goes through `ApimService` under `setMocks`, and each registered resource is
 * created by the host. A second up, a refresh and an import write nothing;
 * drift is found; destroy leaves the instance empty. Canary values for every
 * secret path reach the emulator and nothing else: not an unmarked output, the
 * stored bodies, the host's log or an error. Needs dist/.
 */
import * as path from "node:path";
import { recordMocks } from "./mock-recorder";
import type { Props } from "./host";
import { startProviderEnv, type ProviderEnv } from "./provider-env";
import { refreshAll } from "./refresh-all";
import { declaredResources, type RegisteredResource } from "./contoso-resources";
import { REGISTRY_SECRET_OUTPUTS } from "../../provider/native/tokens";

const registered = recordMocks("registry-kinds");

const fixture = path.resolve(__dirname, "../fixtures/registry-kinds");
const service = { subscriptionId: "00000000-0000-0000-0000-0000000000a2", resourceGroup: "rg-kinds" };

/** A deploy-time value for every secret path of the fixture. */
const PARAMETERS: Record<string, string> = {
  appInsightsConnection: "InstrumentationKey=CANARY-host-logger-91c3",
  legacyRootPfx: "Q0FOQVJZLWhvc3QtcGZ4LTdkMmU=",
  legacyRootPassword: "CANARY-host-pfx-password-40ab",
  partnerAPrimaryKey: "CANARY-host-sub-key-e5f1",
  oidcClientSecret: "CANARY-host-oidc-secret-2b7d",
};
const KEY_VAULT: Record<string, string> = {
  "aad-client-secret": "CANARY-host-aad-secret-c08e",
  "redis-connection": "CANARY-host-redis-conn-19fa",
};
const CANARIES = [...Object.values(PARAMETERS), ...Object.values(KEY_VAULT)];

const REGISTRY_KINDS = ["tag", "group", "certificate", "logger", "diagnostic", "cache", "authorizationServer", "openidConnectProvider", "subscription"];

let env: ProviderEnv;
let resources: RegisteredResource[];
const state = new Map<string, { id: string; props: Props }>();
const writes = () => env.arm.appliedWrites().length;
const find = (kind: string, name: string) => resources.find((r) => r.kind === kind && r.inputs.name === name)!;

/** Keys of a property bag that hold a canary, except the ones both resource forms mark secret. */
function unmarkedCanaries(props: Props, marked: readonly string[]): string[] {
  return Object.entries(props)
    .filter(([k, v]) => !marked.includes(k) && CANARIES.some((c) => JSON.stringify(v).includes(c)))
    .map(([k]) => k);
}

beforeAll(async () => {
  env = await startProviderEnv();
  resources = await declaredResources(registered, fixture, service, env.kv, { parameters: PARAMETERS, keyVaultValue: (name) => KEY_VAULT[name] ?? "kv-fetched-value" });
  for (const r of resources) {
    const checked = await env.host.check(r.kind, {}, r.inputs);
    expect([r.name, checked.failures]).toEqual([r.name, []]);
    state.set(r.name, await env.host.create(r.kind, r.inputs));
  }
});

afterAll(async () => {
  await env?.stop();
});

test("every issue-12 kind is its own resource, and links ride with their product, API or operation", () => {
  expect(new Set(resources.map((r) => r.kind))).toEqual(new Set([...REGISTRY_KINDS, "namedValue", "backend", "api", "policy", "product"]));
  expect(env.arm.specViolations).toEqual([]);
  for (const p of [
    "loggers/appinsights",
    "loggers/events",
    "diagnostics/applicationinsights",
    "certificates/partner-mtls",
    "certificates/legacy-root",
    "tags/public",
    "groups/partners",
    "subscriptions/partner-a",
    "subscriptions/everything",
    "authorizationServers/contoso-aad",
    "openidConnectProviders/contoso-oidc",
    "caches/westeurope",
    "products/retail/tags/public",
    "products/retail/groups/partners",
    "products/retail/groups/developers",
    "apis/orders/tags/public",
    "apis/orders/diagnostics/applicationinsights",
    "apis/orders/operations/cancelorder/tags/public",
  ]) {
    expect([p, env.arm.resource(p) !== undefined]).toEqual([p, true]);
  }
  // References by name became ARM ids of the same instance.
  expect(String(env.arm.resource("diagnostics/applicationinsights")!.properties.loggerId)).toMatch(/\/service\/contoso-apim\/loggers\/appinsights$/);
  expect(env.arm.resource("subscriptions/partner-a")!.properties.scope).toBe("/products/retail");
});

test("secret sources reach the service: parameters as given, Key Vault values read at deploy time", () => {
  const props = (p: string) => env.arm.resource(p)!.properties;
  expect(props("certificates/legacy-root").data).toBe(PARAMETERS.legacyRootPfx);
  expect(props("certificates/legacy-root").password).toBe(PARAMETERS.legacyRootPassword);
  expect(props("subscriptions/partner-a").primaryKey).toBe(PARAMETERS.partnerAPrimaryKey);
  expect(props("openidConnectProviders/contoso-oidc").clientSecret).toBe(PARAMETERS.oidcClientSecret);
  expect(props("authorizationServers/contoso-aad").clientSecret).toBe(KEY_VAULT["aad-client-secret"]);
  expect(props("caches/westeurope").connectionString).toBe(KEY_VAULT["redis-connection"]);
  expect(env.arm.resource("namedValues/appinsights-connection")!.secretValue).toBe(PARAMETERS.appInsightsConnection);
  // The Key Vault certificate is a reference APIM reads itself; apimc only proved it readable.
  expect((props("certificates/partner-mtls").keyVault as { secretIdentifier: string }).secretIdentifier).toBe(`${env.kv.url}/secrets/partner-mtls`);
});

test("no canary in an unmarked output, the stored bodies, or the host's log", () => {
  for (const r of resources) {
    const s = state.get(r.name)!;
    const marked = r.kind === "namedValue" ? ["properties", "parts", "parameterValue"] : REGISTRY_KINDS.includes(r.kind) ? [...REGISTRY_SECRET_OUTPUTS] : [];
    expect([r.name, unmarkedCanaries(s.props, marked)]).toEqual([r.name, []]);
    expect([r.name, CANARIES.filter((c) => JSON.stringify(s.props.parts).includes(c))]).toEqual([r.name, []]);
  }
  for (const c of CANARIES) expect(env.host.output()).not.toContain(c);
  // Key Vault values are never kept, only their version.
  const cache = state.get(find("cache", "westeurope").name)!;
  expect(JSON.stringify(cache.props)).not.toContain(KEY_VAULT["redis-connection"]);
  expect(Object.keys(cache.props.secretVersions)).toEqual(["connectionString"]);
});

test("a second up makes zero writes", async () => {
  const before = writes();
  const changed: string[] = [];
  for (const r of resources) {
    const s = state.get(r.name)!;
    const d = await env.host.diff(r.kind, s.id, s.props, r.inputs);
    if (d.changes !== "none") changed.push(`${r.name}: ${JSON.stringify(d)}`);
  }
  expect(changed).toEqual([]);
  expect(env.arm.appliedWrites().slice(before)).toEqual([]);
});

test("refresh reads back what was written: no change, zero writes", async () => {
  const before = writes();
  const changed = await refreshAll(env, resources, state);
  expect(changed).toEqual([]);
  expect(env.arm.appliedWrites().slice(before)).toEqual([]);
});

test("import (read by id alone), then diff against the declaration: no change, zero writes", async () => {
  const before = writes();
  const changed: string[] = [];
  for (const r of resources) {
    const s = state.get(r.name)!;
    const imported = await env.host.read(r.kind, s.id, {});
    expect([r.name, imported.id]).toEqual([r.name, s.id]);
    const d = await env.host.diff(r.kind, s.id, imported.props, r.inputs);
    if (d.changes !== "none") changed.push(`${r.name}: ${JSON.stringify(d)}`);
    for (const c of CANARIES) expect(JSON.stringify(imported)).not.toContain(c);
  }
  expect(changed).toEqual([]);
  expect(env.arm.appliedWrites().slice(before)).toEqual([]);
});

describe("drift", () => {
  async function refreshAndRepair(r: RegisteredResource): Promise<void> {
    const s = state.get(r.name)!;
    const refreshed = await env.host.read(r.kind, s.id, s.props);
    expect([r.name, (await env.host.diff(r.kind, s.id, refreshed.props, r.inputs)).changes]).toEqual([r.name, "some"]);
    const props = await env.host.update(r.kind, s.id, refreshed.props, r.inputs);
    const again = await env.host.read(r.kind, s.id, props);
    expect([r.name, (await env.host.diff(r.kind, s.id, again.props, r.inputs)).changes]).toEqual([r.name, "none"]);
    state.set(r.name, { id: s.id, props: again.props });
  }

  test("a diagnostic changed by hand is found and put back", async () => {
    env.arm.mutate("diagnostics/applicationinsights", (p) => {
      p.verbosity = "error";
    });
    await refreshAndRepair(find("diagnostic", "applicationinsights"));
    expect(env.arm.resource("diagnostics/applicationinsights")!.properties.verbosity).toBe("information");
  });

  test("a tag link removed by hand, and one added by hand, are found and repaired", async () => {
    env.arm.state.delete("products/retail/tags/public");
    await refreshAndRepair(find("product", "retail"));
    expect(env.arm.resource("products/retail/tags/public")).toBeDefined();
    env.arm.state.set("tags/internal", { ...env.arm.resource("tags/public")!, name: "internal" });
    env.arm.state.set("apis/orders/tags/internal", { ...env.arm.resource("apis/orders/tags/public")!, name: "internal" });
    await refreshAndRepair(find("api", "orders"));
    expect(env.arm.resource("apis/orders/tags/internal")).toBeUndefined();
    env.arm.state.delete("tags/internal");
  });

  test("a cache's Key Vault rotation and a certificate's new password are updates that send the new value", async () => {
    const cache = find("cache", "westeurope");
    const c = state.get(cache.name)!;
    env.kv.setSecret("redis-connection", `${KEY_VAULT["redis-connection"]}-2`);
    expect((await env.host.diff(cache.kind, c.id, c.props, cache.inputs)).changes).toBe("some");
    const rotated = await env.host.update(cache.kind, c.id, c.props, cache.inputs);
    expect(env.arm.resource("caches/westeurope")!.properties.connectionString).toBe(`${KEY_VAULT["redis-connection"]}-2`);
    expect(rotated.secretVersions.connectionString).not.toBe(c.props.secretVersions.connectionString);
    expect((await env.host.diff(cache.kind, c.id, rotated, cache.inputs)).changes).toBe("none");
    state.set(cache.name, { id: c.id, props: rotated });

    const cert = find("certificate", "legacy-root");
    const k = state.get(cert.name)!;
    const next = { ...cert.inputs, parameterValues: { ...cert.inputs.parameterValues, legacyRootPassword: `${PARAMETERS.legacyRootPassword}-2` } };
    expect((await env.host.diff(cert.kind, k.id, k.props, next)).changes).toBe("some");
    const before = writes();
    const props = await env.host.update(cert.kind, k.id, k.props, next);
    expect(writes()).toBe(before + 1);
    expect(env.arm.resource("certificates/legacy-root")!.properties).toMatchObject({ data: PARAMETERS.legacyRootPfx, password: `${PARAMETERS.legacyRootPassword}-2` });
    // Back to the declared value, so the later tests see the original set.
    state.set(cert.name, { id: k.id, props: await env.host.update(cert.kind, k.id, props, cert.inputs) });
    for (const text of [JSON.stringify(rotated.parts), JSON.stringify(props.parts), env.host.output()]) {
      for (const canary of CANARIES) expect(text).not.toContain(canary);
    }
  });
});

describe("secrets in failures", () => {
  test("a missing parameter is a check failure on parameterValues that names the parameter, not a value", async () => {
    const cert = find("certificate", "legacy-root");
    const { parameterValues: _v, ...inputs } = cert.inputs;
    const checked = await env.host.check(cert.kind, {}, inputs);
    expect(checked.failures.map((f) => f.property)).toEqual(["parameterValues", "parameterValues"]);
    expect(checked.failures[0].reason).toMatch(/APIMC854: the data of certificate "legacy-root" takes its value from parameter "legacyRootPfx"/);
  });

  test("a rejected write names the resource but never the secret it carried", async () => {
    const oidc = find("openidConnectProvider", "contoso-oidc");
    const inputs = { ...oidc.inputs, name: "rejected-oidc" };
    env.arm.faults.push({ method: "PUT", pathIncludes: "/openidConnectProviders/rejected-oidc", status: 400 });
    let message = "";
    try {
      await env.host.create(oidc.kind, inputs);
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toContain("rejected-oidc");
    for (const c of CANARIES) expect(message).not.toContain(c);
  });

  test("an unreadable Key Vault secret fails naming the property, the resource and the secret, before any write", async () => {
    const aad = find("authorizationServer", "contoso-aad");
    const inputs = structuredClone(aad.inputs);
    inputs.name = "no-secret-aad";
    inputs.properties.clientSecret = { fromKeyVault: `${env.kv.url}/secrets/not-there` };
    const before = writes();
    await expect(env.host.create(aad.kind, inputs)).rejects.toThrow(/APIMC857: the clientSecret of authorizationServer "no-secret-aad" refers to a Key Vault secret that cannot be read[\s\S]*not-there/);
    expect(writes()).toBe(before);
  });
});

describe("each kind on its own (no ApimService, no context)", () => {
  const target = { subscriptionId: "00000000-0000-0000-0000-0000000000a2", resourceGroup: "rg-alone", serviceName: "alone-apim" };
  const KEY = "CANARY-alone-sub-key-9e07";

  test("a logger, a diagnostic naming it and a subscription with its key: check, create, no-op diff, update, delete", async () => {
    const logger = { service: target, name: "alone-monitor", properties: { loggerType: "azureMonitor", description: "Azure Monitor" } };
    const diagnostic = { service: target, name: "azuremonitor", properties: { logger: "alone-monitor", verbosity: "information" } };
    const subscription = { service: target, name: "all", properties: { displayName: "All APIs", scope: "allApis", primaryKey: { fromParameter: "allKey" } }, parameterValues: { allKey: KEY } };
    const made: Array<[string, Props, { id: string; props: Props }]> = [];
    for (const [kind, inputs] of [["logger", logger], ["diagnostic", diagnostic], ["subscription", subscription]] as const) {
      expect([kind, (await env.host.check(kind, {}, inputs)).failures]).toEqual([kind, []]);
      const r = await env.host.create(kind, inputs);
      expect(r.id).toMatch(new RegExp(`/service/alone-apim/${kind === "logger" ? "loggers/alone-monitor" : kind === "diagnostic" ? "diagnostics/azuremonitor" : "subscriptions/all"}$`));
      const before = writes();
      expect((await env.host.diff(kind, r.id, r.props, inputs)).changes).toBe("none");
      expect(writes()).toBe(before);
      made.push([kind, inputs, r]);
    }
    expect(String(env.arm.resource("diagnostics/azuremonitor")!.properties.loggerId)).toMatch(/\/service\/alone-apim\/loggers\/alone-monitor$/);
    // The emulator keys resources by path below any service; this instance's subscription holds the key.
    expect(env.arm.resource("subscriptions/all")!.properties.primaryKey).toBe(KEY);
    const [, subInputs, sub] = made[2];
    const renamed = { ...subInputs, properties: { ...subInputs.properties, displayName: "Every API" } };
    expect((await env.host.diff("subscription", sub.id, sub.props, renamed)).changes).toBe("some");
    const updated = await env.host.update("subscription", sub.id, sub.props, renamed);
    // The key is sent again with the body (Azure would drop it otherwise), and kept out of the stored bodies.
    expect(env.arm.resource("subscriptions/all")!.properties).toMatchObject({ displayName: "Every API", primaryKey: KEY });
    expect(JSON.stringify(updated.parts)).not.toContain(KEY);
    expect((await env.host.diff("subscription", sub.id, updated, { ...renamed, name: "all-2" })).replaces).toEqual(["name"]);
    for (const [kind, , r] of [...made].reverse()) await env.host.delete(kind, r.id, kind === "subscription" ? updated : r.props);
    for (const p of ["loggers/alone-monitor", "diagnostics/azuremonitor", "subscriptions/all"]) expect(env.arm.resource(p)).toBeUndefined();
    expect(env.host.output()).not.toContain(KEY);
  });
});

test("destroy, in reverse order, leaves the instance empty", async () => {
  for (const r of [...resources].reverse()) {
    const s = state.get(r.name)!;
    await env.host.delete(r.kind, s.id, s.props);
  }
  expect([...env.arm.state.keys()]).toEqual([]);
});
