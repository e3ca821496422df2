/**
 * Declared API schemas (GraphQL SDL from a file, OpenAPI components from a
 * file, an inline XSD) through the real dynamic-provider host and the `apimc`
 * plugin, each against its own HTTPS ARM emulator: written before the operations that name them, read back
 * unchanged, a removed one deleted, and all gone with the API. Needs dist/.
 */
import * as path from "node:path";
import type { ArmEmulator } from "../emulators/arm-emulator";
import type { ProviderCall } from "./grpc-provider";
import { startHost, type Props } from "./host";
import { startPlugin } from "./plugin-host";
import { startEmulators, type Emulators } from "./provider-env";

const service = { subscriptionId: "00000000-0000-0000-0000-0000000000d2", resourceGroup: "rg", serviceName: "contoso-apim" };
const baseDir = path.resolve(__dirname, "../fixtures/api-schemas");


const SCHEMAS: Record<string, unknown> = {
  "orders-graph": { contentType: "application/vnd.ms-azure-apim.graphql.schema", document: "schemas/orders.graphql" },
  "orders-components": { contentType: "application/vnd.oai.openapi.components+json", document: "schemas/components.json" },
  "orders-xsd": { contentType: "application/vnd.ms-azure-apim.xsd+xml", document: { value: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>' } },
};

function api(schemas: Record<string, unknown>): Props {
  return {
    service,
    name: "orders",
    baseDir,
    properties: {
      displayName: "Orders",
      path: "orders",
      protocols: ["https"],
      serviceUrl: "https://orders.internal.contoso.com",
      schemas,
      operations: {
        getorder: {
          displayName: "Get order",
          method: "GET",
          urlTemplate: "/orders/{id}",
          templateParameters: [{ name: "id", type: "string", required: true }],
          responses: [{ statusCode: 200, representations: [{ contentType: "application/json", schemaId: "orders-components", typeName: "Order" }] }],
        },
      },
    },
  };
}

describe.each([
  ["dynamic provider", "api", startHost],
  ["apimc plugin", "apimc:index:Api", startPlugin],
] as const)("%s", (_flavour, API, start) => {
  let emulators: Emulators;
  let arm: ArmEmulator;
  let host: ProviderCall;

  beforeAll(async () => {
    emulators = await startEmulators();
    arm = emulators.arm;
    host = await start(emulators.env);
  });

  afterAll(async () => {
    await host?.stop();
    await emulators?.stop();
  });

  const schemaPuts = (from: number) =>
    arm
      .appliedWrites()
      .slice(from)
      .filter((w) => w.path.includes("/apis/orders/"))
      .map((w) => `${w.method} ${w.path.split("/apis/orders/")[1].split("?")[0]}`);

  test("declared schemas go before the operation that names them, read back unchanged, a removed one is deleted, all go with the API", async () => {
    const inputs = api(SCHEMAS);
    expect((await host.check(API, {}, inputs)).failures).toEqual([]);
    const r = await host.create(API, inputs);
    expect(arm.specViolations).toEqual([]);
    expect(schemaPuts(0)).toEqual(["PUT schemas/orders-components", "PUT schemas/orders-graph", "PUT schemas/orders-xsd", "PUT operations/getorder"]);
    // The file documents reach the service where the contract wants them for each content type.
    expect(arm.resource("apis/orders/schemas/orders-graph")?.properties.document).toEqual({ value: expect.stringContaining("type Order") });
    expect(arm.resource("apis/orders/schemas/orders-components")?.properties.document).toEqual({ components: { schemas: { Order: { type: "object", properties: { id: { type: "string" } } } } } });

    const before = arm.appliedWrites().length;
    expect(await host.diff(API, r.id, r.props, inputs)).toEqual({ changes: "none", replaces: [] });
    const refreshed = await host.read(API, r.id, r.props);
    expect(Object.keys(refreshed.props.parts).filter((k: string) => k.startsWith("apiSchema:"))).toEqual(["apiSchema:orders/orders-components", "apiSchema:orders/orders-graph", "apiSchema:orders/orders-xsd"]);
    expect(await host.diff(API, r.id, refreshed.props, inputs)).toEqual({ changes: "none", replaces: [] });
    expect(arm.appliedWrites().length).toBe(before);

    const { "orders-graph": _gone, ...rest } = SCHEMAS;
    const next = api(rest);
    expect((await host.diff(API, r.id, refreshed.props, next)).changes).toBe("some");
    const props = await host.update(API, r.id, refreshed.props, next);
    expect(schemaPuts(before)).toEqual(["DELETE schemas/orders-graph"]);
    expect(arm.resource("apis/orders/schemas/orders-graph")).toBeUndefined();
    expect((await host.diff(API, r.id, props, next)).changes).toBe("none");

    await host.delete(API, r.id, props);
    expect(arm.resource("apis/orders")).toBeUndefined();
    expect(arm.resource("apis/orders/schemas/orders-components")).toBeUndefined();
  });
});
