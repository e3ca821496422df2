/**
 * The provider through the real dynamic-provider host, against the HTTPS ARM
 * and Key Vault emulators. Needs dist/ (npm test builds it first).
 */
import type { ArmEmulator } from "../emulators/arm-emulator";
import type { KeyVaultEmulator } from "../emulators/keyvault-emulator";
import type { HostCall, Props } from "./host";
import { startProviderEnv, type ProviderEnv } from "./provider-env";

const service = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg", serviceName: "contoso-apim" };
const CANARY = "canary-Zq8x-do-not-leak-7731";

let env: ProviderEnv;
let arm: ArmEmulator;
let kv: KeyVaultEmulator;
let host: HostCall;

beforeAll(async () => {
  env = await startProviderEnv();
  ({ arm, kv, host } = env);
});

afterAll(async () => {
  await env?.stop();
});

function writes(): number {
  return arm.appliedWrites().length;
}

interface KindCase {
  kind: string;
  inputs: Props;
  /** Path below the service that must exist after create. */
  path: string;
  /** A changed input and the property that shows up in the emulator. */
  change: (p: Props) => Props;
  changed: (stored: Record<string, unknown>) => unknown;
}

const cases: KindCase[] = [
  {
    kind: "namedValue",
    inputs: { service, name: "region", properties: { displayName: "region", value: "westeurope" } },
    path: "namedValues/region",
    change: (p) => ({ ...p, properties: { ...p.properties, value: "northeurope" } }),
    changed: (s) => s.value,
  },
  {
    kind: "backend",
    inputs: { service, name: "orders", properties: { url: "https://orders.example.com", protocol: "http" } },
    path: "backends/orders",
    change: (p) => ({ ...p, properties: { ...p.properties, url: "https://orders2.example.com" } }),
    changed: (s) => s.url,
  },
  {
    kind: "apiVersionSet",
    inputs: { service, name: "orders-vs", properties: { displayName: "Orders", versioningScheme: "Segment" } },
    path: "apiVersionSets/orders-vs",
    change: (p) => ({ ...p, properties: { ...p.properties, displayName: "Orders v" } }),
    changed: (s) => s.displayName,
  },
  {
    kind: "api",
    inputs: {
      service,
      name: "orders",
      properties: {
        displayName: "Orders",
        path: "orders",
        protocols: ["https"],
        operations: { "get-order": { displayName: "Get order", method: "GET", urlTemplate: "/orders/{id}", templateParameters: [{ name: "id", type: "string", required: true }] } },
      },
    },
    path: "apis/orders",
    change: (p) => ({ ...p, properties: { ...p.properties, displayName: "Orders API" } }),
    changed: (s) => s.displayName,
  },
  {
    kind: "policy",
    inputs: { service, api: "orders", xml: "<policies><inbound><base /><set-header name=\"x-a\" exists-action=\"override\"><value>1</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>" },
    path: "apis/orders/policies/policy",
    change: (p) => ({ ...p, xml: p.xml.replace("<value>1</value>", "<value>2</value>") }),
    changed: (s) => String(s.value).includes("<value>2</value>"),
  },
  {
    kind: "policyFragment",
    inputs: { service, name: "cors", properties: { description: "CORS", policy: "<fragment><cors><allowed-origins><origin>*</origin></allowed-origins></cors></fragment>" } },
    path: "policyFragments/cors",
    change: (p) => ({ ...p, properties: { ...p.properties, description: "CORS rules" } }),
    changed: (s) => s.description,
  },
  {
    kind: "product",
    inputs: { service, name: "starter", properties: { displayName: "Starter", state: "published", subscriptionRequired: true, apis: ["orders"] } },
    path: "products/starter",
    change: (p) => ({ ...p, properties: { ...p.properties, displayName: "Starter plan" } }),
    changed: (s) => s.displayName,
  },
  {
    kind: "gateway",
    inputs: { service, name: "onprem", properties: { description: "On-prem", location: { name: "dc1" }, apis: ["orders"] } },
    path: "gateways/onprem",
    change: (p) => ({ ...p, properties: { ...p.properties, description: "On-prem DC" } }),
    changed: (s) => s.description,
  },
];

describe("every resource kind through the real host", () => {
  const created = new Map<string, { id: string; props: Props }>();

  for (const c of cases) {
    test(`${c.kind}: check, create, no-op diff with zero writes, update`, async () => {
      const checked = await host.check(c.kind, {}, c.inputs);
      expect(checked.failures).toEqual([]);
      const r = await host.create(c.kind, c.inputs);
      expect(arm.resource(c.path)).toBeDefined();
      expect(r.id).toContain(`/service/contoso-apim/`);

      const before = writes();
      const same = await host.diff(c.kind, r.id, r.props, c.inputs);
      expect(same).toEqual({ changes: "none", replaces: [] });
      expect(writes()).toBe(before);

      const next = c.change(c.inputs);
      const d = await host.diff(c.kind, r.id, r.props, next);
      expect(d.changes).toBe("some");
      expect(d.replaces).toEqual([]);
      const props = await host.update(c.kind, r.id, r.props, next);
      expect(c.changed(arm.resource(c.path)!.properties)).toEqual(c.changed({ ...(arm.resource(c.path)!.properties) }));
      expect(c.changed(arm.resource(c.path)!.properties)).toBeTruthy();
      const again = await host.diff(c.kind, r.id, props, next);
      expect(again.changes).toBe("none");
      created.set(c.kind, { id: r.id, props });
    });
  }

  test("the API's operations are created with it", () => {
    expect(arm.resource("apis/orders/operations/get-order")).toBeDefined();
    expect(arm.resource("products/starter/apis/orders")).toBeDefined();
    expect(arm.resource("gateways/onprem/apis/orders")).toBeDefined();
  });

  test("a reformatted policy is no change", async () => {
    const p = created.get("policy")!;
    const reformatted = {
      ...cases[4].inputs,
      xml: "<policies>\n  <inbound>\n    <base/>\n    <set-header name='x-a' exists-action='override'>\n      <value>2</value>\n    </set-header>\n  </inbound>\n  <backend><base/></backend>\n  <outbound><base/></outbound>\n  <on-error><base/></on-error>\n</policies>\n",
    };
    expect((await host.diff("policy", p.id, p.props, reformatted)).changes).toBe("none");
  });

  test("a rename is a replace", async () => {
    const b = created.get("backend")!;
    const d = await host.diff("backend", b.id, b.props, { ...cases[1].change(cases[1].inputs), name: "orders-v2" });
    expect(d.replaces).toEqual(["name"]);
    const moved = await host.diff("backend", b.id, b.props, { ...cases[1].change(cases[1].inputs), service: { ...service, serviceName: "other" } });
    expect(moved.replaces).toEqual(["service"]);
  });

  test("refresh after a change outside apimc shows drift, and the next update repairs it", async () => {
    const b = created.get("backend")!;
    arm.mutate("backends/orders", (p) => {
      p.url = "https://changed-by-hand.example.com";
    });
    const refreshed = await host.read("backend", b.id, b.props);
    expect(refreshed.id).toBe(b.id);
    const desired = cases[1].change(cases[1].inputs);
    expect((await host.diff("backend", b.id, refreshed.props, desired)).changes).toBe("some");
    const props = await host.update("backend", b.id, refreshed.props, desired);
    expect(arm.resource("backends/orders")!.properties.url).toBe("https://orders2.example.com");
    created.set("backend", { id: b.id, props });
  });

  test("check reports invalid input per property", async () => {
    const bad = await host.check("backend", {}, { service, name: "bad", properties: { type: "Single", protocol: "http" } });
    expect(bad.failures.length).toBeGreaterThan(0);
    expect(bad.failures.every((f) => f.property.startsWith("properties"))).toBe(true);
    expect(bad.failures.map((f) => f.reason).join("\n")).toMatch(/APIMC1\d\d/);
    // A wrong value is reported on the nested property the user must edit.
    const ftp = await host.check("backend", {}, { service, name: "ftp", properties: { url: "https://f.example.com", protocol: "ftp" } });
    expect(ftp.failures.map((f) => f.property)).toEqual(["properties.protocol"]);
    const policy = await host.check("policy", {}, { service, api: "orders", xml: "<policies><inbound>" });
    expect(policy.failures.length).toBeGreaterThan(0);
    expect(new Set(policy.failures.map((f) => f.property))).toEqual(new Set(["xml"]));
  });

  test("429 and 503 are retried without duplicate writes", async () => {
    arm.faults.push({ method: "PUT", pathIncludes: "/backends/retried", status: 429, retryAfter: 0 });
    arm.faults.push({ method: "PUT", pathIncludes: "/backends/retried", status: 503 });
    const r = await host.create("backend", { service, name: "retried", properties: { url: "https://r.example.com", protocol: "http" } });
    const puts = arm.appliedWrites().filter((w) => w.method === "PUT" && w.path.includes("/backends/retried"));
    expect(puts).toHaveLength(1);
    expect(arm.requests.filter((q) => q.faulted && q.path.includes("/backends/retried"))).toHaveLength(2);
    await host.delete("backend", r.id, r.props);
  });

  test("delete removes every kind, children with their parent", async () => {
    for (const c of [...cases].reverse()) {
      const r = created.get(c.kind)!;
      await host.delete(c.kind, r.id, r.props);
      expect(arm.resource(c.path)).toBeUndefined();
    }
    expect(arm.resource("apis/orders/operations/get-order")).toBeUndefined();
    const gone = await host.read("backend", created.get("backend")!.id, created.get("backend")!.props);
    expect(gone.id).toBe("");
  });
});

describe("Key Vault at deploy time", () => {
  test("fromKeyVault: the value is sent as a secret and never shows in outputs, state or errors; rotation is an update", async () => {
    kv.setSecret("db-password", CANARY);
    const inputs = { service, name: "db-password", properties: { displayName: "db-password", fromKeyVault: `${kv.url}/secrets/db-password` } };
    const r = await host.create("namedValue", inputs);
    const stored = arm.resource("namedValues/db-password")!;
    expect(stored.secretValue).toBe(CANARY);
    expect(stored.properties.secret).toBe(true);
    expect(JSON.stringify(r)).not.toContain(CANARY);

    const before = writes();
    expect((await host.diff("namedValue", r.id, r.props, inputs)).changes).toBe("none");
    expect(writes()).toBe(before);

    kv.setSecret("db-password", `${CANARY}-2`);
    expect((await host.diff("namedValue", r.id, r.props, inputs)).changes).toBe("some");
    const props = await host.update("namedValue", r.id, r.props, inputs);
    expect(arm.resource("namedValues/db-password")!.secretValue).toBe(`${CANARY}-2`);
    expect(props.secretVersion).not.toBe(r.props.secretVersion);
    const refreshed = await host.read("namedValue", r.id, props);
    for (const text of [JSON.stringify(props), JSON.stringify(refreshed), host.output()]) {
      expect(text).not.toContain(CANARY);
    }
  });

  test("a missing secret fails naming the vault and the secret", async () => {
    const inputs = { service, name: "missing", properties: { displayName: "missing", fromKeyVault: `${kv.url}/secrets/nope` } };
    await expect(host.create("namedValue", inputs)).rejects.toThrow(/nope[\s\S]*Key Vault Secrets User|APIMC857[\s\S]*nope/);
    expect(arm.resource("namedValues/missing")).toBeUndefined();
  });

  test("a keyVault reference APIM cannot read fails before APIM is called, naming vault, secret, identity and role", async () => {
    kv.setSecret("tls-key", CANARY);
    kv.setForbidden("tls-key");
    const before = writes();
    const inputs = {
      service,
      name: "tls-key",
      properties: { displayName: "tls-key", keyVault: { secretIdentifier: `${kv.url}/secrets/tls-key`, identityClientId: "11111111-2222-3333-4444-555555555555" } },
    };
    let message = "";
    try {
      await host.create("namedValue", inputs);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/APIMC857/);
    expect(message).toContain("tls-key");
    expect(message).toContain("11111111-2222-3333-4444-555555555555");
    expect(message).toContain("Key Vault Secrets User");
    expect(message).not.toContain(CANARY);
    expect(writes()).toBe(before);
  });

  test("a readable keyVault reference is created as a reference, without the value", async () => {
    kv.setSecret("api-key", CANARY);
    const inputs = { service, name: "api-key", properties: { displayName: "api-key", keyVault: { secretIdentifier: `${kv.url}/secrets/api-key` } } };
    const r = await host.create("namedValue", inputs);
    const stored = arm.resource("namedValues/api-key")!;
    expect((stored.properties.keyVault as { secretIdentifier: string }).secretIdentifier).toBe(`${kv.url}/secrets/api-key`);
    expect(JSON.stringify(stored)).not.toContain(CANARY);
    expect(JSON.stringify(r)).not.toContain(CANARY);
    expect(host.output()).not.toContain(CANARY);
  });

  test("fromParameter takes its value from the program; a changed value is an update and never shows in errors", async () => {
    const base = { service, name: "billing-token", properties: { displayName: "billing-token", fromParameter: "billingToken" } };
    const missing = await host.check("namedValue", {}, base);
    expect(missing.failures.map((f) => f.property)).toEqual(["parameterValue"]);
    const inputs = { ...base, parameterValue: CANARY };
    const r = await host.create("namedValue", inputs);
    expect(arm.resource("namedValues/billing-token")!.secretValue).toBe(CANARY);
    expect(JSON.stringify(r.props.parts)).not.toContain(CANARY);
    expect((await host.diff("namedValue", r.id, r.props, inputs)).changes).toBe("none");
    const next = { ...inputs, parameterValue: `${CANARY}-3` };
    expect((await host.diff("namedValue", r.id, r.props, next)).changes).toBe("some");
    await host.update("namedValue", r.id, r.props, next);
    expect(arm.resource("namedValues/billing-token")!.secretValue).toBe(`${CANARY}-3`);
    expect(host.output()).not.toContain(CANARY);
  });
});
