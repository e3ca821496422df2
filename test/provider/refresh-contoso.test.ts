/**
 * `pulumi up`, then `pulumi refresh`, then `pulumi up` over examples/contoso
 * through the real dynamic-provider host: every kind reads back exactly what it
 * wrote, so the refresh finds no change and the second up writes nothing; a
 * change made outside apimc is still found; destroy leaves the instance empty.
 * The example's deploy-time secrets (a subscription key from a parameter, an
 * OIDC client secret and a cache connection string from Key Vault) reach the
 * service and nothing else. Needs dist/.
 */
import { recordMocks } from "./mock-recorder";
import type { Props } from "./host";
import { startProviderEnv, type ProviderEnv } from "./provider-env";
import { refreshAll } from "./refresh-all";
import { CONTOSO_PARAMETERS, contosoResources, type RegisteredResource } from "./contoso-resources";

const registered = recordMocks("refresh");

const service = { subscriptionId: "00000000-0000-0000-0000-000000000014", resourceGroup: "rg-refresh" };
let env: ProviderEnv;
let resources: RegisteredResource[];
const state = new Map<string, { id: string; props: Props }>();

/** Key Vault values of contoso's `fromKeyVault` secret sources. */
const KEY_VAULT: Record<string, string> = { "entra-client-secret": "CANARY-contoso-entra-secret-0b6e", "redis-connection": "CANARY-contoso-redis-conn-7e44" };
const CANARIES = [...Object.values(CONTOSO_PARAMETERS), ...Object.values(KEY_VAULT)];

beforeAll(async () => {
  env = await startProviderEnv();
  resources = await contosoResources(registered, service, env.kv, { keyVaultValue: (name) => KEY_VAULT[name] ?? "kv-fetched-value" });
  for (const r of resources) state.set(r.name, await env.host.create(r.kind, r.inputs));
});

afterAll(async () => {
  await env?.stop();
});

const writes = () => env.arm.appliedWrites().length;

test("every kind of contoso is created", () => {
  expect(new Set(resources.map((r) => r.kind))).toEqual(
    new Set([
      "namedValue",
      "backend",
      "api",
      "policy",
      "policyFragment",
      "product",
      "apiVersionSet",
      "gateway",
      "tag",
      "group",
      "certificate",
      "logger",
      "diagnostic",
      "cache",
      "openidConnectProvider",
      "subscription",
      "apiRelease",
    ]),
  );
  expect(env.arm.specViolations).toEqual([]);
  // inventory's revision 2 is current (released), its preview revision 3 has its own policy, revision 1 is kept.
  expect(env.arm.resource("apis/inventory")!.properties).toMatchObject({ apiRevision: "2", isCurrent: true });
  expect(env.arm.resource("apis/inventory/releases/apimc-rev-2")).toBeDefined();
  expect(env.arm.resource("apis/inventory;rev=1")).toBeDefined();
  expect(String(env.arm.resource("apis/inventory;rev=3/policies/policy")?.properties.value)).toContain("cache-lookup");
  expect(String(env.arm.resource("apis/inventory/policies/policy")?.properties.value)).not.toContain("cache-lookup");
  for (const p of ["products/partners/tags/partner", "products/partners/groups/partner-integrators", "apis/orders/tags/public", "apis/orders/diagnostics/applicationinsights", "apis/orders/operations/getorder/tags/public", "apis/orders/schemas/components"]) {
    expect([p, env.arm.resource(p) !== undefined]).toEqual([p, true]);
  }
  // The schema the OpenAPI import brings is written before the operations that name it by schemaId.
  const puts = env.arm.appliedWrites().filter((r) => r.method === "PUT").map((r) => r.path);
  const schemaAt = puts.findIndex((p) => p.includes("/apis/orders/schemas/components"));
  const firstOperationAt = puts.findIndex((p) => p.includes("/apis/orders/operations/"));
  expect(schemaAt).toBeGreaterThanOrEqual(0);
  expect(schemaAt).toBeLessThan(firstOperationAt);
  const representations = JSON.stringify(env.arm.resource("apis/orders/operations/createorder")?.properties ?? {});
  expect(representations).toContain('"schemaId":"components"');
});

test("contoso's secrets reach the service and no unmarked output, stored body or log", () => {
  expect(env.arm.resource("subscriptions/acme")!.properties.primaryKey).toBe(CONTOSO_PARAMETERS.acmePrimaryKey);
  expect(env.arm.resource("openidConnectProviders/contoso-entra")!.properties.clientSecret).toBe(KEY_VAULT["entra-client-secret"]);
  expect(env.arm.resource("caches/westeurope")!.properties.connectionString).toBe(KEY_VAULT["redis-connection"]);
  for (const r of resources) {
    const { parameterValues: _marked, ...unmarked } = state.get(r.name)!.props;
    for (const c of CANARIES) expect([r.name, JSON.stringify(unmarked).includes(c)]).toEqual([r.name, false]);
  }
  for (const c of CANARIES) expect(env.host.output()).not.toContain(c);
});

test("a second up (no refresh) makes zero writes", async () => {
  const before = writes();
  const changed: string[] = [];
  for (const r of resources) {
    const s = state.get(r.name)!;
    const d = await env.host.diff(r.kind, s.id, s.props, r.inputs);
    if (d.changes !== "none") changed.push(r.name);
  }
  expect(changed).toEqual([]);
  expect(env.arm.appliedWrites().slice(before)).toEqual([]);
});

test("refresh (Read) of every resource, then diff: no change, and zero writes", async () => {
  const before = writes();
  const changed = await refreshAll(env, resources, state);
  expect(changed).toEqual([]);
  expect(env.arm.appliedWrites().slice(before)).toEqual([]);
});

test("a change made outside apimc is still found by refresh, on a parent and on a link", async () => {
  const gateway = resources.find((r) => r.kind === "gateway")!;
  const backend = resources.find((r) => r.kind === "backend")!;
  const g = state.get(gateway.name)!;
  const b = state.get(backend.name)!;
  const backendPath = `backends/${String(backend.inputs.name)}`;
  env.arm.mutate(backendPath, (p) => {
    p.url = "https://changed-by-hand.example.com";
  });
  const rb = await env.host.read(backend.kind, b.id, b.props);
  expect((await env.host.diff(backend.kind, b.id, rb.props, backend.inputs)).changes).toBe("some");
  state.set(backend.name, { id: b.id, props: await env.host.update(backend.kind, b.id, rb.props, backend.inputs) });
  expect(env.arm.resource(backendPath)!.properties.url).not.toBe("https://changed-by-hand.example.com");

  // An API link removed by hand: the refreshed gateway lacks it, and the next up puts it back.
  const link = `gateways/${String(gateway.inputs.name)}/apis/orders`;
  expect(env.arm.resource(link)).toBeDefined();
  env.arm.state.delete(link);
  const rg = await env.host.read(gateway.kind, g.id, g.props);
  expect(Object.keys(rg.props.parts)).not.toContain(`gatewayApi:${String(gateway.inputs.name)}/orders`);
  expect((await env.host.diff(gateway.kind, g.id, rg.props, gateway.inputs)).changes).toBe("some");
  const props = await env.host.update(gateway.kind, g.id, rg.props, gateway.inputs);
  expect(env.arm.resource(link)).toBeDefined();
  const again = await env.host.read(gateway.kind, g.id, props);
  expect((await env.host.diff(gateway.kind, g.id, again.props, gateway.inputs)).changes).toBe("none");
  state.set(gateway.name, { id: g.id, props: again.props });
});

test("API schemas: one changed by hand is found by refresh and repaired, one added by hand is deleted by the next up", async () => {
  const api = resources.find((r) => r.kind === "api" && r.inputs.name === "orders")!;
  const a = state.get(api.name)!;
  const schemaPath = "apis/orders/schemas/components";
  const sent = JSON.stringify(env.arm.resource(schemaPath)!.properties.document);
  env.arm.mutate(schemaPath, (p) => {
    p.document = { components: { schemas: { ChangedByHand: { type: "string" } } } };
  });
  const extra = env.arm.resource(schemaPath)!;
  const byHand = "apis/orders/schemas/by-hand";
  env.arm.state.set(byHand, { ...extra, id: extra.id.replace(/components$/, "by-hand"), name: extra.name.replace(/components$/, "by-hand") });
  const ra = await env.host.read(api.kind, a.id, a.props);
  expect(Object.keys(ra.props.parts)).toContain("apiSchema:orders/by-hand");
  expect((await env.host.diff(api.kind, a.id, ra.props, api.inputs)).changes).toBe("some");
  const props = await env.host.update(api.kind, a.id, ra.props, api.inputs);
  expect(JSON.stringify(env.arm.resource(schemaPath)!.properties.document)).toBe(sent);
  expect(env.arm.resource(byHand)).toBeUndefined();
  const again = await env.host.read(api.kind, a.id, props);
  expect((await env.host.diff(api.kind, a.id, again.props, api.inputs)).changes).toBe("none");
  state.set(api.name, { id: a.id, props: again.props });
});

test("import (read by id alone) of every contoso resource, then diff against its declaration: no change", async () => {
  const before = writes();
  const changed: string[] = [];
  for (const r of resources) {
    const s = state.get(r.name)!;
    const imported = await env.host.read(r.kind, s.id, {});
    expect([r.name, imported.id]).toEqual([r.name, s.id]);
    const d = await env.host.diff(r.kind, s.id, imported.props, r.inputs);
    if (d.changes !== "none") changed.push(`${r.name}: ${JSON.stringify(d)}`);
  }
  expect(changed).toEqual([]);
  expect(env.arm.appliedWrites().slice(before)).toEqual([]);
});

test("destroy, in reverse order, leaves the instance empty", async () => {
  for (const r of [...resources].reverse()) {
    const s = state.get(r.name)!;
    await env.host.delete(r.kind, s.id, s.props);
  }
  expect([...env.arm.state.keys()]).toEqual([]);
});
