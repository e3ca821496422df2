/**
 * Issue 12's kinds under real type tokens (`apimc:index:Certificate`, ...):
 * `ApimService({ plugin: true })` over the issue's declaration set under
 * `setMocks`, each resource sent to the `apimc` plugin over gRPC with its
 * secrets in the engine's wire form. Every kind is created, a second up writes
 * nothing, parameter values come back marked secret and no canary is anywhere
 * else, and destroy leaves the instance empty. Needs dist/.
 */
import * as path from "node:path";
import { recordMocks } from "./mock-recorder";
import { isSecret, startPlugin, type PluginCall, type Props } from "./plugin-host";
import { startEmulators, type Emulators } from "./provider-env";
import { declaredResources, type RegisteredResource } from "./contoso-resources";

const registered = recordMocks("registry-kinds-plugin");

const fixture = path.resolve(__dirname, "../fixtures/registry-kinds");
const service = { subscriptionId: "00000000-0000-0000-0000-0000000000a3", resourceGroup: "rg-plugin" };
const PARAMETERS: Record<string, string> = {
  appInsightsConnection: "InstrumentationKey=CANARY-plugin-logger-6a0e",
  legacyRootPfx: "Q0FOQVJZLXBsdWdpbi1wZngtM2Mx",
  legacyRootPassword: "CANARY-plugin-pfx-password-d95b",
  partnerAPrimaryKey: "CANARY-plugin-sub-key-71c2",
  oidcClientSecret: "CANARY-plugin-oidc-secret-0f4a",
};
const KEY_VAULT: Record<string, string> = { "aad-client-secret": "CANARY-plugin-aad-secret-8b13", "redis-connection": "CANARY-plugin-redis-conn-e27c" };
const CANARIES = [...Object.values(PARAMETERS), ...Object.values(KEY_VAULT)];

let emulators: Emulators;
let plugin: PluginCall;
let resources: RegisteredResource[];
const state = new Map<string, { id: string; props: Props }>();

beforeAll(async () => {
  emulators = await startEmulators();
  plugin = await startPlugin(emulators.env);
  resources = await declaredResources(registered, fixture, service, emulators.kv, { plugin: true, parameters: PARAMETERS, keyVaultValue: (n) => KEY_VAULT[n] ?? "kv-fetched-value" });
  for (const r of resources) state.set(r.name, await plugin.create(r.kind, r.inputs));
});

afterAll(async () => {
  await plugin?.stop();
  await emulators?.stop();
});

test("every kind is created under its own token, secrets reaching only the service", () => {
  const tokens = new Set(resources.map((r) => r.kind));
  for (const t of ["Tag", "Group", "Certificate", "Logger", "Diagnostic", "Cache", "AuthorizationServer", "OpenidConnectProvider", "Subscription"]) expect(tokens).toContain(`apimc:index:${t}`);
  expect(emulators.arm.specViolations).toEqual([]);
  expect(emulators.arm.resource("certificates/legacy-root")!.properties.password).toBe(PARAMETERS.legacyRootPassword);
  expect(emulators.arm.resource("caches/westeurope")!.properties.connectionString).toBe(KEY_VAULT["redis-connection"]);
  for (const r of resources) {
    const props = state.get(r.name)!.props;
    // Wherever a canary is, it is inside a value the engine stores as a secret.
    const plain = Object.entries(props).filter(([, v]) => !isSecret(v) && CANARIES.some((c) => JSON.stringify(v).includes(c)));
    expect([r.name, plain.map(([k]) => k)]).toEqual([r.name, []]);
    if (r.inputs.parameterValues !== undefined) expect([r.name, isSecret(props.parameterValues)]).toEqual([r.name, true]);
  }
  for (const c of CANARIES) expect(plugin.output()).not.toContain(c);
});

test("a second up makes zero writes", async () => {
  const before = emulators.arm.appliedWrites().length;
  const changed: string[] = [];
  for (const r of resources) {
    const s = state.get(r.name)!;
    const d = await plugin.diff(r.kind, s.id, s.props, r.inputs);
    if (d.changes !== "none") changed.push(r.name);
  }
  expect(changed).toEqual([]);
  expect(emulators.arm.appliedWrites().length).toBe(before);
});

test("destroy leaves the instance empty", async () => {
  for (const r of [...resources].reverse()) {
    const s = state.get(r.name)!;
    await plugin.delete(r.kind, s.id, s.props);
  }
  expect([...emulators.arm.state.keys()]).toEqual([]);
});
