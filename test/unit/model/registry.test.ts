/**
 * The kind registry is the one place a kind is described: these tests pin
 * the test doubles that keep a table of their own (the emulator's contracts)
 * to it, and check the behaviour it drives: contract
 * properties accepted and sent, no invented values, read-back defaults.
 */
import { ApimResources, buildModel, declarationOf, declarationOfBody, emitArm, hasErrors, normaliseLiveProperties, plan, readLiveModel, toArmProperties } from "../../../src/index";
import { loadDeclarationsFromObject } from "../../../src/load";
import { CONTRACT_WRITABLE } from "../../../src/model/kinds/contract.generated";
import { armPathTable, KINDS, kindOfId, REGISTRY } from "../../../src/model/kinds/registry";
import { validateDeclarations } from "../../../src/validate";
import { startArmEmulator, type ArmEmulator } from "../../emulators/arm-emulator";
import { REQUEST_CONTRACTS } from "../../support/rest-spec";

async function check(data: Record<string, unknown>) {
  const loaded = await loadDeclarationsFromObject({ version: 1, service: { name: "svc" }, ...data }, __dirname);
  const diagnostics = validateDeclarations(loaded);
  const built = hasErrors(diagnostics) ? undefined : buildModel(loaded);
  return { diagnostics, model: built?.model };
}

describe("the registry", () => {
  test("each registry key names its descriptor, and every kind src/state reads has its own ARM path", () => {
    for (const [key, d] of Object.entries(REGISTRY)) expect([key, d.kind]).toEqual([key, key]);
    const paths = Object.values(armPathTable());
    // A revision is an API named `x;rev=N`: the one kind sharing a path with another.
    expect(new Set(paths).size).toBe(paths.length - 1);
  });

  test("the emulator checks each kind's PUT against the registry's contract definition", () => {
    for (const d of KINDS) {
      for (const a of d.azureKinds) expect([a, REQUEST_CONTRACTS[a as keyof typeof REQUEST_CONTRACTS]]).toEqual([a, a === "productApi" ? undefined : d.contract?.definition]);
    }
  });

  test("every contract definition is in the committed snapshot, and every default says why", () => {
    for (const d of KINDS) {
      if (d.contract) expect(CONTRACT_WRITABLE[d.contract.definition]).toBeDefined();
      for (const rule of [...d.defaults, ...d.readBackDefaults]) expect(rule.reason.length).toBeGreaterThan(10);
      for (const key of Object.keys(d.contract?.replaced ?? {})) expect(CONTRACT_WRITABLE[d.contract!.definition]).toContain(key);
    }
  });

  test("resource ids resolve to their kind", () => {
    expect(kindOfId("apis/a/operations/b").kind).toBe("operation");
    expect(kindOfId("apis/a/operations/b/policy").kind).toBe("policy");
    expect(kindOfId("gateways/g/hostnameConfigurations/h").kind).toBe("gatewayHostname");
    expect(() => kindOfId("widgets/w")).toThrow("unknown resource id");
  });
});

describe("API properties come from the contract", () => {
  test("every API type of the contract validates; a gRPC API without its .proto gets APIMC133", async () => {
    for (const type of ["http", "soap", "websocket", "graphql"]) {
      expect((await check({ apis: { a: { path: "a", type } } })).diagnostics).toEqual([]);
    }
    const grpc = await check({ apis: { g: { path: "g", type: "grpc" } } });
    expect(grpc.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["APIMC133", "/apis/g/type"]]);
    expect(grpc.diagnostics[0].hint).toContain("format: grpc-link");
    const withProto = await check({ apis: { g: { path: "g", type: "grpc", format: "grpc-link", value: "https://example.com/a.proto" } } });
    expect(withProto.diagnostics).toEqual([]);
    expect((await check({ apis: { o: { path: "o", type: "odata" } } })).diagnostics.map((d) => d.code)).toEqual(["APIMC133"]);
    expect((await check({ apis: { x: { path: "x", type: "ftp" } } })).diagnostics.map((d) => d.code)).toEqual(["APIMC104"]);
  });

  test("contract-only properties are accepted and sent as written", async () => {
    const api = {
      path: "orders",
      displayName: "Orders",
      authenticationSettings: { oAuth2AuthenticationSettings: [{ authorizationServerId: "aad", scope: "read" }] },
      apiRevisionDescription: "first",
      apiVersionDescription: "v1",
      termsOfServiceUrl: "https://contoso.example/tos",
      contact: { name: "Team", email: "team@contoso.example", url: "https://contoso.example" },
      license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
      translateRequiredQueryParameters: "template",
    };
    const { diagnostics, model } = await check({ apis: { orders: api } });
    expect(diagnostics).toEqual([]);
    const body = toArmProperties(model!, "apis/orders");
    const { path: _p, displayName: _d, ...extra } = api;
    expect(body).toEqual({ ...extra, path: "orders", displayName: "Orders", protocols: ["https"] });
    expect(hasErrors(emitArm(model!).diagnostics)).toBe(false);
  });

  test("no invented values: an API made from a source API or an import gets no displayName or protocols", async () => {
    const sourceApiId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc/apis/echo";
    const { model } = await check({
      apis: {
        rev: { path: "echo", sourceApiId, apiRevisionDescription: "rev 3" },
        imported: { path: "pets", format: "openapi-link", value: "https://example.com/pets.yaml" },
        plain: { path: "plain" },
      },
    });
    expect(toArmProperties(model!, "apis/rev")).toEqual({ path: "echo", sourceApiId, apiRevisionDescription: "rev 3" });
    expect(toArmProperties(model!, "apis/imported")).toEqual({ path: "pets", format: "openapi-link", value: "https://example.com/pets.yaml" });
    // Without a source, ARM needs both: the registry's defaults apply, each with its reason.
    expect(toArmProperties(model!, "apis/plain")).toEqual({ path: "plain", displayName: "plain", protocols: ["https"] });
  });
});

describe("write-only properties", () => {
  const sent = { path: "pets", format: "openapi-link", value: "https://example.com/pets.yaml" };

  test("a refresh keeps what was sent, since a GET never returns them", () => {
    expect(normaliseLiveProperties({ kind: "api", names: ["pets"] }, { path: "pets", displayName: "Pets", isOnline: true }, sent)).toEqual(sent);
  });

  test("a GET turns into a declaration without them; a request body keeps them", () => {
    expect(declarationOf("api", { ...sent, displayName: "Pets" })).toEqual({ path: "pets", displayName: "Pets" });
    expect(declarationOfBody("api", sent)).toEqual(sent);
  });
});

describe("read-back defaults compare equal to absent", () => {
  const target = { subscriptionId: "00000000-0000-0000-0000-0000000000b2", resourceGroup: "rg", serviceName: "apiops" };
  let arm: ArmEmulator;

  beforeAll(async () => {
    arm = await startArmEmulator({ sharedDir: false });
  });
  afterAll(async () => {
    await arm?.stop();
  });

  test("plan --live against an instance written in apiops style shows no change", async () => {
    const r = new ApimResources(target, { armEndpoint: arm.url, caPem: arm.caPem, credential: "static:t" });
    // What apiops-cli (and the portal) write: every default spelled out, empty descriptions and lists.
    await r.put({ kind: "api", names: ["orders"] }, {
      displayName: "Orders", path: "orders", protocols: ["https"], description: "", type: "http", apiRevision: "1", isCurrent: true,
      subscriptionRequired: true, apiRevisionDescription: "", subscriptionKeyParameterNames: { header: "Ocp-Apim-Subscription-Key", query: "subscription-key" },
      authenticationSettings: { oAuth2AuthenticationSettings: [], openidAuthenticationSettings: [] },
    });
    for (const op of ["get", "list"]) {
      await r.put({ kind: "operation", names: ["orders", op] }, {
        displayName: op, method: "GET", urlTemplate: `/${op}`, description: "", templateParameters: [], responses: [],
        request: { description: "", queryParameters: [], headers: [], representations: [] },
      });
    }
    await r.put({ kind: "product", names: ["starter"] }, { displayName: "Starter", description: "", state: "notPublished", subscriptionRequired: true });
    const declared = await check({
      service: { name: "apiops" },
      apis: { orders: { displayName: "Orders", path: "orders", operations: { get: { method: "GET", urlTemplate: "/get" }, list: { method: "GET", urlTemplate: "/list" } } } },
      products: { starter: { displayName: "Starter" } },
    });
    expect(declared.diagnostics).toEqual([]);
    const { model: live } = await readLiveModel(target, { resources: r });
    expect(live.apis.orders.operations.get.properties.description).toBeUndefined();
    expect(plan(live, declared.model!).changes).toEqual([]);
  });
});
