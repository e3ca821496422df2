/**
 * The `apimc` plugin (`bin/pulumi-resource-apimc`) over gRPC, as the Pulumi
 * engine drives it, against the HTTPS ARM and Key Vault emulators. Needs
 * dist/ (npm test builds it first).
 */
import type { ArmEmulator } from "../emulators/arm-emulator";
import { isSecret, secret, startPlugin, type PluginCall, type Props } from "./plugin-host";
import { startEmulators, type Emulators } from "./provider-env";

const service = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg", serviceName: "contoso-apim" };
const CANARY = "canary-Nt4w-plugin-do-not-leak-5189";
const BACKEND = "apimc:index:Backend";
const NAMED_VALUE = "apimc:index:NamedValue";
const POLICY = "apimc:index:Policy";

let emulators: Emulators;
let arm: ArmEmulator;
let plugin: PluginCall;

beforeAll(async () => {
  emulators = await startEmulators();
  arm = emulators.arm;
  plugin = await startPlugin(emulators.env);
});

afterAll(async () => {
  await plugin?.stop();
  await emulators?.stop();
});

const writes = () => arm.appliedWrites().length;

/** Every place the canary appears in a property bag is inside a secret. */
function plaintextKeys(props: Props): string[] {
  return Object.entries(props)
    .filter(([, v]) => !isSecret(v) && JSON.stringify(v).includes(CANARY))
    .map(([k]) => k);
}

test("the plugin reports apimc's package version", async () => {
  expect(await plugin.version()).toBe(require("../../package.json").version);
});

describe("apimc:index:Backend", () => {
  const inputs = { service, name: "orders", properties: { url: "https://orders.example.com", protocol: "http" } };

  test("check reports each invalid property", async () => {
    const ftp = await plugin.check(BACKEND, {}, { service, name: "ftp", properties: { url: "https://f.example.com", protocol: "ftp" } });
    expect(ftp.failures.map((f) => f.property)).toEqual(["properties.protocol"]);
    expect(ftp.failures[0].reason).toMatch(/APIMC1\d\d/);
    const bad = await plugin.check(BACKEND, {}, { service, name: "bad", properties: { type: "Single", protocol: "http" } });
    expect(bad.failures.length).toBeGreaterThan(0);
    expect(bad.failures.every((f) => f.property.startsWith("properties"))).toBe(true);
    const policy = await plugin.check(POLICY, {}, { service, api: "orders", xml: "<policies><inbound>" });
    expect(new Set(policy.failures.map((f) => f.property))).toEqual(new Set(["xml"]));
    expect((await plugin.check(BACKEND, {}, inputs)).failures).toEqual([]);
  });

  test("create, no-op diff with zero writes, update, read, delete", async () => {
    const r = await plugin.create(BACKEND, inputs);
    expect(r.id).toBe(`/subscriptions/${service.subscriptionId}/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso-apim/backends/orders`);
    expect(arm.resource("backends/orders")!.properties.url).toBe("https://orders.example.com");
    expect(r.props.armId).toBe(r.id);

    const before = writes();
    expect(await plugin.diff(BACKEND, r.id, r.props, inputs)).toEqual({ changes: "none", replaces: [] });
    expect(writes()).toBe(before);

    const next = { ...inputs, properties: { ...inputs.properties, url: "https://orders2.example.com" } };
    expect(await plugin.diff(BACKEND, r.id, r.props, next)).toEqual({ changes: "some", replaces: [] });
    expect((await plugin.diff(BACKEND, r.id, r.props, { ...next, name: "orders-v2" })).replaces).toEqual(["name"]);
    const updated = await plugin.update(BACKEND, r.id, r.props, next);
    expect(arm.resource("backends/orders")!.properties.url).toBe("https://orders2.example.com");
    expect((await plugin.diff(BACKEND, r.id, updated, next)).changes).toBe("none");

    arm.mutate("backends/orders", (p) => {
      p.url = "https://changed-by-hand.example.com";
    });
    const refreshed = await plugin.read(BACKEND, r.id, updated);
    expect(refreshed.id).toBe(r.id);
    expect((await plugin.diff(BACKEND, r.id, refreshed.props, next)).changes).toBe("some");

    await plugin.delete(BACKEND, r.id, refreshed.props);
    expect(arm.resource("backends/orders")).toBeUndefined();
    expect((await plugin.read(BACKEND, r.id, refreshed.props)).id).toBe("");
  });

  test("import by id reads the resource and its inputs", async () => {
    const r = await plugin.create(BACKEND, inputs);
    const imported = await plugin.read(BACKEND, r.id, {});
    expect(imported.id).toBe(r.id);
    expect(imported.inputs).toMatchObject({ service, name: "orders", properties: { url: "https://orders.example.com" } });
    await plugin.delete(BACKEND, r.id, r.props);
  });

  test("a secret input stays secret in the outputs", async () => {
    const withSecret = { service, name: "auth", properties: secret({ url: "https://auth.example.com", protocol: "http", credentials: { header: { "x-key": [CANARY] } } }) };
    const r = await plugin.create(BACKEND, withSecret);
    expect(isSecret(r.props.properties)).toBe(true);
    // The ARM bodies built from it are secret too; what did not come from it stays readable.
    expect(isSecret(r.props.parts)).toBe(true);
    expect(isSecret(r.props.armId)).toBe(false);
    expect(plaintextKeys(r.props)).toEqual([]);
    const refreshed = await plugin.read(BACKEND, r.id, r.props);
    expect(plaintextKeys(refreshed.props)).toEqual([]);
    await plugin.delete(BACKEND, r.id, r.props);
  });

  test("preview: an input another resource computes is not a check failure, and the diff shows an update", async () => {
    const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    const pending = { ...inputs, service: UNKNOWN };
    const { service: _service, ...withoutService } = inputs;
    const missing = await plugin.check(BACKEND, {}, withoutService);
    expect(missing.failures.map((f) => f.property)).toContain("service");
    expect((await plugin.check(BACKEND, {}, pending)).failures).toEqual([]);
    const r = await plugin.create(BACKEND, inputs);
    const before = writes();
    expect((await plugin.diff(BACKEND, r.id, r.props, { ...inputs, properties: { ...inputs.properties, url: UNKNOWN } })).changes).toBe("some");
    expect(writes()).toBe(before);
    await plugin.delete(BACKEND, r.id, r.props);
  });

  test("a token the plugin does not serve fails naming the ones it does", async () => {
    await expect(plugin.create("apimc:index:Nope", inputs)).rejects.toThrow(/apimc:index:Backend/);
  });
});

describe("apimc:index:NamedValue with a secret", () => {
  const base = { service, name: "billing-token", properties: { displayName: "billing-token", fromParameter: "billingToken" } };

  test("check, create, no-op diff, update, read, delete; the value never shows in plain text", async () => {
    const missing = await plugin.check(NAMED_VALUE, {}, base);
    expect(missing.failures.map((f) => f.property)).toEqual(["parameterValue"]);
    const inputs = { ...base, parameterValue: secret(CANARY) };
    const checked = await plugin.check(NAMED_VALUE, {}, inputs);
    expect(checked.failures).toEqual([]);
    expect(isSecret(checked.inputs.parameterValue)).toBe(true);

    const r = await plugin.create(NAMED_VALUE, inputs);
    expect(arm.resource("namedValues/billing-token")!.secretValue).toBe(CANARY);
    for (const key of ["properties", "parts", "parameterValue"]) expect([key, isSecret(r.props[key])]).toEqual([key, true]);
    expect(plaintextKeys(r.props)).toEqual([]);

    const before = writes();
    expect((await plugin.diff(NAMED_VALUE, r.id, r.props, inputs)).changes).toBe("none");
    expect(writes()).toBe(before);

    const next = { ...base, parameterValue: secret(`${CANARY}-2`) };
    expect((await plugin.diff(NAMED_VALUE, r.id, r.props, next)).changes).toBe("some");
    const updated = await plugin.update(NAMED_VALUE, r.id, r.props, next);
    expect(arm.resource("namedValues/billing-token")!.secretValue).toBe(`${CANARY}-2`);
    expect(plaintextKeys(updated)).toEqual([]);

    const refreshed = await plugin.read(NAMED_VALUE, r.id, updated);
    expect(refreshed.id).toBe(r.id);
    expect(plaintextKeys(refreshed.props)).toEqual([]);
    expect((await plugin.diff(NAMED_VALUE, r.id, refreshed.props, next)).changes).toBe("none");

    await plugin.delete(NAMED_VALUE, r.id, refreshed.props);
    expect(arm.resource("namedValues/billing-token")).toBeUndefined();
    expect(plugin.output()).not.toContain(CANARY);
  });

  test("a literal secret value is sent to APIM, never returned in plain text", async () => {
    const inputs = { service, name: "db-password", properties: { displayName: "db-password", value: CANARY, secret: true } };
    const r = await plugin.create(NAMED_VALUE, inputs);
    expect(arm.resource("namedValues/db-password")!.secretValue).toBe(CANARY);
    expect(plaintextKeys(r.props)).toEqual([]);
    const imported = await plugin.read(NAMED_VALUE, r.id, {});
    expect(JSON.stringify(imported)).not.toContain(CANARY);
    await plugin.delete(NAMED_VALUE, r.id, r.props);
    expect(plugin.output()).not.toContain(CANARY);
  });
});
