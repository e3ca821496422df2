/** Live APIM -> IR, against the ARM emulator through the real SDK. */
import { ApimResources, normaliseLiveProperties, readLiveModel, readLiveResource } from "../../../src/index";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { expectContractHeld } from "../../emulators/contract";

const target = { subscriptionId: "00000000-0000-0000-0000-0000000000a1", resourceGroup: "rg", serviceName: "live-apim" };
let arm: ArmEmulator;
let resources: ApimResources;

beforeAll(async () => {
  arm = await startArmEmulator();
  resources = new ApimResources(target, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t" });
  await resources.put({ kind: "backend", names: ["orders"] }, { url: "https://orders.example.com", protocol: "http" });
  await resources.put({ kind: "backend", names: ["orders-eu"] }, { url: "https://eu.example.com", protocol: "http" });
  await resources.put({ kind: "backend", names: ["pool"] }, {
    type: "Pool",
    pool: { services: [{ id: `/subscriptions/${target.subscriptionId}/resourceGroups/rg/providers/Microsoft.ApiManagement/service/live-apim/backends/orders-eu`, priority: 1 }] },
  });
  await resources.put({ kind: "namedValue", names: ["env"] }, { displayName: "env", value: "dev", secret: false });
  await resources.put({ kind: "api", names: ["orders"] }, { displayName: "Orders", path: "orders", protocols: ["https"] });
  await resources.put({ kind: "operation", names: ["orders", "get"] }, { displayName: "Get", method: "GET", urlTemplate: "/orders" });
  await resources.put({ kind: "apiPolicy", names: ["orders"] }, {
    format: "rawxml",
    value: "<policies>\n<inbound><base/>\n   <set-header name='x' exists-action='override'><value>1</value></set-header></inbound><backend><base/></backend><outbound><base/></outbound><on-error><base/></on-error></policies>",
  });
});

afterAll(async () => {
  await arm?.stop();
});

test("readLiveModel reads every resource into the IR, turning ARM ids back into names", async () => {
  const { model, unmanaged } = await readLiveModel(target, { resources });
  expect(Object.keys(model.backends)).toEqual(["orders", "orders-eu", "pool"]);
  expect(model.backends.pool.properties.pool?.services).toEqual([{ backend: "orders-eu", priority: 1 }]);
  expect(model.namedValues.env.source).toEqual({ kind: "plain", value: "dev" });
  expect(Object.keys(model.apis.orders.operations)).toEqual(["get"]);
  expect(model.apis.orders.policy?.xml).toContain('<set-header name="x" exists-action="override">');
  expect(model.graph.dependsOn("backends/pool")).toContain("backends/orders-eu");
  expect(unmanaged).toEqual([]);
});

test("readLiveResource gives the declaration of one resource, or undefined when it is gone", async () => {
  const live = await readLiveResource(resources, "backends/orders");
  expect(live?.declaration).toEqual({ url: "https://orders.example.com", protocol: "http" });
  expect(await readLiveResource(resources, "backends/nope")).toBeUndefined();
});

test("normaliseLiveProperties keeps only what apimc sent and canonicalises policy text", () => {
  const shape = { url: "https://a", protocol: "http" };
  expect(normaliseLiveProperties({ kind: "backend", names: ["a"] }, { url: "https://a", protocol: "http", title: null, credentials: { header: {} } }, shape)).toEqual(shape);
  const a = normaliseLiveProperties({ kind: "globalPolicy", names: [] }, { format: "rawxml", value: "<policies><inbound><base/></inbound></policies>" });
  const b = normaliseLiveProperties({ kind: "globalPolicy", names: [] }, { format: "rawxml", value: "<policies>\n  <inbound>\n    <base />\n  </inbound>\n</policies>" });
  expect(a).toEqual(b);
});

test("every request sent to the emulator met the REST contract, loaded whenever the specs are present", () => {
  expectContractHeld(arm);
});
