/**
 * `pulumi import` (read with no stored state) and refresh of children added
 * outside apimc, through the real provider host over gRPC. Needs dist/.
 */
import type { Props } from "./host";
import { startProviderEnv, type ProviderEnv } from "./provider-env";

const service = { subscriptionId: "00000000-0000-0000-0000-000000000002", resourceGroup: "rg-import", serviceName: "imported-apim" };
const armBase = `/subscriptions/${service.subscriptionId}/resourceGroups/${service.resourceGroup}/providers/Microsoft.ApiManagement/service/${service.serviceName}`;
const CANARY = "canary-Import-9f3k-do-not-leak";

const backend = { service, name: "billing", properties: { url: "https://billing.example.com", protocol: "http", description: "Billing" } };
const api = {
  service,
  name: "payments",
  properties: {
    displayName: "Payments",
    path: "payments",
    protocols: ["https"],
    operations: {
      "list-payments": { displayName: "List payments", method: "GET", urlTemplate: "/payments" },
      "get-payment": { displayName: "Get payment", method: "GET", urlTemplate: "/payments/{id}", templateParameters: [{ name: "id", type: "string", required: true }] },
    },
  },
};
const policy = {
  service,
  api: "payments",
  xml: "<policies><inbound><base /><set-header name=\"x-src\" exists-action=\"override\"><value>apim</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>",
};
const secretNv = { service, name: "billing-key", properties: { displayName: "billing-key", fromParameter: "billingKey" }, parameterValue: CANARY };

let env: ProviderEnv;

beforeAll(async () => {
  env = await startProviderEnv();
});

afterAll(async () => {
  await env?.stop();
});

const writes = () => env.arm.appliedWrites().length;

/** Creates through apimc, then forgets the state: the resource is "existing" to the next stack. */
async function existing(kind: string, inputs: Props): Promise<string> {
  return (await env.host.create(kind, inputs)).id;
}

describe("import: read with only the id", () => {
  test("a backend: inputs from the live resource, then a no-op diff against matching inputs", async () => {
    const id = await existing("backend", backend);
    expect(id).toBe(`${armBase}/backends/billing`);
    const got = await env.host.read("backend", id, {});
    expect(got.id).toBe(id);
    expect(got.inputs).toEqual({ service, name: "billing", properties: { url: "https://billing.example.com", protocol: "http", description: "Billing" } });
    expect(got.props.armId).toBe(id);
    const before = writes();
    expect(await env.host.diff("backend", id, got.props, backend)).toEqual({ changes: "none", replaces: [] });
    expect(writes()).toBe(before);
    // A real difference is an update, not a replace.
    const changed = { ...backend, properties: { ...backend.properties, url: "https://billing2.example.com" } };
    expect(await env.host.diff("backend", id, got.props, changed)).toEqual({ changes: "some", replaces: [] });
    const props = await env.host.update("backend", id, got.props, changed);
    expect(env.arm.resource("backends/billing")!.properties.url).toBe("https://billing2.example.com");
    expect((await env.host.diff("backend", id, props, changed)).changes).toBe("none");
  });

  test("partial props (just the name) are completed from the id", async () => {
    const got = await env.host.read("backend", `${armBase}/backends/billing`, { name: "billing" });
    expect(got.inputs?.service).toEqual(service);
  });

  test("an API with its operations, then a policy on it", async () => {
    const id = await existing("api", api);
    const got = await env.host.read("api", id, {});
    expect(Object.keys((got.inputs!.properties as { operations: object }).operations).sort()).toEqual(["get-payment", "list-payments"]);
    expect(Object.keys(got.props.parts).sort()).toEqual(["api:payments", "operation:payments/get-payment", "operation:payments/list-payments"]);
    expect(await env.host.diff("api", id, got.props, api)).toEqual({ changes: "none", replaces: [] });
    // Declaring one operation fewer is an update that removes it.
    const fewer = { ...api, properties: { ...api.properties, operations: { "list-payments": api.properties.operations["list-payments"] } } };
    expect(await env.host.diff("api", id, got.props, fewer)).toEqual({ changes: "some", replaces: [] });

    const pid = await existing("policy", policy);
    expect(pid).toBe(`${armBase}/apis/payments/policies/policy`);
    const gotPolicy = await env.host.read("policy", pid, {});
    expect(gotPolicy.inputs).toMatchObject({ service, api: "payments" });
    const reformatted = { ...policy, xml: policy.xml.replace(/ \/>/g, "/>").replace(/></g, ">\n<") };
    expect(await env.host.diff("policy", pid, gotPolicy.props, reformatted)).toEqual({ changes: "none", replaces: [] });
  });

  test("a secret named value: the value is never read into state; matching and different values diff correctly", async () => {
    const id = await existing("namedValue", secretNv);
    const got = await env.host.read("namedValue", id, {});
    expect(got.inputs).toEqual({ service, name: "billing-key", properties: { displayName: "billing-key", secret: true } });
    const before = writes();
    expect(await env.host.diff("namedValue", id, got.props, secretNv)).toEqual({ changes: "none", replaces: [] });
    expect(writes()).toBe(before);
    const rotated = { ...secretNv, parameterValue: `${CANARY}-2` };
    expect((await env.host.diff("namedValue", id, got.props, rotated)).changes).toBe("some");
    const props = await env.host.update("namedValue", id, got.props, rotated);
    expect(env.arm.resource("namedValues/billing-key")!.secretValue).toBe(`${CANARY}-2`);
    for (const text of [JSON.stringify(got), JSON.stringify(props.parts), env.host.output()]) expect(text).not.toContain(CANARY);
  });

  test("an id of another kind, or not an APIM id, fails with APIMC858 and the expected form", async () => {
    await expect(env.host.read("backend", `${armBase}/apis/payments`, {})).rejects.toThrow(/APIMC858[\s\S]*backend/);
    await expect(env.host.read("api", "payments", {})).rejects.toThrow(/APIMC858[\s\S]*Microsoft\.ApiManagement\/service/);
  });

  test("importing something that does not exist returns no resource", async () => {
    expect((await env.host.read("backend", `${armBase}/backends/nope`, {})).id).toBe("");
  });
});

describe("refresh: children added outside apimc", () => {
  test("an operation created by hand under a managed API shows as drift; the next update deletes it", async () => {
    const inputs = { ...api, name: "refunds", properties: { ...api.properties, path: "refunds" } };
    const created = await env.host.create("api", inputs);
    const extra = env.arm.resource("apis/refunds/operations/get-payment")!;
    // Someone adds an operation in the portal: copy an existing one under a new name.
    env.arm.state.set("apis/refunds/operations/by-hand", { ...extra, id: extra.id.replace(/get-payment$/, "by-hand"), name: "by-hand", etag: "\"hand\"" });
    const refreshed = await env.host.read("api", created.id, created.props);
    expect(Object.keys(refreshed.props.parts)).toContain("operation:refunds/by-hand");
    expect(await env.host.diff("api", created.id, refreshed.props, inputs)).toEqual({ changes: "some", replaces: [] });
    const props = await env.host.update("api", created.id, refreshed.props, inputs);
    expect(env.arm.resource("apis/refunds/operations/by-hand")).toBeUndefined();
    expect(env.arm.resource("apis/refunds/operations/get-payment")).toBeDefined();
    const again = await env.host.read("api", created.id, props);
    expect(await env.host.diff("api", created.id, again.props, inputs)).toEqual({ changes: "none", replaces: [] });
  });
});
