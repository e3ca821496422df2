/**
 * How `apimc compile --target arm` packs resources into templates once one template is over ARM's
 * limits (emitArm with small injected limits): every template as full as the limits allow, an API kept
 * whole with its operations when it fits a fresh template, and parameters counted per template. The
 * expected layouts are worked out by hand from the declarations: they are what a user deploying the
 * set would count. Written against the mutants `npm run mutation` left in src/emit/arm/split.ts.
 */
import { loadDeclarationsFromObject } from "../../../src/load";
import { buildModel, emitArm, type EmitArmOptions } from "../../../src/index";

async function compile(data: Record<string, unknown>, opts: EmitArmOptions) {
  const loaded = await loadDeclarationsFromObject(data, __dirname);
  const built = buildModel(loaded);
  expect(built.diagnostics).toEqual([]);
  return emitArm(built.model!, { locate: (p) => loaded.sourceMap.locate(p), ...opts });
}

/** The templates in deploy order, each as the short names of its resources. */
function layout(files: Record<string, string>): Record<string, string[]> {
  const order = JSON.parse(files["deploy-order.json"]) as { steps: Array<{ template: string }> };
  const out: Record<string, string[]> = {};
  for (const s of order.steps) {
    const t = JSON.parse(files[s.template]) as { resources: Array<{ name: string }> };
    out[s.template] = t.resources.map((r) => /'\/(.+)'\)\]$/.exec(r.name)![1]);
  }
  return out;
}

function parametersOf(files: Record<string, string>, template: string): string[] {
  return Object.keys((JSON.parse(files[template]) as { parameters: Record<string, unknown> }).parameters).sort();
}

const plain = (names: string[]) => Object.fromEntries(names.map((n) => [n, { displayName: n, value: n }]));
const fromParameter = (names: string[]) => Object.fromEntries(names.map((n) => [n, { displayName: n, fromParameter: `${n}Param` }]));
const api = (name: string, ops: number) => ({
  displayName: name,
  path: name,
  operations: Object.fromEntries(Array.from({ length: ops }, (_, i) => [`op${i}`, { method: "GET", urlTemplate: `/op${i}` }])),
});

describe("emitArm packing", () => {
  it("fills each template up to the resource limit, in order", async () => {
    const out = await compile({ version: 1, service: { name: "contoso" }, namedValues: plain(["a", "b", "c", "d", "e"]) }, { limits: { maxResources: 2 } });
    expect(out.diagnostics).toEqual([]);
    expect(layout(out.files)).toEqual({
      "azuredeploy-01-shared.json": ["a", "b"],
      "azuredeploy-02-shared.json": ["c", "d"],
      "azuredeploy-03-shared.json": ["e"],
    });
  });

  it("keeps an API whole in a fresh template rather than split it across two", async () => {
    // Each API is 3 resources (the API and two operations); 7 fit two APIs, not three.
    const out = await compile({ version: 1, service: { name: "contoso" }, apis: { a: api("a", 2), b: api("b", 2), c: api("c", 2) } }, { limits: { maxResources: 7 } });
    expect(layout(out.files)).toEqual({
      "azuredeploy-01-apis.json": ["a", "a/op0", "a/op1", "b", "b/op0", "b/op1"],
      "azuredeploy-02-apis.json": ["c", "c/op0", "c/op1"],
    });
  });

  it("an API exactly the size of the limit is one template; one larger spills resource by resource", async () => {
    const exact = await compile({ version: 1, service: { name: "contoso" }, namedValues: plain(["nv"]), apis: { a: api("a", 2) } }, { limits: { maxResources: 3 } });
    expect(layout(exact.files)).toEqual({
      "azuredeploy-01-shared.json": ["nv"],
      "azuredeploy-02-apis.json": ["a", "a/op0", "a/op1"],
    });
    const spilled = await compile({ version: 1, service: { name: "contoso" }, apis: { a: api("a", 4), b: api("b", 0) } }, { limits: { maxResources: 3 } });
    expect(layout(spilled.files)).toEqual({
      "azuredeploy-01-apis.json": ["a", "a/op0", "a/op1"],
      "azuredeploy-02-apis.json": ["a/op2", "a/op3", "b"],
    });
  });

  it("shared resources, APIs and products go to templates of their own phase, in that order", async () => {
    const out = await compile(
      {
        version: 1,
        service: { name: "contoso" },
        namedValues: plain(["nv"]),
        apis: { a: api("a", 1) },
        products: { p: { displayName: "P", apis: ["a"] } },
      },
      { limits: { maxResources: 3 } },
    );
    expect(layout(out.files)).toEqual({
      "azuredeploy-01-shared.json": ["nv"],
      "azuredeploy-02-apis.json": ["a", "a/op0"],
      "azuredeploy-03-products.json": ["p", "p/a"],
    });
  });

  it("counts serviceName and each parameter once per template against the parameter limit", async () => {
    // maxParameters 3 = serviceName + two named-value parameters per template.
    const out = await compile({ version: 1, service: { name: "contoso" }, namedValues: fromParameter(["a", "b", "c", "d", "e"]) }, { limits: { maxParameters: 3 } });
    const l = layout(out.files);
    expect(l).toEqual({
      "azuredeploy-01-shared.json": ["a", "b"],
      "azuredeploy-02-shared.json": ["c", "d"],
      "azuredeploy-03-shared.json": ["e"],
    });
    expect(parametersOf(out.files, "azuredeploy-01-shared.json")).toEqual(["aParam", "bParam", "serviceName"]);
    expect(parametersOf(out.files, "azuredeploy-03-shared.json")).toEqual(["eParam", "serviceName"]);
  });

  it("a parameter shared by two resources is counted once", async () => {
    const nv = (n: string) => ({ displayName: n, fromParameter: "sharedParam" });
    const out = await compile({ version: 1, service: { name: "contoso" }, namedValues: { a: nv("a"), b: nv("b"), c: nv("c"), d: fromParameter(["d"]).d } }, { limits: { maxParameters: 2, maxResources: 3 } });
    expect(layout(out.files)).toEqual({
      "azuredeploy-01-shared.json": ["a", "b", "c"],
      "azuredeploy-02-shared.json": ["d"],
    });
  });

  it("splits on size: every template within the byte limit, each as full as it can be", async () => {
    const big = (n: string) => ({ displayName: n, value: n.repeat(900) });
    const names = ["a", "b", "c", "d", "e", "f"];
    const out = await compile({ version: 1, service: { name: "contoso" }, namedValues: Object.fromEntries(names.map((n) => [n, big(n)])) }, { limits: { maxBytes: 4000 } });
    const l = layout(out.files);
    // Each named value prints at about 1.1 KB and a template frame takes 1 KB: two per template.
    expect(Object.values(l)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
    for (const t of Object.keys(l)) expect(Buffer.byteLength(out.files[t])).toBeLessThanOrEqual(4000);
  });

  it("keeps a product or a gateway whole with its API links", async () => {
    const data = {
      version: 1,
      service: { name: "contoso" },
      apis: { a: api("a", 0), b: api("b", 0) },
      products: { p1: { displayName: "P1", apis: ["a", "b"] }, p2: { displayName: "P2", apis: ["a", "b"] } },
      gateways: { g1: { location: { name: "dc1" }, apis: ["a", "b"] } },
    };
    const out = await compile(data, { limits: { maxResources: 4 } });
    expect(layout(out.files)).toEqual({
      "azuredeploy-01-apis.json": ["a", "b"],
      "azuredeploy-02-products.json": ["g1", "g1/a", "g1/b"],
      "azuredeploy-03-products.json": ["p1", "p1/a", "p1/b"],
      "azuredeploy-04-products.json": ["p2", "p2/a", "p2/b"],
    });
  });
});
