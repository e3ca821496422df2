/** Declarations written in TypeScript/JavaScript (apim.ts, apim.js), through the CLI and the exported API. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defineApim, loadDeclarations } from "../../../src/index";
import { evaluateScript } from "../../../src/load/script-evaluate";
import { runCli } from "../../support/cli";

const repo = path.resolve(__dirname, "../../..");
const fixtures = path.join("test", "fixtures", "ts-decl");

function apimc(args: string[]) {
  return runCli([...args], { cwd: repo });
}

describe("declarations in apim.ts", () => {
  it("validates an apim.ts written with defineApim (policy, OpenAPI and overlay paths relative to it)", async () => {
    const run = await apimc(["validate", path.join(fixtures, "good")]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^ok: 6 resources checked in 1 file\n$/);
    expect(run.status).toBe(0);
    const prod = await apimc(["validate", path.join(fixtures, "good"), "--env", "prod"]);
    expect(prod.stdout).toMatch(/in 2 files \(env prod\)/);
    expect(prod.status).toBe(0);
  });

  it("compiles an apim.ts to ARM, with the file-referenced policy and imported operation", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-ts-"));
    try {
      const run = await apimc(["compile", path.join(fixtures, "good", "apim.ts"), "--target", "arm", "--out", path.join(out, "arm")]);
      expect(run.status).toBe(0);
      const template = fs.readFileSync(path.join(out, "arm", "azuredeploy.json"), "utf8");
      expect(template).toContain("orders-eu");
      expect(template).toContain("list-orders");
      expect(template).toContain("x-env");
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("reports mistakes at the apim.ts line and column of the property", async () => {
    const run = await apimc(["validate", path.join(fixtures, "bad")]);
    const file = path.join(fixtures, "bad", "apim.ts");
    expect(run.stderr).toContain(`${file}:10:17: error APIMC104:`);
    expect(run.stderr).toContain(`${file}:17:22: error APIMC140:`);
    expect(run.stderr).toContain("(at /backends/orders/pool/services/1/backend)");
    expect(run.status).toBe(1);
  });

  it("reports a syntax error as one diagnostic at its position, without a stack trace", async () => {
    const run = await apimc(["validate", path.join(fixtures, "syntax")]);
    expect(run.stderr).toContain(`${path.join(fixtures, "syntax", "apim.ts")}:6:3: error APIMC061: syntax error: ',' expected.`);
    expect(run.stderr).toMatch(/^1 error, 0 warnings/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(1);
  });

  it("reports an error thrown while building the declarations at the throwing line of the .ts source", async () => {
    const run = await apimc(["validate", path.join(fixtures, "throws")]);
    expect(run.stderr).toContain(`${path.join(fixtures, "throws", "apim.ts")}:6:`);
    expect(run.stderr).toContain("APIMC062: evaluating apim.ts failed: no backend URL known for region eu");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(1);
  });

  it("accepts a CommonJS apim.js", async () => {
    const run = await apimc(["validate", path.join(fixtures, "js")]);
    expect(run.stdout).toMatch(/^ok: 2 resources checked in 1 file\n$/);
    expect(run.status).toBe(0);
  });
});

describe("loadDeclarations on scripts", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "apimc-ts-api-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("defineApim returns its argument", () => {
    const d = { version: 1, service: { name: "x" } } as const;
    expect(defineApim(d)).toBe(d);
  });

  it("maps inline policy text, keys and computed values to the script", async () => {
    const file = path.join(dir, "apim.ts");
    fs.writeFileSync(
      file,
      [
        "const name: string = ['a', 'p', 'i'].join('');",
        "export default async () => ({",
        "  version: 1,",
        "  service: { name },",
        "  apis: {",
        "    orders: { displayName: 'Orders', path: 'orders', policy: `<policies><inbound><base /></inbound></policies>` },",
        "  },",
        "});",
        "",
      ].join("\n"),
    );
    const loaded = await loadDeclarations(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.rootFile).toBe(file);
    expect(loaded.data.service?.name).toBe("api");
    expect(loaded.sourceMap.locate("/apis/orders/path")).toEqual({ file, line: 6, col: 44 });
    expect(loaded.sourceMap.key("/apis/orders")).toEqual({ file, line: 6, col: 5 });
    expect(loaded.sourceMap.locate("/service/name")).toEqual({ file, line: 4, col: 14 });
    expect(loaded.sourceMap.locate("/apis/orders/nothing/here")).toEqual({ file, line: 6, col: 13 });
    expect(loaded.policies[0]).toMatchObject({ file, line: 6, col: 63, inline: true });
  });

  it("reports values that are not plain data at their property", async () => {
    fs.writeFileSync(path.join(dir, "apim.js"), "module.exports = {\n  version: 1,\n  service: { name: 'x', when: new Date(0) },\n};\n");
    const loaded = await loadDeclarations(dir);
    expect(loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.pointer}`)).toEqual(["3:31 APIMC064 /service/when"]);
  });

  it("reports a module that exports nothing", async () => {
    fs.writeFileSync(path.join(dir, "apim.ts"), "export const unrelated = 1;\n");
    const loaded = await loadDeclarations(dir);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["APIMC063"]);
  });

  it("prefers apim.yaml when both exist, and names apim.ts when there is no root file", async () => {
    fs.writeFileSync(path.join(dir, "apim.yaml"), "version: 1\nservice:\n  name: from-yaml\n");
    fs.writeFileSync(path.join(dir, "apim.ts"), "export default { version: 1, service: { name: 'from-ts' } };\n");
    expect((await loadDeclarations(dir)).data.service?.name).toBe("from-yaml");
    expect((await loadDeclarations(path.join(dir, "apim.ts"))).data.service?.name).toBe("from-ts");
    const empty = fs.mkdtempSync(path.join(dir, "empty-"));
    const none = await loadDeclarations(empty);
    expect(none.diagnostics[0]?.message).toContain("apim.ts");
  });

  it("follows relative .ts imports and resolves `apimc` outside an apimc project", async () => {
    fs.writeFileSync(path.join(dir, "backends.ts"), "import type { BackendDeclaration } from 'apimc';\nexport const backends: Record<string, BackendDeclaration> = {\n  one: { url: 'https://one.dev', protocol: 'ftp' as 'http' },\n};\n");
    fs.writeFileSync(path.join(dir, "apim.ts"), "import { defineApim } from 'apimc';\nimport { backends } from './backends';\nexport default defineApim({ version: 1, service: { name: 'x' }, backends });\n");
    const loaded = await loadDeclarations(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data.backends?.one?.url).toBe("https://one.dev");
  });

  it("asks for the typescript package when it cannot be resolved", async () => {
    const file = path.join(dir, "apim.ts");
    const r = await evaluateScript(file, "export default {};\n", undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics.map((d) => d.code)).toEqual(["APIMC060"]);
      expect(r.diagnostics[0]?.hint).toContain("npm install --save-dev typescript");
      expect(r.diagnostics[0]?.hint).toContain("apim.js");
    }
  });
});
