/**
 * ARM's limits at their real default values, on both sides, through the exported API
 * (loadDeclarationsFromObject -> buildModel -> emitArm with no limit overrides): 800 and 801
 * resources, 256 and 257 parameters, a template of exactly 4 MB and of 4 MB + 1 byte. The
 * counts are read from the emitted files, not from the emitter's own bookkeeping.
 */
import { buildModel, emitArm, loadDeclarationsFromObject } from "../../../src/index";

const FOUR_MB = 4 * 1024 * 1024;

async function compile(data: Record<string, unknown>) {
  const loaded = await loadDeclarationsFromObject(data, __dirname);
  const built = buildModel(loaded);
  expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const out = emitArm(built.model!);
  expect(out.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return out.files;
}

const SERVICE = { name: "limits" };
const pad = (i: number) => String(i).padStart(4, "0");

/** n plain named values: each is exactly one ARM resource, and nothing else is declared. */
function namedValues(n: number): Record<string, unknown> {
  const nvs: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) nvs[`nv-${pad(i)}`] = { displayName: `nv-${pad(i)}`, value: "v" };
  return { version: 1, service: SERVICE, namedValues: nvs };
}

/** n parameter-sourced secrets: the template's parameters are serviceName plus one each. */
function parameters(n: number): Record<string, unknown> {
  const nvs: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) nvs[`p-${pad(i)}`] = { displayName: `p-${pad(i)}`, fromParameter: `param${pad(i)}` };
  return { version: 1, service: SERVICE, namedValues: nvs };
}

/** Two fragments padded with comments; the first is `extra` bytes longer. */
function padded(size: number, extra: number): Record<string, unknown> {
  const fragment = (n: number) => `<fragment><!-- ${"x".repeat(n)} --></fragment>`;
  return { version: 1, service: SERVICE, policyFragments: { a: { policy: fragment(size + extra) }, b: { policy: fragment(size) } } };
}

interface Template {
  parameters: Record<string, unknown>;
  resources: unknown[];
}

const templates = (files: Record<string, string>) =>
  Object.keys(files)
    .filter((f) => /^azuredeploy(-\d\d.*)?\.json$/.test(f) && !f.endsWith(".parameters.json"))
    .map((f) => JSON.parse(files[f]) as Template);

describe("ARM resource limit (800)", () => {
  test("800 resources stay one template", async () => {
    const files = await compile(namedValues(800));
    expect(Object.keys(files).sort()).toEqual(["azuredeploy.json", "azuredeploy.parameters.json"]);
    expect(JSON.parse(files["azuredeploy.json"]).resources).toHaveLength(800);
  });

  test("801 resources split into templates of at most 800 that hold all 801", async () => {
    const files = await compile(namedValues(801));
    expect(files["azuredeploy.json"]).toBeUndefined();
    const all = templates(files);
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const t of all) expect(t.resources.length).toBeLessThanOrEqual(800);
    expect(all.reduce((n, t) => n + t.resources.length, 0)).toBe(801);
  });
});

describe("ARM parameter limit (256)", () => {
  test("256 parameters (serviceName + 255 secrets) stay one template", async () => {
    const files = await compile(parameters(255));
    expect(Object.keys(files).sort()).toEqual(["azuredeploy.json", "azuredeploy.parameters.json"]);
    expect(Object.keys(JSON.parse(files["azuredeploy.json"]).parameters)).toHaveLength(256);
  });

  test("257 parameters split into templates of at most 256 parameters each", async () => {
    const files = await compile(parameters(256));
    expect(files["azuredeploy.json"]).toBeUndefined();
    const all = templates(files);
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const t of all) expect(Object.keys(t.parameters).length).toBeLessThanOrEqual(256);
    expect(new Set(all.flatMap((t) => Object.keys(t.parameters))).size).toBe(257);
  });
});

describe("ARM template size limit (4 MB)", () => {
  // Measure once, then grow the first fragment so the single template is exactly 4 MB (or 1 byte more).
  let base = 0;
  let baseBytes = 0;
  beforeAll(async () => {
    base = 1_900_000;
    baseBytes = Buffer.byteLength((await compile(padded(base, 0)))["azuredeploy.json"]);
    expect(baseBytes).toBeLessThan(FOUR_MB);
  });

  test("a template of exactly 4 MB stays one template", async () => {
    const files = await compile(padded(base, FOUR_MB - baseBytes));
    expect(Buffer.byteLength(files["azuredeploy.json"])).toBe(FOUR_MB);
  });

  test("a template of 4 MB + 1 byte splits, each part within 4 MB", async () => {
    const files = await compile(padded(base, FOUR_MB - baseBytes + 1));
    expect(files["azuredeploy.json"]).toBeUndefined();
    const parts = Object.keys(files).filter((f) => /^azuredeploy-\d\d.*\.json$/.test(f) && !f.endsWith(".parameters.json"));
    expect(parts.length).toBe(2);
    for (const f of parts) expect(Buffer.byteLength(files[f])).toBeLessThanOrEqual(FOUR_MB);
  });
});
