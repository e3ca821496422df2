/**
 * What a Pulumi program imports: the package's own entry points, resolved
 * through package.json `exports` exactly as a user's `import ... from "apimc/provider"`.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

function resolveInProgram(script: string) {
  // A fresh node process resolving by package name, as a program in this repository (Pulumi.yaml) does.
  const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr };
}

test("apimc/provider exports every resource class and ApimService", () => {
  const names = ["ApimService", "Backend", "Api", "NamedValue", "Policy", "PolicyFragment", "Product", "ApiVersionSet", "Gateway"];
  const r = resolveInProgram(`const p = require("apimc/provider"); console.log(JSON.stringify(${JSON.stringify(names)}.map((n) => [n, typeof p[n]])));`);
  expect(r.err).toBe("");
  expect(JSON.parse(r.out)).toEqual(names.map((n) => [n, "function"]));
});

test("apimc exports the library API by name", () => {
  const names = ["loadDeclarations", "validateDeclarations", "buildModel", "emitArm", "plan", "renderPlan", "runPreflight", "parsePolicy", "printPolicy", "defineApim", "compileGatewayBundle"];
  const r = resolveInProgram(`const a = require("apimc"); console.log(JSON.stringify(${JSON.stringify(names)}.map((n) => [n, typeof a[n]])));`);
  expect(r.err).toBe("");
  expect(JSON.parse(r.out)).toEqual(names.map((n) => [n, "function"]));
});

test("apimc/provider exports the native (apimc:index:<Kind>) classes under `native`, and the package ships the plugin launcher", () => {
  const names = ["NamedValue", "Backend", "Api", "Policy", "PolicyFragment", "Product", "ApiVersionSet", "Gateway"];
  const r = resolveInProgram(`const p = require("apimc/provider"); console.log(JSON.stringify(${JSON.stringify(names)}.map((n) => [n, typeof p.native[n]])));`);
  expect(r.err).toBe("");
  expect(JSON.parse(r.out)).toEqual(names.map((n) => [n, "function"]));
  const pkg = require("../../package.json") as { bin: Record<string, string>; files: string[] };
  expect(pkg.bin["pulumi-resource-apimc"]).toBe("bin/pulumi-resource-apimc");
  expect(pkg.files).toContain("bin");
});

test("the library entry and the CLI never load @pulumi/pulumi (an optional peer only apimc/provider needs)", () => {
  const probe = `const loaded = () => Object.keys(require.cache).filter((k) => k.includes(require("path").join("@pulumi", "pulumi")));`;
  const cli = resolveInProgram(
    `${probe} require("apimc"); const { main } = require("./dist/src/cli/main.js");` +
      ` const io = { out: () => {}, err: () => {}, cwd: process.cwd(), isTTY: false, debug: false, exitCode: 0 };` +
      ` main(["node", "apimc", "validate", "examples/contoso"], io).then((code) => console.log(JSON.stringify({ code, loaded: loaded() })));`,
  );
  expect(cli.err).toBe("");
  expect(JSON.parse(cli.out.split("\n").pop()!)).toEqual({ code: 0, loaded: [] });
  // The probe sees it when it is loaded.
  const provider = resolveInProgram(`${probe} require("apimc/provider"); console.log(JSON.stringify(loaded().length > 0));`);
  expect(provider.out).toBe("true");
});
