/**
 * A create or update that fails after its first write leaves no orphan: the
 * provider reports the partial resource to the engine (ErrorResourceInitFailed
 * with the id and the state so far), so a later `up` writes the rest and
 * `destroy` deletes it. Driven through the real dynamic-provider host and the
 * apimc plugin, with the ARM emulator failing a child PUT with 503 for good.
 */
import type { Fault } from "../emulators/arm-emulator";
import type { ProviderCall, ProviderError, Props } from "./grpc-provider";
import { startEmulators, type Emulators } from "./provider-env";
import { startHost } from "./host";
import { startPlugin } from "./plugin-host";

const service = { subscriptionId: "00000000-0000-0000-0000-000000000015", resourceGroup: "rg-orphans", serviceName: "orphans-apim" };

let emulators: Emulators;
let host: ProviderCall;
let plugin: ProviderCall;

beforeAll(async () => {
  emulators = await startEmulators();
  host = await startHost(emulators.env);
  plugin = await startPlugin(emulators.env);
});

afterAll(async () => {
  await host?.stop();
  await plugin?.stop();
  await emulators?.stop();
});

/** A 503 that never clears (more answers than any retry budget). */
function failForever(pathIncludes: string): Fault {
  const fault: Fault = { method: "PUT", pathIncludes, status: 503, times: 100000 };
  emulators.arm.faults.push(fault);
  return fault;
}

function clear(fault: Fault): void {
  const i = emulators.arm.faults.indexOf(fault);
  if (i >= 0) emulators.arm.faults.splice(i, 1);
}

/** Every resource the emulator holds below `prefix` (e.g. `products/p1`). */
function left(prefix: string): string[] {
  return [...emulators.arm.state.keys()].filter((k) => k === prefix.toLowerCase() || k.startsWith(`${prefix.toLowerCase()}/`));
}

async function failed(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (e) {
    return e as ProviderError;
  }
  throw new Error("expected the call to fail");
}

/** The engine's next calls send the recorded state back; the dynamic host's harness adds `__provider` itself. */
function recorded(props: Props): Props {
  const { __provider: _p, ...rest } = props;
  return rest;
}

const flavours: Array<{ name: string; call: () => ProviderCall; key: (kind: string, token: string) => string; prefix: string }> = [
  { name: "dynamic host", call: () => host, key: (kind) => kind, prefix: "dyn" },
  { name: "apimc plugin", call: () => plugin, key: (_kind, token) => `apimc:index:${token}`, prefix: "nat" },
];

describe.each(flavours)("$name", ({ call, key, prefix }) => {
  const api = (name: string, operations: Record<string, Props>) => ({
    service,
    name,
    properties: { displayName: name, path: name, protocols: ["https"], operations },
  });
  const op = (urlTemplate: string) => ({ displayName: urlTemplate, method: "GET", urlTemplate });

  beforeAll(async () => {
    await call().create(key("api", "Api"), api(`${prefix}-orders`, { list: op("/orders") }));
  });

  test("a product whose API link PUT keeps failing is reported with its id and state; destroy then leaves nothing", async () => {
    const product = { service, name: `${prefix}-p1`, properties: { displayName: "P1", state: "published", subscriptionRequired: true, apis: [`${prefix}-orders`] } };
    const fault = failForever(`/products/${prefix}-p1/apis/`);
    const err = await failed(call().create(key("product", "Product"), product));
    clear(fault);
    expect(err.message).toMatch(/503|ServiceUnavailable|unavailable/i);
    expect(err.message).toContain("pulumi destroy");
    expect(err.initFailure).toBeDefined();
    const f = err.initFailure!;
    expect(f.id).toMatch(new RegExp(`/service/orphans-apim/products/${prefix}-p1$`));
    expect(Object.keys(f.properties.parts)).toEqual([`product:${prefix}-p1`]);
    if (prefix === "dyn") expect(typeof f.properties.__provider).toBe("string");
    expect(left(`products/${prefix}-p1`)).toEqual([`products/${prefix}-p1`]);

    await call().delete(key("product", "Product"), f.id, recorded(f.properties));
    expect(left(`products/${prefix}-p1`)).toEqual([]);
  });

  test("a later up retries: the recorded state diffs as a change and the update writes the rest", async () => {
    const product = { service, name: `${prefix}-p2`, properties: { displayName: "P2", state: "published", subscriptionRequired: true, apis: [`${prefix}-orders`] } };
    const fault = failForever(`/products/${prefix}-p2/apis/`);
    const f = (await failed(call().create(key("product", "Product"), product))).initFailure!;
    clear(fault);
    const olds = recorded(f.properties);
    expect((await call().diff(key("product", "Product"), f.id, olds, product)).changes).toBe("some");
    const props = await call().update(key("product", "Product"), f.id, olds, product);
    expect(left(`products/${prefix}-p2`).sort()).toEqual([`products/${prefix}-p2`, `products/${prefix}-p2/apis/${prefix}-orders`]);
    expect((await call().diff(key("product", "Product"), f.id, recorded(props), product)).changes).toBe("none");
    await call().delete(key("product", "Product"), f.id, recorded(props));
    expect(left(`products/${prefix}-p2`)).toEqual([]);
  });

  test("a gateway whose API link PUT keeps failing: destroy leaves nothing", async () => {
    const gateway = { service, name: `${prefix}-gw`, properties: { description: "GW", location: { name: "dc1" }, apis: [`${prefix}-orders`] } };
    const fault = failForever(`/gateways/${prefix}-gw/apis/`);
    const f = (await failed(call().create(key("gateway", "Gateway"), gateway))).initFailure!;
    clear(fault);
    expect(left(`gateways/${prefix}-gw`)).toEqual([`gateways/${prefix}-gw`]);
    await call().delete(key("gateway", "Gateway"), f.id, recorded(f.properties));
    expect(left(`gateways/${prefix}-gw`)).toEqual([]);
  });

  test("an API update whose new operation PUT keeps failing records what it wrote; retry converges, destroy leaves nothing", async () => {
    const before = api(`${prefix}-inv`, { list: op("/items") });
    const created = await call().create(key("api", "Api"), before);
    const after = { ...before, properties: { ...before.properties, displayName: "Inventory", operations: { list: op("/items"), get: op("/items/{id}") } } };
    (after.properties.operations.get as Props).templateParameters = [{ name: "id", type: "string", required: true }];
    const fault = failForever(`/apis/${prefix}-inv/operations/get`);
    const f = (await failed(call().update(key("api", "Api"), created.id, recorded(created.props), after))).initFailure!;
    clear(fault);
    // The API's new display name was written and is recorded; the operation was not.
    expect(emulators.arm.resource(`apis/${prefix}-inv`)!.properties.displayName).toBe("Inventory");
    expect(f.properties.parts[`api:${prefix}-inv`].displayName).toBe("Inventory");
    expect(Object.keys(f.properties.parts).sort()).toEqual([`api:${prefix}-inv`, `operation:${prefix}-inv/list`]);
    expect((await call().diff(key("api", "Api"), f.id, recorded(f.properties), after)).changes).toBe("some");
    const props = await call().update(key("api", "Api"), f.id, recorded(f.properties), after);
    expect(emulators.arm.resource(`apis/${prefix}-inv/operations/get`)).toBeDefined();
    await call().delete(key("api", "Api"), f.id, recorded(props));
    expect(left(`apis/${prefix}-inv`)).toEqual([]);
  });

  test("a product update whose new API link keeps failing: destroy of the recorded state leaves nothing", async () => {
    await call().create(key("api", "Api"), api(`${prefix}-extra`, { list: op("/extra") }));
    const product = { service, name: `${prefix}-p3`, properties: { displayName: "P3", state: "published", subscriptionRequired: true, apis: [`${prefix}-orders`] } };
    const created = await call().create(key("product", "Product"), product);
    const more = { ...product, properties: { ...product.properties, displayName: "P3+", apis: [`${prefix}-orders`, `${prefix}-extra`] } };
    const fault = failForever(`/products/${prefix}-p3/apis/${prefix}-extra`);
    const f = (await failed(call().update(key("product", "Product"), created.id, recorded(created.props), more))).initFailure!;
    clear(fault);
    expect(Object.keys(f.properties.parts).sort()).toEqual([`product:${prefix}-p3`, `productApi:${prefix}-p3/${prefix}-orders`]);
    await call().delete(key("product", "Product"), f.id, recorded(f.properties));
    expect(left(`products/${prefix}-p3`)).toEqual([]);
  });
});
