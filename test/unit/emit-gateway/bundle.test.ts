/** The gateway bundle through the public API, on small in-memory declaration sets. */
import { buildModel, chooseGateway, compileGatewayBundle, type GatewayBundle, type GatewaySnapshot } from "../../../src/index";
import { loadDeclarationsFromObject } from "../../../src/load";

const policy = (inbound: string) => `<policies><inbound><base />${inbound}</inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>`;

function declarations(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    service: { name: "unit-apim" },
    backends: {
      loop: { type: "Single", url: "http://localhost:9000", protocol: "http" },
      mdns: { type: "Single", url: "https://printer.local", protocol: "http" },
      short: { type: "Single", url: "http://orders:8080", protocol: "http" },
      lan: { type: "Single", url: "https://192.168.1.20", protocol: "http" },
      v6: { type: "Single", url: "https://[fd00::5]/", protocol: "http" },
      public: { type: "Single", url: "https://api.example.com", protocol: "http" },
    },
    apis: {
      a: {
        displayName: "A",
        path: "shop",
        protocols: ["https"],
        serviceUrl: "https://a.example.com",
        policy: policy(
          '<choose><when condition="@(true)"><set-backend-service backend-id="loop" /></when></choose><set-backend-service backend-id="mdns" /><set-backend-service backend-id="short" />',
        ),
        operations: { get: { displayName: "Get", method: "GET", urlTemplate: "/" } },
      },
      b: {
        displayName: "B",
        path: "Shop/",
        protocols: ["https"],
        serviceUrl: "https://b.example.com",
        policy: policy('<choose><when condition="@(true)"><set-backend-service backend-id="lan" /></when></choose>'),
        operations: { get: { displayName: "Get", method: "GET", urlTemplate: "/" } },
      },
      c: {
        displayName: "C",
        path: "c",
        protocols: ["https"],
        serviceUrl: "https://[fd00::5]/",
        policy: policy('<set-backend-service backend-id="@(&quot;v6&quot;)" /><set-header name="x" exists-action="override"><value>{{nope}}</value></set-header>'),
        operations: { get: { displayName: "Get", method: "GET", urlTemplate: "/" } },
      },
      d: {
        displayName: "D",
        path: "d",
        protocols: ["https"],
        backend: "public",
        policy: { inbound: ["base", { "authentication-managed-identity": { resource: "https://x.example.com" } }], backend: ["base"], outbound: ["base"], "on-error": ["base"] },
        operations: { get: { displayName: "Get", method: "GET", urlTemplate: "/" } },
      },
    },
    gateways: { gw: { apis: ["a", "b", "c", "d"] } },
    ...extra,
  };
}

async function bundle(data = declarations(), selfHostedOnly = false): Promise<GatewayBundle> {
  const loaded = await loadDeclarationsFromObject(data, __dirname);
  const built = buildModel(loaded);
  expect(built.model).toBeDefined();
  return compileGatewayBundle(built.model!, { gateway: "gw", selfHostedOnly, locate: (p) => loaded.sourceMap.locate(p) });
}

describe("compileGatewayBundle", () => {
  it("resolves each operation's backend: last setter wins, conditional and expression setters are marked", async () => {
    const b = await bundle();
    const snap = JSON.parse(b.files["snapshot.json"]) as GatewaySnapshot;
    const backend = Object.fromEntries(snap.operations.map((o) => [o.api, o.backend]));
    expect(backend.a).toEqual({ kind: "backend", name: "short", type: "Single", url: "http://orders:8080", protocol: "http", conditional: false });
    expect(backend.b).toMatchObject({ kind: "backend", name: "lan", conditional: true });
    expect(backend.c).toEqual({ kind: "expression", expression: '@(&quot;v6&quot;)', conditional: false });
    expect(backend.d).toMatchObject({ kind: "backend", name: "public" });
    expect(snap.operations.find((o) => o.api === "c")!.namedValues).toEqual([{ displayName: "nope", secret: false, source: { kind: "unresolved" }, referencedBy: ["policy"] }]);
  });

  it("reports private backend hosts, path collisions, unresolved references and skipped policies in structured YAML", async () => {
    const b = await bundle();
    const by = (code: string) => b.preflight.filter((f) => f.code === code);
    // v6 is only named by an expression, so it is not part of the bundle; api c's serviceUrl is.
    expect(by("APIMC613").map((f) => f.pointer).sort()).toEqual(["/apis/c/serviceUrl", "/backends/lan/url", "/backends/loop/url", "/backends/mdns/url", "/backends/short/url"]);
    expect(by("APIMC613").find((f) => f.pointer === "/apis/c/serviceUrl")!.message).toContain("unique local");
    expect(by("APIMC613").find((f) => f.pointer === "/backends/loop/url")!.message).toContain("the container itself");
    expect(by("APIMC615").map((f) => f.message)).toEqual(["API 'b' has path 'Shop/', which API 'a' also uses on gateway 'gw'; the gateway cannot tell their requests apart."]);
    expect(by("APIMC611").map((f) => f.message)).toEqual(["apis/c/policy refers to namedValue 'nope', which is not declared; the gateway would fail this request at run time."]);
    const skipped = by("APIMC610");
    expect(skipped).toHaveLength(1);
    expect(skipped[0].pointer).toBe("/apis/d/policy");
    expect(skipped[0].line).toBeGreaterThan(0);
    expect(skipped[0].message).toContain("Affects d/get.");
  });

  it("is pure and deterministic", async () => {
    const one = await bundle(declarations(), true);
    const two = await bundle(declarations(), true);
    expect(two.files).toEqual(one.files);
  });

  it("with --self-hosted-only, an API without a policy gets one that holds the guard and <base />", async () => {
    const data = declarations();
    const apis = data.apis as Record<string, Record<string, unknown>>;
    delete apis.c.policy;
    const b = await bundle(data, true);
    const t = JSON.parse(b.files["arm/azuredeploy.json"]);
    const c = t.resources.find((r: { name: string }) => r.name === "[concat(parameters('serviceName'), '/c/policy')]");
    expect(c.properties.value).toMatch(/<inbound>\s*<choose>[\s\S]*IsManaged[\s\S]*<\/choose>\s*<base \/>\s*<\/inbound>/);
  });
});

describe("chooseGateway", () => {
  it("explains a missing or ambiguous gateway", async () => {
    const noGateways = buildModel(await loadDeclarationsFromObject({ version: 1, service: { name: "x" } }, __dirname)).model!;
    expect(chooseGateway(noGateways, undefined).diagnostics.map((d) => d.code)).toEqual(["APIMC602"]);
    expect(chooseGateway(noGateways, "gw").diagnostics[0].message).toBe("No gateway 'gw' is declared; the declarations have no gateways.");
    const two = buildModel(await loadDeclarationsFromObject({ version: 1, service: { name: "x" }, gateways: { b: { apis: [] }, a: { apis: [] } } }, __dirname)).model!;
    expect(chooseGateway(two, undefined).diagnostics[0].hint).toBe("add --gateway a (or another of 'a', 'b')");
    expect(chooseGateway(two, "b")).toEqual({ gateway: "b", diagnostics: [] });
  });

  it("a gateway without APIs still gets a bundle, with a warning", async () => {
    const model = buildModel(await loadDeclarationsFromObject({ version: 1, service: { name: "x" }, gateways: { empty: { apis: [] } } }, __dirname)).model!;
    const b = compileGatewayBundle(model, { gateway: "empty" });
    expect(b.diagnostics).toEqual([]);
    expect(JSON.parse(b.files["snapshot.json"]).operations).toEqual([]);
    expect(b.preflight.map((f) => f.code)).toContain("APIMC617");
  });
});
